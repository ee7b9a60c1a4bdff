// positions stability: GMCR stability analysis of a graph model, read from a
// file (YAML or GMCR+ .gmcr) or derived from the parties' positions.
#include <charconv>
#include <sstream>

#include "commands.hpp"
#include "positions/stability.hpp"
#include "selection.hpp"
#include "table.hpp"

namespace positions::cli {

namespace {

enum class StabilityFormat { text, json, dot };

StabilityFormat stability_format(const po::variables_map& vm) {
  const std::string f = vm["format"].as<std::string>();
  if (f == "text") return StabilityFormat::text;
  if (f == "json") return StabilityFormat::json;
  if (f == "dot") return StabilityFormat::dot;
  throw UsageError("--format '" + f + "' is not one of text, json, dot", try_help("stability"));
}

int max_states_option(const po::variables_map& vm) {
  const std::string text = vm["max-states"].as<std::string>();
  int n = 0;
  const auto [end, ec] = std::from_chars(text.data(), text.data() + text.size(), n);
  if (ec != std::errc() || end != text.data() + text.size() || n < 1 || n > (1 << 20))
    throw UsageError("--max-states '" + text + "' is not a whole number from 1 to 1048576", try_help("stability"));
  return n;
}

// A file names a path (a '/' or a '.'); party codes are identifiers.
bool names_a_file(const std::string& word) { return word.find_first_of("/.") != std::string::npos; }

}  // namespace

int run_stability(Invocation& inv) {
  po::options_description options("Options");
  options.add_options()("help,h", "this help");
  add_scenario_options(options);
  options.add_options()
      ("format", po::value<std::string>()->value_name("FORMAT")->default_value("text"),
       "text (80 columns), json, or dot (the state graph, small models)")
      ("max-states", po::value<std::string>()->value_name("N")->default_value("4096"),
       "a derived model covers the largest group of linked issues with at most N states")
      ;
  po::variables_map vm = parse_command("stability", inv.args, options, true);
  if (vm.count("help")) {
    inv.out << "Usage: positions stability FILE [options]\n"
               "       positions stability PARTY PARTY... [options]\n"
               "\n"
               "Would it hold? The Graph Model for Conflict Resolution: for every state and\n"
               "decision maker, stability under Nash, GMR, SMR and SEQ, with the reason; the\n"
               "equilibria; coalition Nash; and the unilateral improvements from the status\n"
               "quo. FILE is a graph model in YAML or a GMCR+ save file (.gmcr); with party\n"
               "codes instead, the model is derived from their positions on the largest group\n"
               "of linked issues that fits. docs/stability.md describes the formats.\n"
               "\n"
            << options
            << "\nExamples:\n"
               "  positions stability docs/examples/stability/elmira.yaml\n"
               "  positions stability conflict.gmcr --format json\n"
               "  positions stability --scenario budapest-2025 us ru ua\n";
    return 0;
  }
  const StabilityFormat format = stability_format(vm);
  const int max_states = max_states_option(vm);
  std::vector<std::string> words;
  if (vm.count("positional")) words = vm["positional"].as<std::vector<std::string>>();
  stability::Model model;
  if (!words.empty() && names_a_file(words[0])) {
    if (words.size() > 1)
      throw UsageError("one model file at a time; '" + words[1] + "' is extra", try_help("stability"));
    if (vm.count("scenario") || vm.count("as-of"))
      throw UsageError("--scenario and --as-of choose parties' positions, not a model file", try_help("stability"));
    model = stability::load_model(words[0]);
  } else {
    Selection sel = select("stability", inv.data_dir, vm, 2);
    model = stability::derive_model(make_table(*sel.data, sel.request.parties, sel.request.as_of, sel.request.lens.scenario), {max_states});
  }
  const stability::Analysis analysis = stability::analyse(model);
  std::ostringstream text;
  switch (format) {
    case StabilityFormat::text: stability::write_stability_text(text, model, analysis); break;
    case StabilityFormat::json: stability::write_stability_json(text, model, analysis); break;
    case StabilityFormat::dot: stability::write_stability_dot(text, model, analysis); break;
  }
  inv.out << text.str();
  return 0;
}

}  // namespace positions::cli
