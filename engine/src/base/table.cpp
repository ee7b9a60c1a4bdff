#include "table.hpp"

namespace positions {

const Stance* stance_as_of(const Party& party, int issue, Date as_of) {
  const Stance* found = nullptr;
  for (const auto& s : party.stances)  // sorted by issue, then date
    if (s.issue == issue && party.in_force(s, as_of)) found = &s;
  return found;
}

bool on_record(const Stance& s) {
  if (s.assumed) return true;
  for (const auto& e : s.evidence)
    if (e.basis == Basis::on_record) return true;
  return false;
}

Table make_table(const Dataset& data, const std::vector<int>& parties, Date as_of,
                 const Scenario* scenario, bool on_record_only) {
  Table t;
  t.on_record_only = on_record_only;
  t.scenario = scenario;
  if (scenario) t.no_agreement = scenario->no_agreement;
  t.data = &data;
  t.as_of = as_of;
  t.parties = parties;
  const int issues = static_cast<int>(data.catalog.issues.size());
  for (int p : parties) {
    std::vector<Position> row(issues);
    const Party& party = data.parties[p];
    for (const auto& s : party.stances)
      if (party.in_force(s, as_of)) row[s.issue].stance = &s;  // later dates overwrite earlier
    t.at.push_back(std::move(row));
  }
  if (scenario) {
    // The base's shifts first, so each level of a what-if overrides the one below.
    auto apply = [&](const std::vector<Assumption>& shifts) {
      for (const auto& a : shifts)
        for (size_t slot = 0; slot < parties.size(); ++slot)
          if (parties[slot] == a.party) t.at[slot][a.stance.issue].stance = &a.stance;
    };
    apply(scenario->inherited);
    apply(scenario->assume);
  }
  if (on_record_only) {
    t.set_aside.assign(parties.size(), std::vector<const Stance*>(issues, nullptr));
    for (size_t slot = 0; slot < parties.size(); ++slot)
      for (int i = 0; i < issues; ++i)
        if (const Stance* s = t.at[slot][i].stance; s && !on_record(*s)) {
          t.set_aside[slot][i] = s;
          t.at[slot][i].stance = nullptr;
        }
  }
  return t;
}

}  // namespace positions
