// The headline answer of a comparison: can the compared parties sign a deal,
// and if not, what collides and the cheapest moves that would open one. Data
// only: report/verdict_words.* words it.
#pragma once

#include <vector>

#include "concessions.hpp"
#include "deals.hpp"

namespace positions {

// Why one option of a red-line issue cannot be settled on.
struct OptionBlock {
  int option = -1;
  std::vector<int> refused_by;        // deciders (slots) that rule it out
  std::vector<int> no_consent;        // deciders (slots) silent on it, or on the issue
  std::vector<int> not_compared;      // deciders (dataset indices) not among the compared parties
  std::vector<int> other_red_lines;   // slots whose own red line on the issue leaves it out
  bool through_rules = false;         // allowed on its own, but no package around it is feasible
};

// One reason no deal exists.
struct Collision {
  enum Kind {
    red_line,            // `slot` must get one of `options` on `issue`; none can be settled
    below_no_agreement,  // every feasible package leaves `slot` worse off than no agreement
    nobody_gains,        // no feasible package makes anyone better off than no agreement
  } kind = red_line;
  int slot = -1;
  int issue = -1;
  OptionSet options = 0;             // red_line: the options it must get
  std::vector<OptionBlock> blocks;   // red_line: per option of `options`
};

// An option no package can settle because a decider is not compared:
// "needs eu's consent; eu is not compared".
struct Unsettleable {
  int issue = -1;
  int option = -1;
  std::vector<int> not_compared;  // dataset indices
};

struct Verdict {
  bool deal_possible = false;
  bool proven = true;            // the deal search finished (else: none found in time)
  std::vector<Collision> collisions;  // when no deal
  std::vector<MoveSet> cheapest_moves;  // when no deal: the cheapest moves that make a package with every red line met feasible
  // What became of the search for those moves, so that an empty list is
  // never read as "none exists" when it was not looked for or not finished.
  enum class MovesSearch {
    not_needed,    // a deal is possible, or packages meet every red line already (no one of them is signed by all)
    found,         // cheapest_moves holds them
    none_possible, // no moves of the compared parties make a package meeting every red line
    stopped,       // the search stopped at its time limit before it could tell
  };
  MovesSearch moves_search = MovesSearch::not_needed;
  bool moves_proven = true;  // every search behind moves_search finished (found: they are the cheapest)
  bool moves_open_a_deal = false;  // the package after the moves passes individual rationality too
  std::vector<Unsettleable> unsettleable;
  // Firmness: whether every stance in the table rests on on-record words (or
  // is a what-if's assumption), and, when not, whether the verdict changes
  // when only on-record stances count (the --evidence on_record lens).
  bool on_record_only = true;
  bool checked_on_record = false;
  bool deal_possible_on_record = false;
};

Verdict find_verdict(const DealProblem& pb, const DealsResult& deals, double time_limit);

}  // namespace positions
