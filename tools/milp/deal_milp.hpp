// The reference for the fairest deal: the deal problem written as a mixed
// integer linear program (CPLEX LP format) and solved by COIN-OR CBC, run as
// Debian's `cbc` program (package coinor-cbc).
//
// It lives outside the engine, in a library only the tests and
// positions-bench link: the engine's users need Boost, yaml-cpp and
// GoogleTest, not a MILP solver. It reads the DealProblem's data (values,
// weights, allowed options, rules, conditions) and writes its own
// constraints and its own sums; it calls none of the engine's feasible(),
// raw_utilities() or score(), so that it checks them rather than repeats
// them. The formula is in docs/method.md ("The MILP reference").
#pragma once

#include <string>
#include <vector>

#include "utility.hpp"

namespace positions::milp {

struct DealMilp {
  enum Status {
    optimal,     // `package` is first in the ranking: the most counted parties gain, then the largest Nash product
    infeasible,  // no package is feasible and individually rational
    failed,      // cbc missing, failed, or stopped by the time limit: `error` says which
  } status = failed;
  std::string error;
  Package package;                   // when optimal
  std::vector<int> raw;              // per party, the formulation's own sums for `package`
  std::vector<bool> counted;         // parties with a stance (their total weight > 0)
  int positive = 0;                  // counted parties that gain (raw_p > d_p): the most any package gives
  double log_nash = 0;               // over those: sum of log((raw_p - d_p) / (4 W_p))
  int solves = 0;                    // cbc runs (phase 1, and the outer approximation's rounds)
  double cbc_ms = 0;                 // wall time of those runs, milliseconds
};

// Is the `cbc` program on PATH?
bool cbc_available();

// The hint when it is not: what installs it.
inline constexpr const char* kCbcMissing = "cbc not installed (tools/setup --tests)";

// Solves the fairest-deal problem as the engine's ranking states it (see
// score() in utility.hpp): among feasible, individually rational packages,
// first the most counted parties with a gain, then the largest Nash product
// of those gains; two MILPs, the second with the first's optimum fixed.
// `dir` is a folder of the caller's own (the LP and solution files go
// there); `time_limit` is cbc's, in seconds, per run.
DealMilp solve_fairest_deal(const DealProblem& pb, const std::string& dir, double time_limit = 60);

// The whole-table concession: the cheapest cost of moves (lift, consent,
// drop or re-point a hard condition, cross a red line; docs/method.md's
// costs) after which a package settling every issue meets the hard rules.
struct WholeTableMilp {
  enum Status { optimal, infeasible, failed } status = failed;  // infeasible: the catalog's rules, or a decider not compared
  std::string error;
  double cost = 0;  // 0: no move needed
  Package package;
  int solves = 0;
  double cbc_ms = 0;
};
WholeTableMilp solve_whole_table(const DealProblem& pb, const std::string& dir, double time_limit = 60);

}  // namespace positions::milp
