// The first analyses: per issue, what the compared parties agree on (outright
// or together with other agreed terms), what a package could settle, what
// waits for a decider's consent and what is blocked, and who could open it;
// per pair of parties, how close they are; and the demands that collide
// through the graph's cross-issue edges. It reads the deal search's
// feasibility (DealProblem): who decides an option, red lines, hard conditions.
#pragma once

#include <optional>
#include <vector>

#include "concessions.hpp"
#include "term_graph.hpp"
#include "utility.hpp"

namespace positions {

// agreement: some option is agreed; possible: none is, but a package could
// settle one (every decider accepts it, nobody rules it out); needs_consent:
// every option nobody blocks lacks a decider's consent; blocked: every
// option is blocked.
enum class IssueStatus { agreement, possible, needs_consent, blocked };
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
  // Deciders whose consent it lacks: compared ones (slots) with no stance on
  // it or none that accepts it, and those not compared (dataset indices).
  std::vector<int> needs_consent;
  std::vector<int> not_compared;
  // Agreed: every decider, and every compared party with a stance on the
  // issue, accepts it, outright or on a condition the agreed terms meet, and
  // no rule, red line or decider's refusal blocks it (see agreed_terms()).
  bool agreed = false;
  // When agreed on conditions: the terms they rest on, sorted.
  std::vector<Term> together_with;
  bool blocked = false;  // ruled out by a decider, directly or through a rule or a hard condition
};

struct IssueFinding {
  int issue = -1;
  IssueStatus status = IssueStatus::possible;
  std::vector<OptionFinding> options;  // catalog order
  std::vector<int> silent;             // slots with no stance on the issue
  // When blocked: the inclusion-minimal sets of compared parties any one of
  // which could open an option by its own moves (blocking_sets()); proven
  // false when the search could not finish (time, or too many parties).
  std::vector<BlockingSet> opened_by;
  bool opened_by_proven = true;
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
// option both accept, outright or on a condition the agreed terms meet), collide (no such option, and one rules out
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
  DealProblem problem;  // what the findings were read from; points at the table
  std::vector<IssueFinding> issues;  // catalog order
  std::vector<CrossConflict> cross;
  std::vector<PairFinding> pairs;  // closest first
};

// The time the blocking sets of every blocked issue share, by default.
inline constexpr double kBlockingSeconds = 2;

// REQUIRES: `table` and `model` outlive the Comparison.
Comparison compare(const Table& table, const TermModel& model, double time_limit = kBlockingSeconds);

// The agreed terms, a fixed point: start from the options that every decider
// and every compared party with a stance on the issue accepts outright and
// that nothing blocks (blocked[issue] holds the blocked options), and inside
// every red line; then add, while one is found, an option whose remaining
// acceptances are conditional, each with one alternative made wholly of
// agreed terms, if no catalog rule excludes it with an agreed term. Per
// issue, the agreed options; `together` gets each added option's condition
// terms.
std::vector<OptionSet> agreed_terms(const DealProblem& pb, const std::vector<OptionSet>& blocked,
                                    std::vector<std::vector<std::vector<Term>>>* together = nullptr);

}  // namespace positions
