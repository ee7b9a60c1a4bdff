#include "diff.hpp"

#include "positions/analysis.hpp"

#include <algorithm>

#include "term_graph.hpp"

namespace positions {

namespace {

bool same_conditions(const std::vector<Conditional>& a, const std::vector<Conditional>& b) {
  if (a.size() != b.size()) return false;
  for (size_t i = 0; i < a.size(); ++i)
    if (a[i].accepts != b[i].accepts || a[i].if_all != b[i].if_all) return false;
  return true;
}

// The same terms colliding through the same edge, whoever holds them.
bool same_collision(const CrossConflict& x, const CrossConflict& y) {
  return x.kind == y.kind && x.a == y.a && x.b == y.b && x.rule == y.rule;
}

const CrossConflict* find_collision(const std::vector<CrossConflict>& in, const CrossConflict& x) {
  for (const auto& y : in)
    if (same_collision(x, y)) return &y;
  return nullptr;
}

}  // namespace

bool same_terms(const Stance* a, const Stance* b) {
  if (!a || !b) return a == b;
  return a->wants == b->wants && a->accepts == b->accepts && a->rules_out == b->rules_out &&
         a->priority == b->priority && a->assumed == b->assumed && same_conditions(a->conditional, b->conditional);
}

std::vector<int> parties_in_both(const Scenario& a, const Scenario& b) {
  std::vector<int> out;
  for (int p : a.parties)
    if (std::find(b.parties.begin(), b.parties.end(), p) != b.parties.end()) out.push_back(p);
  return out;
}

ScenarioDiff diff_scenarios(const Dataset& data, const Scenario& from, const Scenario& to,
                            const std::vector<int>& parties) {
  ScenarioDiff d;
  d.from_scenario = &from;
  d.to_scenario = &to;
  d.from = make_table(data, parties, from.date, &from);
  d.to = make_table(data, parties, to.date, &to);
  for (int slot = 0; slot < d.from.slots(); ++slot)
    for (int i = 0; i < d.from.issues(); ++i) {
      const Stance* a = d.from.at[slot][i].stance;
      const Stance* b = d.to.at[slot][i].stance;
      const Party& party = d.from.party(slot);
      const bool changed = party.government_at(from.date) != party.government_at(to.date);
      if (!same_terms(a, b)) d.stances.push_back({slot, i, a, b, changed});
    }
  const TermModel from_model(data.catalog, &d.from), to_model(data.catalog, &d.to);
  const Comparison cf = compare(d.from, from_model), ct = compare(d.to, to_model);
  for (size_t i = 0; i < cf.issues.size(); ++i) {
    IssueState a = issue_state(d.from, cf.issues[i]), b = issue_state(d.to, ct.issues[i]);
    if (!same_standing(a, b))
      d.issues.push_back({static_cast<int>(i), a, b});
  }
  for (const auto& x : ct.cross)
    if (!find_collision(cf.cross, x)) d.appeared.push_back(x);
  for (const auto& x : cf.cross) {
    const CrossConflict* now = find_collision(ct.cross, x);
    if (!now) d.vanished.push_back(x);
    else if (now->by_a != x.by_a || now->by_b != x.by_b) d.regrouped.push_back({x, *now});
  }
  return d;
}

}  // namespace positions
