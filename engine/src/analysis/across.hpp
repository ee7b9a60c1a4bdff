// The same parties compared through every scenario, side by side: per issue
// and scenario, agreement, possible or blocked (and by whom), and what opened
// or closed from one scenario to the next.
#pragma once

#include <memory>
#include <string>
#include <vector>

#include "deals.hpp"
#include "issue_state.hpp"
#include "table.hpp"

namespace positions {

struct AcrossColumn {
  const Scenario* scenario = nullptr;
  Table table;
  std::vector<IssueState> issues;  // catalog order
  int cross_conflicts = 0;
  // What this column is read against for changes: for a what-if, the column
  // of the scenario it builds on; for a dated scenario, the dated column before
  // it; -1 for the first (or when the base was skipped).
  int reference = -1;
  // The scenario's deal search, asked for its fairest deal only (see deals.hpp).
  DealsResult deals;
};

// A scenario left out because a named party does not take part in it.
struct AcrossSkip {
  const Scenario* scenario = nullptr;
  std::vector<int> missing;  // dataset party indices
};

struct AcrossChange {
  int column = -1;  // the later column; its `reference` is the earlier
  int issue = -1;
  IssueState from, to;
};

struct Across {
  std::vector<int> parties;  // dataset indices, as named
  std::vector<AcrossColumn> columns;  // in the data's scenario order: by date, then name
  std::vector<AcrossSkip> skipped;
  std::vector<AcrossChange> changes;  // by column, then catalog order
};

// Every scenario of `data` in which all `parties` take part, compared; the
// deal searches of all scenarios together take at most `time_limit` seconds.
// The result points into `data`, which must outlive it.
Across compare_across(const Dataset& data, const std::vector<int>& parties, double time_limit);

}  // namespace positions
