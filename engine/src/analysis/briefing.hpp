// A briefing: everything a report says, computed once from the comparison, so
// every format (Markdown, HTML, JSON, DOT) tells the same story. The wording
// lives in briefing_document(); the graphs in graph_dot.hpp.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "compare.hpp"
#include "positions/analysis.hpp"
#include "diff.hpp"

namespace positions {

struct Across;
struct DealAnalysis;

// Two parties as the party graph draws them: the issues on which they collide
// (one rules out what the other wants) and overlap (an option both accept
// outright), and the cross-issue conflicts that set one against the other.
struct PartyEdge {
  int a = -1, b = -1;  // slots, a < b
  std::vector<int> collide;  // issues
  std::vector<int> overlap;  // issues
  std::vector<int> cross;    // indices in Comparison::cross
  double collide_weight = 0;
  double overlap_weight = 0;
  std::optional<double> closeness;
};

// An edge of the term graph between two contested terms: a catalog rule, or
// the conditional offers of one or more parties (`slots`) on the same pair.
struct TermLink {
  EdgeKind kind = EdgeKind::excludes;
  Term from, to;
  std::vector<int> slots;  // conditional only, sorted
};

struct Briefing {
  const Table* table = nullptr;
  const Comparison* comparison = nullptr;
  const TermModel* model = nullptr;
  Lens lens;
  std::string prepared_on;  // empty: no date printed (the default, for reproducible files)
  const struct Drift* drift = nullptr;  // what moved since the previous scenario
  const Across* across = nullptr;  // every scenario side by side, with --across
  const DealAnalysis* deals = nullptr;  // the deals and concessions, when computed

  // Pairs in slot order (a, then b), including pairs with nothing between them.
  std::vector<PartyEdge> edges;
  // Issues the term graph draws, catalog order: blocked issues, issues some
  // pair collides on, and issues that take part in a cross-issue conflict.
  std::vector<int> contested;
  // The term graph's edges between terms of contested issues, sorted by kind, from, to.
  std::vector<TermLink> links;
  // Source documents cited by the stances in force, sorted.
  std::vector<std::string> sources;
};

Briefing make_briefing(const Table& table, const Comparison& c, const TermModel& model, const Lens& lens);
// The briefing of one analysis: its deals, drift and across when it has them.
// REQUIRES: `a` outlives the Briefing, which points into it.
class Analysis;
Briefing make_briefing(const Analysis& a);

// The scenario a briefing's drift is read against: for a what-if, the one it
// builds on; for a dated scenario, the dated one before it; nullptr if none.
const Scenario* previous_scenario(const Dataset& data, const Scenario& s);

// What moved from the previous scenario to `s`, for the named parties that
// take part in both; the others are `left_out`.
struct Drift {
  ScenarioDiff diff;
  std::vector<int> left_out;  // dataset party indices
};
// None when `s` has no previous scenario or no named party takes part in it.
std::optional<Drift> drift_since_previous(const Dataset& data, const Scenario& s, const std::vector<int>& parties);

// Who rules out an option of an issue, directly or through a rule: slots, sorted.
std::vector<int> blockers(const IssueFinding& f);

}  // namespace positions
