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
#include "positions/analysis.hpp"
#include "table.hpp"

namespace positions {

// Built in place and never moved: the comparison, the deal problem and the
// briefing data point at its table and model. analyse() (positions/analysis.hpp)
// makes one. REQUIRES: `data` outlives the Analysis.
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
  // When request.since (from that scenario to the lens's), or request.drift
  // and the lens has a previous scenario.
  const std::optional<Drift> drift;
  const std::optional<Across> across;       // when request.across

  const Lens& lens() const { return request.lens; }
};

}  // namespace positions
