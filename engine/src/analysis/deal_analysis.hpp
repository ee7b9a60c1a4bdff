// The deals and the concessions of one table, computed together within the
// time the user allows: what `positions deals` and compare's DEALS show.
#pragma once

#include "concessions.hpp"
#include "deals.hpp"
#include "verdict.hpp"

namespace positions {

struct DealAnalysis {
  DealProblem problem;
  DealsResult deals;
  ConcessionsResult concessions;
  Verdict verdict;
};

// `options.time_limit` covers both searches: the deals get up to 60% of it,
// the concessions what the deals leave.
DealAnalysis analyse_deals(const Table& table, const TermModel& model, const DealOptions& options,
                           int alternatives = 3);
// The same on a deal problem already made (the comparison makes one).
// REQUIRES: the table `problem` points at outlives the result.
DealAnalysis analyse_deals(const DealProblem& problem, const DealOptions& options, int alternatives = 3);

}  // namespace positions
