// Candidate deals: the Pareto-efficient packages ranked by fairness, and the
// largest sets of issues that can be settled together where no package
// settles everything.
#pragma once

#include <optional>
#include <vector>

#include "utility.hpp"

namespace positions {

struct DealOptions {
  int top = 10;
  double time_limit = 10;  // seconds, for the whole analysis
};

struct Deal {
  Package package;
  std::vector<int> raw;         // half-units, per party
  std::vector<double> utility;  // per party, in [0, 1]
  Score score;
};

// The largest sets of one component's issues that a feasible package settles.
struct SettledAlternative {
  std::vector<int> settled;  // issues
  std::vector<int> open;     // issues of the component left open
  SettledTerms part;         // a feasible package settling them (open elsewhere)
};
struct ComponentDeals {
  std::vector<int> issues;
  int pareto_points = 0;  // distinct utility vectors on its Pareto frontier
  bool complete = true;   // its searches finished in time
  int most_settled = 0;
  std::vector<SettledAlternative> largest;  // first few
  bool more_largest = false;
};

struct DealsResult {
  std::vector<Deal> deals;      // Pareto-efficient, fairest first
  std::vector<bool> counted;    // parties in the score (some deal gives them > 0)
  std::vector<int> best_raw;    // per party: the most any feasible package gives
  bool proven = true;           // the ranking is exact and complete up to `top`
  int proven_deals = 0;         // when not proven: the first this many are exact
  std::optional<Score> bound;   // when not proven: no unlisted deal scores above
  std::vector<ComponentDeals> components;
  int most_settled = 0;         // over the whole table
  bool settles_everything() const;
  int issues = 0;
};

DealsResult find_deals(const DealProblem& pb, const DealOptions& options);

}  // namespace positions
