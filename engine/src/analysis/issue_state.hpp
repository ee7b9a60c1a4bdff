// An issue's standing in one comparison, reduced to what moves between
// scenarios: its status, who could open it, the options agreed, and whether
// an assumed (what-if) stance is part of it.
#pragma once

#include <vector>

#include "compare.hpp"

namespace positions {

struct IssueState {
  IssueStatus status = IssueStatus::possible;
  // When blocked: the smallest sets of parties (slots, each set sorted) any
  // one of which could open it by its own moves (IssueFinding::opened_by).
  std::vector<std::vector<int>> blocked_by;
  bool blocked_by_proven = true;
  OptionSet agreed = 0;  // agreed outright or together with other agreed terms
  bool assumed = false;  // some compared party's stance on the issue is assumed

  bool operator==(const IssueState&) const = default;
};

IssueState issue_state(const Table& table, const IssueFinding& finding);

// The parties of each blocking set.
std::vector<std::vector<int>> party_sets(const std::vector<BlockingSet>& sets);

// The same status, blocking sets and agreed options: whether the issue stands
// where it stood (an assumption behind it alone is no move).
bool same_standing(const IssueState& a, const IssueState& b);

}  // namespace positions
