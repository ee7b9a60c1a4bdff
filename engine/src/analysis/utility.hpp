// What a package is worth to each compared party, and what makes a package
// feasible: the table and the catalog turned into the numbers and constraints
// that the deal and concession searches read.
#pragma once

#include <vector>

#include "term_graph.hpp"

namespace positions {

// A package: for each issue of the catalog, an option index or kOpen.
inline constexpr int kOpen = -1;
using Package = std::vector<int>;

// One party's stance on one issue, as the searches need it.
struct PartyIssue {
  const Stance* stance = nullptr;  // nullptr: silent
  int weight = 0;                  // priority weight 1..4, 0 when silent
  OptionSet wants = 0, accepts = 0, rules_out = 0;
  OptionSet conditional_only = 0;  // accepted only on a condition, not outright
};

// `slot` accepts `option` of `issue` only if all terms of one alternative hold.
struct Condition {
  int slot = -1;
  int issue = -1;
  int option = -1;
  std::vector<std::vector<Term>> alternatives;
  std::vector<int> stance_conditionals;  // index in the stance's list, per alternative
};

struct DealProblem {
  const Table* table = nullptr;
  int parties = 0;
  int issues = 0;
  std::vector<std::vector<PartyIssue>> at;  // [slot][issue]
  std::vector<int> total_weight;            // W_p: sum of weights of the issues p addresses
  std::vector<OptionSet> allowed;           // per issue: options no compared party rules out
  std::vector<Condition> conditions;
  std::vector<std::vector<int>> components;  // issue-interaction graph, catalog order

  const Catalog& catalog() const { return table->catalog(); }
  int options(int issue) const { return static_cast<int>(catalog().issues[issue].options.size()); }
  // Value in half-units: 2 wanted, 1 accepted (outright or on a condition), 0 else.
  int value(int slot, int issue, int option) const;
};

// Where one party stands on one term.
enum class Stand { wants, accepts, accepts_on_condition, rules_out, unmentioned, silent };
Stand stand(const DealProblem& pb, int slot, Term t);
const char* to_string(Stand s);

DealProblem make_deal_problem(const Table& table, const TermModel& model);

// Does a term hold in a package?
inline bool holds(const Package& x, Term t) { return x[t.issue] == t.option; }

// The catalog's rules and the conditions that touch one issue, in a form a
// search checks once every issue involved has a value.
struct Constraint {
  enum Kind { rule_excludes, rule_needs, party_condition } kind = rule_excludes;
  Term a, b;           // excludes / needs
  int condition = -1;  // index in DealProblem::conditions
  std::vector<int> issues;  // every issue involved
};
std::vector<Constraint> constraints(const DealProblem& pb);
bool satisfied(const DealProblem& pb, const Constraint& c, const Package& x);

// Feasible: no chosen option ruled out by a compared party, every rule holds,
// every conditionally accepted chosen option has its condition met.
bool feasible(const DealProblem& pb, const Package& x);

// Raw utilities (half-units) of each party for a package.
std::vector<int> raw_utilities(const DealProblem& pb, const Package& x);

// u_p = raw_p / (2 W_p), in [0, 1]; 0 for a party with no stance.
double utility(const DealProblem& pb, int slot, int raw);

// The ranking: the Nash product of the counted parties' utilities (as a sum of
// logarithms, -inf when one is 0), then the worst-off counted party's
// utility, then the sum of their utilities. Higher is fairer.
struct Score {
  double log_nash = 0;
  double min_u = 0;
  double sum_u = 0;
  double nash() const;
};
Score score(const DealProblem& pb, const std::vector<bool>& counted, const std::vector<int>& raw);
// -1, 0, 1 like a three-way compare; values within a relative 1e-9 tie.
int compare_scores(const Score& a, const Score& b);

}  // namespace positions
