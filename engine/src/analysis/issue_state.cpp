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
  }
  if (f.status == IssueStatus::blocked) {
    s.blocked_by = party_sets(f.opened_by);
    s.blocked_by_proven = f.opened_by_proven;
  }
  return s;
}

std::vector<std::vector<int>> party_sets(const std::vector<BlockingSet>& sets) {
  std::vector<std::vector<int>> out;
  for (const BlockingSet& b : sets) out.push_back(b.parties);
  return out;
}

bool same_standing(const IssueState& a, const IssueState& b) {
  return a.status == b.status && a.blocked_by == b.blocked_by && a.agreed == b.agreed;
}

}  // namespace positions
