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

// Part of a package: only the terms it settles, every other issue open. What
// the searches keep of each component's packages (a concession's
// alternatives, the largest settled sets): a whole Package for each, with
// thousands of components, would grow with the square of the table.
struct SettledTerms {
  std::vector<Term> terms;  // by issue, one term per issue at most

  // The settled ones of `options[k]` for `issues[k]` (a component's choice).
  static SettledTerms of(const std::vector<int>& issues, const std::vector<int>& options);
  // The settled issues of a whole package.
  static SettledTerms of(const Package& x);
  // The option it settles `issue` on, or kOpen.
  int option(int issue) const;
  // Sets its terms in `x`, leaving the other issues as they are.
  void settle_in(Package& x) const;
  // The whole package, for a table of `issues` issues.
  Package whole(int issues) const;
  bool operator==(const SettledTerms&) const = default;
};

// Graded values (integers, so exact searches stay exact): see value_of().
inline constexpr int kWanted = 4;      // an option the party wants
inline constexpr int kAccepted = 2;    // accepted (outright or on a met condition), far from what it wants
inline constexpr int kNear = 3;        // accepted, one step from a wanted option on an ordered scale
inline constexpr int kUnmentioned = 0; // open, or an option it did not mention
inline constexpr int kRefusedMax = 4;  // a ruled-out option costs 2..4 on an ordered scale, 4 on an unordered one
inline constexpr int kValueScale = 4;  // u_p = raw_p / (4 W_p), in [-1, 1]

// One party's stance on one issue, as the searches need it.
struct PartyIssue {
  const Stance* stance = nullptr;  // nullptr: silent
  int weight = 0;                  // priority weight 1..4, 0 when silent
  OptionSet wants = 0, accepts = 0, rules_out = 0;
  OptionSet conditional_only = 0;  // accepted only on a condition, not outright
  OptionSet red_line = 0;          // must get one of these (0: no red line here)
  std::vector<int> values;         // graded value per option (condition met, for conditional ones)
  int open_value = 0;              // the value of leaving the issue open: that of its no-agreement term
};

// `slot` accepts `option` of `issue` only if all terms of one alternative hold.
// Hard: the party decides that option, or has a red line on the issue, so
// the package is not feasible unless the condition holds. Soft: the party's
// value of the option is that of an unmentioned one unless it holds.
struct Condition {
  int slot = -1;
  int issue = -1;
  int option = -1;
  std::vector<std::vector<Term>> alternatives;
  std::vector<int> stance_conditionals;  // index in the stance's list, per alternative
  bool hard = true;
  int loss = 0;  // soft: weight x (value met - value unmet), lost when unmet
};

// Who must consent for one option of one issue to be settled.
struct Consent {
  std::vector<int> deciders;      // compared slots
  std::vector<int> not_compared;  // dataset indices of deciders not among the compared parties
  bool given = false;             // the catalog names deciders (else: every compared party)
};

struct DealProblem {
  const Table* table = nullptr;
  int parties = 0;
  int issues = 0;
  std::vector<std::vector<PartyIssue>> at;  // [slot][issue]
  std::vector<int> total_weight;            // W_p: sum of weights of the issues p addresses
  // Per issue: the options a package may settle it on: every decider compared
  // and accepting it (outright or on a condition), and inside every red line.
  std::vector<OptionSet> allowed;
  std::vector<bool> open_allowed;           // per issue: no compared party has a red line on it
  std::vector<std::vector<Consent>> consent;  // [issue][option]
  std::vector<int> no_agreement;            // per issue: the option that holds without a deal, or kOpen
  std::vector<int> disagreement;            // d_p: raw value of no agreement, per party
  std::vector<Condition> conditions;
  std::vector<std::vector<int>> components;  // issue-interaction graph, catalog order

  const Catalog& catalog() const { return table->catalog(); }
  int options(int issue) const { return static_cast<int>(catalog().issues[issue].options.size()); }
  // Graded value of `option` (or kOpen) for the party, conditions taken as met.
  int value(int slot, int issue, int option) const;
  // The most issue `issue` can give the party in a feasible package, and the least.
  int best_value(int slot, int issue) const;
  // Is `slot` a decider of `option` of `issue`?
  bool decides(int slot, int issue, int option) const;
};

// The graded value of an option to a party with a stance on its issue (n
// options; W its wanted options, A those it accepts outright or on a condition):
//   wants: 4; accepted: 3 if one step from a wanted option on an ordered
//   scale, else 2; not mentioned: 0; ruled out: -(1 + min(3, d)) on an ordered
//   scale, d the steps to the nearest option in A (or, if A is empty, not ruled
//   out), and -4 on an unordered one.
int value_of(const Issue& issue, const Stance& st, int option);

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
  enum Kind { rule_excludes, rule_needs, party_condition, soft_condition } kind = rule_excludes;
  Term a, b;           // excludes / needs
  int condition = -1;  // index in DealProblem::conditions
  std::vector<int> issues;  // every issue involved
};
std::vector<Constraint> constraints(const DealProblem& pb);
// Soft conditions are always "satisfied" (they change values, not feasibility).
bool satisfied(const DealProblem& pb, const Constraint& c, const Package& x);
// A soft condition that the package leaves unmet: the value its party loses.
int soft_loss(const DealProblem& pb, const Constraint& c, const Package& x);

// Feasible (the hard constraints): every settled option is allowed (its
// deciders compared and accepting it, inside every red line), no red-line
// issue open, every rule holds, every hard condition of a settled option met.
bool feasible(const DealProblem& pb, const Package& x);

// Raw utilities (value units x weight) of each party for a package.
std::vector<int> raw_utilities(const DealProblem& pb, const Package& x);

// Individually rational: raw_p >= d_p for every compared party.
bool rational(const DealProblem& pb, const std::vector<int>& raw);

// u_p = raw_p / (4 W_p), in [-1, 1]; 0 for a party with no stance.
double utility(const DealProblem& pb, int slot, int raw);
// The gain over no agreement, (raw_p - d_p) / (4 W_p); 0 for a party with no stance.
double gain(const DealProblem& pb, int slot, int raw);

// The ranking, over every compared party: first the number of parties with a
// positive gain over no agreement (so the Nash product of all gains, which is
// 0 when one gain is 0, decides among packages that give everyone something),
// then the Nash product of the positive gains (as a sum of logarithms), then
// the smallest gain of a party with a stance, then the sum of the gains.
// Higher is fairer.
struct Score {
  int positive = 0;
  double log_nash = 0;  // of the positive gains
  double min_u = 0;     // the smallest gain
  double sum_u = 0;     // the sum of the gains
  bool all_positive = false;  // every party with a stance gains: the Nash product is > 0
  double nash() const;  // the product of all gains (0 unless all_positive)
};
Score score(const DealProblem& pb, const std::vector<bool>& counted, const std::vector<int>& raw);
// -1, 0, 1 like a three-way compare; values within a relative 1e-9 tie.
int compare_scores(const Score& a, const Score& b);

}  // namespace positions
