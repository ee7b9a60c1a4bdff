#include "issue_state.hpp"


namespace positions {

IssueState issue_state(const Table& t, const IssueFinding& f) {
  IssueState s;
  s.status = f.status;
  for (const auto& o : f.options)
    if (o.agreed) s.agreed |= OptionSet{1} << o.option;
  for (int slot = 0; slot < t.slots(); ++slot) {
    const Stance* st = t.at[slot][f.issue].stance;
    s.assumed = s.assumed || (st && st->assumed);
    if (f.status != IssueStatus::blocked) continue;
    bool blocks = false;
    for (const auto& o : f.options) {
      for (int r : o.ruled_out_by) blocks = blocks || r == slot;
      for (const auto& b : o.via_rules) blocks = blocks || b.slot == slot;
    }
    if (blocks) s.blocked_by.push_back(slot);
  }
  return s;
}

bool same_standing(const IssueState& a, const IssueState& b) {
  return a.status == b.status && a.blocked_by == b.blocked_by && a.agreed == b.agreed;
}

}  // namespace positions
