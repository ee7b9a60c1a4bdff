// The deals and the concessions of one table, computed together within the
// time the user allows: what `positions deals` and compare's DEALS show.
#pragma once

#include "positions/concessions.hpp"
#include "positions/deals.hpp"

namespace positions {

struct DealAnalysis {
  DealProblem problem;
  DealsResult deals;
  ConcessionsResult concessions;
};

// `options.time_limit` covers both searches; the concessions get what the
// deals leave of it.
DealAnalysis analyse_deals(const Table& table, const TermModel& model, const DealOptions& options,
                           int alternatives = 3);

}  // namespace positions
