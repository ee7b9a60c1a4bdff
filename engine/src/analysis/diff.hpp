// What moved between two scenarios: which stances changed, and as a result
// which issues opened or closed and which cross-issue conflicts appeared or
// vanished.
#pragma once

#include <utility>
#include <vector>

#include "compare.hpp"
#include "issue_state.hpp"
#include "table.hpp"

namespace positions {

// One party's stance on one issue, different in the two scenarios. Either
// side may be nullptr: the party had said nothing.
struct StanceMove {
  int slot = -1;
  int issue = -1;
  const Stance* from = nullptr;
  const Stance* to = nullptr;
  // The party is represented by another government in the two lenses: the
  // change is one of government, not a move by the same government.
  bool new_government = false;
};

struct IssueMove {
  int issue = -1;
  IssueState from, to;
};

struct ScenarioDiff {
  const Scenario* from_scenario = nullptr;
  const Scenario* to_scenario = nullptr;
  Table from, to;                     // the same parties in the same slots
  std::vector<StanceMove> stances;    // by slot, then catalog order
  std::vector<IssueMove> issues;      // catalog order
  std::vector<CrossConflict> appeared;  // slots of `to`
  std::vector<CrossConflict> vanished;  // slots of `from`
  // The same collision of terms, held by other parties: {as in from, as in to}.
  std::vector<std::pair<CrossConflict, CrossConflict>> regrouped;
};

// True when the two say the same: the same wants, accepts, rules out,
// conditions and priority (a restatement on a later day is no move), and
// both stated or both assumed.
bool same_terms(const Stance* a, const Stance* b);


ScenarioDiff diff_scenarios(const Dataset& data, const Scenario& from, const Scenario& to,
                            const std::vector<int>& parties);

}  // namespace positions
