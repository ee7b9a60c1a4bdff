// One entry point for every command that looks at parties through a lens: it
// builds the table, the term model and the comparison and, as asked, the deals
// and concessions, what moved since the previous scenario and every scenario
// side by side, all within one time budget. Commands and writers read the
// result; nothing here formats text.
#pragma once

#include <memory>
#include <optional>
#include <vector>

#include "across.hpp"
#include "briefing.hpp"
#include "compare.hpp"
#include "deal_analysis.hpp"
#include "lens.hpp"
#include "table.hpp"

namespace positions {

struct AnalysisRequest {
  std::vector<int> parties;  // dataset indices, in the order asked; at least one
  Lens lens;                 // its scenario, if any, belongs to the Dataset analysed
  Date as_of;                // the date the table is read at
  double time_limit = 10;    // seconds, for every search of the analysis together
  int top = 10;              // deals to rank
  bool deals = false;        // the deals and concessions
  bool drift = false;        // what moved since the lens's previous scenario
  bool across = false;       // every scenario the parties take part in, side by side
};

// Built in place and never moved: the comparison, the deal problem and the
// briefing data point at its table and model.
// REQUIRES: `data` outlives the Analysis.
class Analysis {
 public:
  Analysis(const Dataset& data, const AnalysisRequest& request);
  Analysis(const Analysis&) = delete;
  Analysis& operator=(const Analysis&) = delete;

  const Dataset& data;
  const AnalysisRequest request;
  const Table table;
  const TermModel model;
  const Comparison comparison;
  const std::optional<DealAnalysis> deals;  // when request.deals
  const std::optional<Drift> drift;         // when request.drift and there is a previous scenario
  const std::optional<Across> across;       // when request.across

  const Lens& lens() const { return request.lens; }
};

}  // namespace positions
