// Concessions: where an issue, or the whole table, cannot be settled by any
// feasible package, the cheapest sets of moves by the parties that would
// open a package that settles it.
#pragma once

#include <vector>

#include "utility.hpp"

namespace positions {

// One party gives ground on one issue. lift: it stops ruling out `option`
// and accepts it. drop_condition: it accepts `option` without the condition
// it attached.
struct Move {
  enum Kind { lift, drop_condition } kind = lift;
  int slot = -1;
  int issue = -1;
  int option = -1;
  int distance = 0;   // ordered scales: steps from the nearest option it accepts
  double cost = 0;
  bool red_line = false;  // lifting a ruling-out on a red-line issue
  auto operator<=>(const Move& o) const {
    if (auto c = slot <=> o.slot; c != 0) return c;
    if (auto c = issue <=> o.issue; c != 0) return c;
    if (auto c = option <=> o.option; c != 0) return c;
    return kind <=> o.kind;
  }
  bool operator==(const Move& o) const { return (*this <=> o) == 0; }
};

// The cost of a move, as README.deals.md states it.
Move make_move(const DealProblem& pb, Move::Kind kind, int slot, int issue, int option);

struct MoveSet {
  std::vector<Move> moves;  // sorted
  double cost = 0;
  Package package;  // a package the moves make feasible, settling the target
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
};

struct ConcessionsResult {
  // One per issue no feasible package settles, or (complete false, no
  // alternatives) whose search stopped before it could tell.
  std::vector<Concession> blocked;
  Concession whole_table;           // every issue settled at once
};

ConcessionsResult find_concessions(const DealProblem& pb, const ConcessionOptions& options);

// The cheapest alternatives for one set of issues of one component.
Concession concede(const DealProblem& pb, const std::vector<int>& target, int alternatives, double time_limit);

}  // namespace positions
