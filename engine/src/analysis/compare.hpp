// The first analyses: per issue, what the compared parties agree on, what none
// rules out and what is blocked; per pair of parties, how close they are; and
// the demands that collide through the graph's cross-issue edges.
#pragma once

#include <optional>
#include <vector>

#include "term_graph.hpp"

namespace positions {

enum class IssueStatus { agreement, possible, blocked };
const char* to_string(IssueStatus s);

// Why a term cannot be part of a deal: `slot` rules out `root`, and the
// blocked term leads to it. Its first link is `needed`: the term it requires
// (`rule`, a catalog rule), or the term on which party `condition_of` makes
// its acceptance conditional (when every condition it gave fails). A chain
// goes on from `needed` the same way until `root`.
struct Block {
  int slot = -1;
  Term root;
  Term needed;
  int rule = -1;
  int condition_of = -1;
};

struct OptionFinding {
  int option = -1;
  std::vector<int> wanted_by;       // slots
  std::vector<int> accepted_by;     // slots that accept without wanting
  std::vector<int> conditional_by;  // slots that accept only on a condition
  std::vector<int> ruled_out_by;    // slots
  std::vector<int> open_for;        // slots that said nothing of it
  std::vector<Block> via_rules;     // blocks through requires rules and failed conditions
  bool agreed = false;   // every compared party accepts it outright, and no rule blocks it
  bool blocked = false;  // ruled out, directly or through a rule
};

struct IssueFinding {
  int issue = -1;
  IssueStatus status = IssueStatus::possible;
  std::vector<OptionFinding> options;  // catalog order
  std::vector<int> silent;             // slots with no stance on the issue
};

enum class ConflictKind {
  excludes,   // a wants `a`, b wants `b`, and a rule says they cannot both hold
  needs,      // a wants `a`, which requires `b`, which b rules out
  condition,  // a's conditional acceptance of `a` needs `b`, which b rules out
};
const char* to_string(ConflictKind k);

// Parties whose terms collide through one edge of the term graph. For
// excludes, `by_a` want `a` and `by_b` want `b`; for needs, `by_a` want `a`
// (which requires `b`) and `by_b` rule out `b`; for condition, `by_a` accept
// `a` only if `b`, and `by_b` rule out `b`.
struct CrossConflict {
  ConflictKind kind = ConflictKind::excludes;
  Term a;
  Term b;
  std::vector<int> by_a;  // slots
  std::vector<int> by_b;  // slots
  int rule = -1;  // catalog rule, for excludes and needs
};

// Per pair: issues on which both have a stance, sorted into overlap (an
// option both accept outright), collide (no such option, and one rules out
// what the other wants) and apart (the rest). Weights are the mean of the two
// parties' priority weights on the issue.
struct PairFinding {
  int a = -1, b = -1;  // slots, a < b
  std::vector<int> overlap, collide, apart;
  double overlap_weight = 0, collide_weight = 0, total_weight = 0;
  // (overlap_weight - collide_weight) / total_weight, in [-1, 1]; none when
  // the two share no issue.
  std::optional<double> closeness;
};

struct Comparison {
  std::vector<IssueFinding> issues;  // catalog order
  std::vector<CrossConflict> cross;
  std::vector<PairFinding> pairs;  // closest first
};

Comparison compare(const Table& table, const TermModel& model);

}  // namespace positions
