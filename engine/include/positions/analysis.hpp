// The analysis API: what a front end asks for (the parties, the lens, the
// analyses wanted, one time budget) and the handle it gets back, which the
// writers in positions/report.hpp turn into text, JSON or a briefing. The
// result's types (the table, the term graph, the comparison, the deals) are
// the engine's own and stay behind this handle.
#pragma once

#include <memory>
#include <vector>

#include "positions/model.hpp"

namespace positions {

// What an analysis looks through, as the reader must be told: the scenario
// (if any) and whether it was chosen by default.
struct Lens {
  const Scenario* scenario = nullptr;  // none with --as-of alone; lives as long as its Dataset
  bool scenario_by_default = false;    // the latest, since none was named
};

struct AnalysisRequest {
  std::vector<int> parties;  // dataset indices, in the order asked; at least one
  Lens lens;                 // its scenario, if any, belongs to the Dataset analysed
  Date as_of;                // the date the table is read at
  // --evidence on_record: a stance none of whose evidence is on the record
  // counts as silence (assumed what-if stances still count).
  bool on_record_only = false;
  double time_limit = 10;    // seconds, for every search of the analysis together
  int top = 10;              // deals to rank
  bool deals = false;        // the deals and concessions
  bool drift = false;        // what moved since the lens's previous scenario
  // What moved from this scenario to the lens's (positions diff); takes the
  // place of `drift`. REQUIRES: lens.scenario is set too.
  const Scenario* since = nullptr;
  bool across = false;       // every scenario the parties take part in, side by side
};

class Analysis;  // engine/src/analysis/pipeline.hpp
struct AnalysisDeleter {
  void operator()(const Analysis* a) const;
};
using AnalysisPtr = std::unique_ptr<const Analysis, AnalysisDeleter>;

// The parties of `a` that also take part in `b`, in `a`'s order.
std::vector<int> parties_in_both(const Scenario& a, const Scenario& b);

// Runs every analysis the request asks for, within its time limit.
// REQUIRES: `data` outlives the result, which points into it.
AnalysisPtr analyse(const Dataset& data, const AnalysisRequest& request);

}  // namespace positions
