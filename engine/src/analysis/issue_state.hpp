// An issue's standing in one comparison, reduced to what moves between
// scenarios: its status, who blocks it, the options agreed, and whether an
// assumed (what-if) stance is part of it.
#pragma once

#include <vector>

#include "compare.hpp"

namespace positions {

struct IssueState {
  IssueStatus status = IssueStatus::possible;
  std::vector<int> blocked_by;  // slots; empty unless status is blocked
  OptionSet agreed = 0;
  bool assumed = false;  // some compared party's stance on the issue is assumed

  bool operator==(const IssueState&) const = default;
};

// A blocked issue is blocked by every slot that rules out one of its options,
// directly or through a `requires` rule.
IssueState issue_state(const Table& table, const IssueFinding& finding);

// The same status, blockers and agreed options: whether the issue stands
// where it stood (an assumption behind it alone is no move).
bool same_standing(const IssueState& a, const IssueState& b);

}  // namespace positions
