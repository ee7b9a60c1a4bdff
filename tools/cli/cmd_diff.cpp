#include <algorithm>
#include <sstream>

#include "commands.hpp"
#include "positions/load.hpp"
#include "text_layout.hpp"
#include "selection.hpp"

namespace positions::cli {

int run_diff(Invocation& inv) {
  po::options_description options("Options");
  options.add_options()("help,h", "this help")(
      "format", po::value<std::string>()->value_name("FORMAT")->default_value("text"), "text or json")(
      "data", po::value<std::string>()->value_name("DIR"), "the data folder (default: .)");
  po::variables_map vm = parse_command("diff", inv.args, options, true);
  if (vm.count("help")) {
    inv.out << "Usage: positions diff SCENARIO_A SCENARIO_B [PARTY...] [options]\n"
               "\n"
               "What moved from scenario A to scenario B: for each party, the stances that\n"
               "changed, from what to what, with the cited words on both sides (assumed\n"
               "stances of what-ifs marked ASSUMED); then the issues whose agreement opened\n"
               "or closed or whose blockers changed, and the cross-issue conflicts that\n"
               "appeared or vanished. Parties default to those in both scenarios.\n"
               "\n"
            << options
            << "\nExamples:\n"
               "  positions diff after-election-2024 budapest-2025\n"
               "  positions diff budapest-2025 whatif-ua-accepts-swap ua ru\n"
               "  positions diff after-election-2024 budapest-2025 --format json\n";
    return 0;
  }
  const Format format = format_option("diff", vm);
  std::vector<std::string> words;
  if (vm.count("positional")) words = vm["positional"].as<std::vector<std::string>>();
  if (words.size() < 2)
    throw UsageError("'diff' needs two scenario names, like: positions diff after-election-2024 budapest-2025",
                     try_help("diff"));
  const Dataset data = load_dataset(data_dir(vm, inv.data_dir));
  const Scenario& from = scenario_named(data, words[0]);
  const Scenario& to = scenario_named(data, words[1]);
  const std::vector<int> both = parties_in_both(from, to);
  std::vector<int> parties = party_indices("diff", data, {words.begin() + 2, words.end()});
  for (int p : parties) {
    if (std::find(both.begin(), both.end(), p) != both.end()) continue;
    std::vector<std::string> codes;
    for (int b : both) codes.push_back(data.parties[b].code);
    throw UsageError("party '" + data.parties[p].code + "' does not take part in both '" + from.name + "' and '" +
                         to.name + "'",
                     codes.empty() ? "The two scenarios have no party in common."
                                   : "Parties in both: " + join(codes) + ".");
  }
  if (parties.empty()) parties = both;
  if (parties.empty())
    throw UsageError("'" + from.name + "' and '" + to.name + "' have no party in common", try_help("diff"));
  AnalysisRequest request;
  request.parties = parties;
  request.lens.scenario = &to;
  request.as_of = to.date;
  request.since = &from;
  std::ostringstream text;
  write_diff(text, *analyse(data, request), format);
  inv.out << text.str();
  return 0;
}

}  // namespace positions::cli
