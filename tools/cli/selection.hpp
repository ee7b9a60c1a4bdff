// What compare-like commands share: loading the data, and picking the parties,
// the scenario and the date to look from.
#pragma once

#include <memory>
#include <string>
#include <vector>

#include "positions/analysis.hpp"
#include "positions/report.hpp"
#include "positions/model.hpp"
#include "usage.hpp"

namespace positions::cli {

// --scenario, --as-of, --data and --format, for every command that looks at
// parties through a scenario.
void add_lens_options(po::options_description& options);
// The same without --format, for commands whose formats differ (report).
void add_scenario_options(po::options_description& options);

// --time-limit SECONDS for every command that searches for deals (default 10).
void add_time_limit_option(po::options_description& options);
double time_limit_option(const std::string& command, const po::variables_map& vm);

// text or json (positions/report.hpp's Format).
Format format_option(const std::string& command, const po::variables_map& vm);

struct Selection {
  std::unique_ptr<Dataset> data;  // owned here: the request's lens points into it
  AnalysisRequest request;        // the parties, the lens and the date; the command adds the rest
};

// Loads the data and resolves party codes (at least `min_parties`), the
// scenario (the latest when none is named and no --as-of is given) and the
// date, into a request for the analysis pipeline.
Selection select(const std::string& command, const std::string& data_dir, const po::variables_map& vm,
                 size_t min_parties);

// Party codes resolved to dataset indices; a UsageError names an unknown or
// repeated one.
std::vector<int> party_indices(const std::string& command, const Dataset& data,
                               const std::vector<std::string>& codes);

// The scenario of that name; a UsageError with a did-you-mean otherwise.
const Scenario& scenario_named(const Dataset& data, const std::string& name);

// The latest scenario that is not a what-if, or nullptr.
const Scenario* latest_dated(const Dataset& data);

std::string data_dir(const po::variables_map& vm, const std::string& fallback);

}  // namespace positions::cli
