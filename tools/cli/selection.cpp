#include "selection.hpp"

#include <algorithm>
#include <charconv>
#include <cmath>

#include "positions/load.hpp"
#include "suggest.hpp"
#include "text_layout.hpp"

namespace positions::cli {

void add_lens_options(po::options_description& options) {
  add_scenario_options(options);
  options.add_options()
      ("format", po::value<std::string>()->value_name("FORMAT")->default_value("text"),
       "text or json");
}

void add_scenario_options(po::options_description& options) {
  options.add_options()
      ("scenario", po::value<std::string>()->value_name("NAME"),
       "look through this scenario (default: the latest)")
      ("as-of", po::value<std::string>()->value_name("DATE"),
       "take each party's latest stances on or before DATE (YYYY-MM-DD); with --scenario, "
       "overrides its date")
      ("data", po::value<std::string>()->value_name("DIR"), "the data folder (default: .)")
      ("evidence", po::value<std::string>()->value_name("WHICH")->default_value("all"),
       "all, or on_record: stances whose evidence is only reported or inferred count as silence");
}

void add_time_limit_option(po::options_description& options) {
  options.add_options()("time-limit", po::value<std::string>()->value_name("SECONDS")->default_value("10"),
                        "stop the deal search after this long and say what is proven");
}

double time_limit_option(const std::string& command, const po::variables_map& vm) {
  const std::string text = vm["time-limit"].as<std::string>();
  double s = 0;
  const auto [end, ec] = std::from_chars(text.data(), text.data() + text.size(), s);
  if (ec != std::errc() || end != text.data() + text.size() || !std::isfinite(s) || s <= 0 || s > 3600)
    throw UsageError("--time-limit '" + text + "' is not a number of seconds above 0 and at most 3600",
                     try_help(command));
  return s;
}

std::string data_dir(const po::variables_map& vm, const std::string& fallback) {
  return vm.count("data") ? vm["data"].as<std::string>() : fallback;
}

Format format_option(const std::string& command, const po::variables_map& vm) {
  const std::string f = vm["format"].as<std::string>();
  if (f == "text") return Format::text;
  if (f == "json") return Format::json;
  std::string hint = did_you_mean(f, {"text", "json"});
  throw UsageError("unknown format '" + f + "'; expected text or json" + (hint.empty() ? "" : "; " + hint),
                   try_help(command));
}

std::vector<int> party_indices(const std::string& command, const Dataset& data,
                               const std::vector<std::string>& codes) {
  std::vector<int> parties;
  for (const auto& code : codes) {
    int p = data.party_index(code);
    if (p < 0) {
      std::string hint = did_you_mean(code, data.party_codes());
      throw UsageError("unknown party '" + code + "'" + (hint.empty() ? "" : "; " + hint),
                       "Parties in the data: " + join(data.party_codes()) + ".");
    }
    if (std::find(parties.begin(), parties.end(), p) != parties.end())
      throw UsageError("party '" + code + "' is named twice", try_help(command));
    parties.push_back(p);
  }
  return parties;
}

const Scenario& scenario_named(const Dataset& data, const std::string& name) {
  int s = data.scenario_index(name);
  if (s < 0) {
    std::string hint = did_you_mean(name, data.scenario_names());
    throw UsageError("unknown scenario '" + name + "'" + (hint.empty() ? "" : "; " + hint),
                     data.scenarios.empty() ? "There are no scenarios in the data."
                                            : "Scenarios in the data: " + join(data.scenario_names()) + ".");
  }
  return data.scenarios[s];
}

// The default lens is the latest dated scenario: a what-if is only ever looked
// through when asked for by name.
const Scenario* latest_dated(const Dataset& data) {
  for (auto it = data.scenarios.rbegin(); it != data.scenarios.rend(); ++it)
    if (it->builds_on.empty()) return &*it;
  return nullptr;
}

Selection select(const std::string& command, const std::string& fallback_dir, const po::variables_map& vm,
                 size_t min_parties) {
  std::vector<std::string> codes;
  if (vm.count("positional")) codes = vm["positional"].as<std::vector<std::string>>();
  if (codes.size() < min_parties)
    throw UsageError("'" + command + "' needs at least " + std::to_string(min_parties) +
                         " party codes, like: positions " + command + " us ru ua",
                     try_help(command));
  std::optional<Date> as_of;
  if (vm.count("as-of")) {
    const std::string text = vm["as-of"].as<std::string>();
    as_of = Date::parse(text);
    if (!as_of) throw UsageError("--as-of '" + text + "' is not a date; expected YYYY-MM-DD", try_help(command));
  }

  Selection sel;
  sel.data = std::make_unique<Dataset>(load_dataset(data_dir(vm, fallback_dir)));
  const Dataset& data = *sel.data;

  const std::vector<int> parties = party_indices(command, data, codes);
  Lens& lens = sel.request.lens;

  if (vm.count("scenario")) {
    lens.scenario = &scenario_named(data, vm["scenario"].as<std::string>());
  } else if (const Scenario* latest = latest_dated(data); !as_of && latest) {
    lens.scenario = latest;
    lens.scenario_by_default = true;
  } else if (!as_of) {
    throw UsageError("there are no scenarios in the data, so a date is needed",
                     "Give one with --as-of YYYY-MM-DD.");
  }
  if (const Scenario* sc = lens.scenario) {
    for (size_t i = 0; i < parties.size(); ++i) {
      if (std::find(sc->parties.begin(), sc->parties.end(), parties[i]) == sc->parties.end()) {
        std::vector<std::string> in;
        for (int p : sc->parties) in.push_back(data.parties[p].code);
        throw UsageError("party '" + codes[i] + "' does not take part in scenario '" + sc->name + "'",
                         "Its parties: " + join(in) + ". Choose another with --scenario, or use --as-of alone.");
      }
    }
  }
  sel.request.parties = parties;
  const std::string evidence = vm["evidence"].as<std::string>();
  if (evidence != "all" && evidence != "on_record") {
    const std::string hint = did_you_mean(evidence, {"all", "on_record"});
    throw UsageError("--evidence '" + evidence + "' is not all or on_record" + (hint.empty() ? "" : "; " + hint),
                     try_help(command));
  }
  sel.request.on_record_only = evidence == "on_record";
  sel.request.as_of = as_of ? *as_of : lens.scenario->date;
  return sel;
}

}  // namespace positions::cli
