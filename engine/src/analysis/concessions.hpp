// Concessions: where an issue, or the whole table, cannot be settled by any
// feasible package, the cheapest sets of moves by the parties that would
// open a package that settles it.
#pragma once

#include <memory>
#include <vector>

#include "utility.hpp"

namespace positions {

// One party gives ground on one issue:
// - lift: a decider stops ruling out `option` and accepts it;
// - consent: a decider that said nothing of `option` (or nothing of the
//   issue) accepts it;
// - drop_condition: it accepts `option` without the condition it attached,
//   giving up the terms it asked in return;
// - cross_red_line: it signs a package that does not give it what it must
//   get on the issue (`option` is what the package settles, or kOpen);
// - repoint_condition: it accepts `option` if `to` holds instead of the term
//   `from` it asked (another option of the same issue, one it accepts).
struct Move {
  enum Kind { lift, drop_condition, consent, cross_red_line, repoint_condition } kind = lift;
  int slot = -1;
  int issue = -1;
  int option = -1;
  int distance = 0;   // lift on an ordered scale: steps from the nearest option it accepts
  double cost = 0;
  bool red_line = false;  // cross_red_line
  Term from{-1, -1}, to{-1, -1};  // repoint_condition: the term asked, the term accepted instead
  auto operator<=>(const Move& o) const {
    if (auto c = slot <=> o.slot; c != 0) return c;
    if (auto c = issue <=> o.issue; c != 0) return c;
    if (auto c = option <=> o.option; c != 0) return c;
    if (auto c = kind <=> o.kind; c != 0) return c;
    if (auto c = to.issue <=> o.to.issue; c != 0) return c;
    return to.option <=> o.to.option;
  }
  bool operator==(const Move& o) const { return (*this <=> o) == 0; }
};

// The price of crossing a red line, in cost units: more than any lift (at
// most 2 x 4 = 8), so a red line is crossed only where nothing else opens a deal.
inline constexpr double kRedLinePrice = 12;

// The moves a package needs on one issue (issue set to `option` or kOpen),
// not counting conditions; `possible` false when a decider of the option is
// not compared (no move of a compared party can settle it there).
std::vector<Move> issue_moves(const DealProblem& pb, int issue, int option, bool& possible);

// The cost of a move, as docs/method.md states it (not for repoint_condition:
// see repoint_moves).
Move make_move(const DealProblem& pb, Move::Kind kind, int slot, int issue, int option);

// The ways `slot` could re-point its condition on `option` of `issue` in
// package x: per alternative of the condition with exactly one term unmet,
// that term's issue settled on an option the party accepts (value >= 2),
// the move "accept it if that option instead"; one move per such option, the
// cheapest alternative's cost: w(j) * max(1, max(2, v(from)) - v(to)) / 2.
std::vector<Move> repoint_moves(const DealProblem& pb, int slot, int issue, int option, const Package& x);

struct MoveSet {
  std::vector<Move> moves;  // sorted
  double cost = 0;
  SettledTerms package;  // a package the moves make feasible, settling the target (only its component's terms)
  // The package leaves every compared party at least as well off as no
  // agreement (valued on the stances before the moves, every issue it leaves
  // open as with no agreement): the moves open a deal, not only a package.
  bool rational = false;
  std::vector<int> worse_off;  // when not rational: the slots worse off than with no agreement
  bool crosses_red_line() const;
};

struct Concession {
  std::vector<int> target;            // issues to settle
  std::vector<MoveSet> alternatives;  // cheapest first; none of them contains another
  bool needed = true;     // false: a feasible package settles the target already
  bool possible = true;   // false: the catalog's rules alone forbid it
  bool complete = true;   // the search finished in time
};

struct ConcessionOptions {
  int alternatives = 3;
  double time_limit = 10;
  // Nodes a search explores listing every package of the cheapest cost
  // before it finds each next alternative directly (docs/method.md, the
  // concession search); the property test sets 0 to check the direct phase.
  int plateau = 1'000;
  // The states of the direct phase's exact bound, at most, before the
  // per-issue bound stands in (docs/method.md); the property test sets a
  // few to check that the search stays exact then.
  long memo_states = 200'000;
};

// The smallest sets of compared parties any one of which could open a
// package settling `issue` by its own moves (each set inclusion-minimal);
// per set, the option its cheapest moves settle the issue on.
struct BlockingSet {
  std::vector<int> parties;  // slots
  int option = -1;
};

struct ConcessionsResult {
  // One per issue no feasible package settles, or (complete false, no
  // alternatives) whose search stopped before it could tell.
  std::vector<Concession> blocked;
  std::vector<std::vector<BlockingSet>> blocking;  // per entry of `blocked`
  bool blocking_exact = true;  // false: more than 10 parties, sets read off the alternatives
  Concession whole_table;           // every issue settled at once
};

ConcessionsResult find_concessions(const DealProblem& pb, const ConcessionOptions& options);

// The cheapest alternatives for one set of issues of one component.
Concession concede(const DealProblem& pb, const std::vector<int>& target, int alternatives, double time_limit);

// The k cheapest choices of one alternative per part, moves merged (none if
// a part has no alternative), each marked rational or not as a whole.
std::vector<MoveSet> cheapest_combinations(const DealProblem& pb, const std::vector<Concession>& parts, int k);

// The blocking sets of one issue (exact by enumeration of party subsets).
std::vector<BlockingSet> blocking_sets(const DealProblem& pb, int issue, double time_limit);

// concede() and blocking_sets() for one target after another of one
// problem: what every search reads (constraints, plans, options worth trying,
// the moves of every option, each sized by the whole table) is made once, not
// once per target as the free functions must.
class ConcessionFinder {
 public:
  explicit ConcessionFinder(const DealProblem& pb);
  ~ConcessionFinder();
  ConcessionFinder(const ConcessionFinder&) = delete;
  ConcessionFinder& operator=(const ConcessionFinder&) = delete;
  Concession concede(const std::vector<int>& target, int alternatives, double time_limit);
  std::vector<BlockingSet> blocking_sets(int issue, double time_limit);

 private:
  struct Tables;
  const DealProblem& pb_;
  std::unique_ptr<Tables> tables_;
};

}  // namespace positions
