// Exact searches inside one component of the issue-interaction graph: the
// Pareto frontier of its packages, and the largest sets of its issues that a
// feasible package settles. Private to the engine.
#pragma once

#include <chrono>
#include <vector>

#include "utility.hpp"

namespace positions {

// The time the user allows, shared by every search of one command.
class Deadline {
 public:
  explicit Deadline(double seconds);
  bool passed();  // looks at the clock once every 16 calls
  double remaining() const;  // seconds, 0 once passed
  // A deadline for one part of the work: at most `share` seconds, and never
  // later than this one.
  Deadline part(double share) const;

 private:
  std::chrono::steady_clock::time_point end_;
  int calls_ = 0;
  bool passed_ = false;
};

// One component's issues (catalog order) and, per depth, the constraints that
// can be checked once the issues up to that depth have values.
struct ComponentPlan {
  std::vector<int> issues;
  std::vector<std::vector<int>> checks;  // [depth] -> index in the constraint list
};
std::vector<ComponentPlan> plan_components(const DealProblem& pb, const std::vector<Constraint>& all);

// A point of a component's Pareto frontier: the raw utilities its part gives
// each party, and the lexicographically first part (open before option 0)
// that gives them.
struct FrontierPoint {
  std::vector<int> raw;     // per party
  std::vector<int> choice;  // per issue of the component
};

struct Frontier {
  std::vector<FrontierPoint> points;  // in the order found
  bool complete = true;
};

Frontier pareto_frontier(const DealProblem& pb, const std::vector<Constraint>& all, const ComponentPlan& plan,
                         Deadline& deadline);

// The most issues of a component that one feasible package settles, and the
// distinct sets of issues that reach it (at most `limit`, first found first).
struct SettledSets {
  int most = 0;
  std::vector<std::vector<int>> choices;  // per set: a package part that settles it
  bool more = false;                      // more sets than `limit`
  bool complete = true;
};
SettledSets largest_settled(const DealProblem& pb, const std::vector<Constraint>& all, const ComponentPlan& plan,
                            int limit, Deadline& deadline);

// x holds at least as much for every party as y.
bool covers(const std::vector<int>& x, const std::vector<int>& y);

}  // namespace positions
