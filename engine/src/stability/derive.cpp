// A graph model derived from a positions table (docs/stability.md, "Derived
// models"). For the covered issues, each compared party controls one consent
// option per option of each issue and consents to at most one option of an
// issue; an issue is settled on an option when all its deciders consent to
// it. The status quo is that nobody consents: nothing is settled.
//
// Deciders: every compared party, for now. When the catalog gains per-issue
// deciders and scenarios a no-agreement outcome, `deciders()` and the status
// quo below are the two places to change.
#include <algorithm>
#include <cmath>
#include <map>
#include <numeric>

#include "build_model.hpp"
#include "positions/stability.hpp"
#include "table.hpp"

namespace positions::stability {

namespace {

// Issues linked by a catalog rule or by a compared party's conditional
// acceptance, as groups in catalog order.
std::vector<std::vector<int>> linked_groups(const Table& t) {
  std::vector<int> root(t.issues());
  std::iota(root.begin(), root.end(), 0);
  auto find = [&](int x) {
    while (root[x] != x) x = root[x] = root[root[x]];
    return x;
  };
  auto link = [&](int a, int b) { root[std::max(find(a), find(b))] = std::min(find(a), find(b)); };
  for (const Rule& r : t.catalog().rules) link(r.term.issue, r.other.issue);
  for (const auto& row : t.at)
    for (const Position& p : row)
      if (p.stance)
        for (const Conditional& c : p.stance->conditional)
          for (const Term& term : c.if_all) link(p.stance->issue, term.issue);
  std::map<int, std::vector<int>> groups;
  for (int i = 0; i < t.issues(); ++i) groups[find(i)].push_back(i);
  std::vector<std::vector<int>> out;
  for (auto& [r, g] : groups) out.push_back(std::move(g));
  return out;
}

std::vector<int> deciders(const Table& t, int /*issue*/) {
  std::vector<int> all(t.slots());
  std::iota(all.begin(), all.end(), 0);
  return all;
}

// Feasible states of a group: each party consents to at most one option per issue.
double state_count(const Table& t, const std::vector<int>& group) {
  double n = 1;
  for (int i : group) n *= std::pow(t.catalog().issues[i].options.size() + 1.0, deciders(t, i).size());
  return n;
}

std::string issue_list(const Table& t, const std::vector<int>& group) {
  std::string s;
  for (int i : group) s += (s.empty() ? "" : ", ") + t.catalog().issues[i].id;
  return s;
}

struct Consent {
  int issue, option, slot;
};

}  // namespace

Model derive_model(const Table& t, const DeriveOptions& options) {
  const std::vector<std::vector<int>> groups = linked_groups(t);
  // The largest group of linked issues that fits; ties: the first in catalog order.
  const std::vector<int>* chosen = nullptr;
  for (const auto& g : groups)
    if (state_count(t, g) <= options.max_states && (!chosen || g.size() > chosen->size())) chosen = &g;
  if (!chosen) {
    const auto smallest = std::min_element(groups.begin(), groups.end(), [&](const auto& a, const auto& b) {
      return state_count(t, a) < state_count(t, b);
    });
    throw Error(Location{t.catalog().file},
                "every group of linked issues is too large for a derived graph model: the smallest (" +
                    (smallest == groups.end() ? std::string("none") : issue_list(t, *smallest)) + ") has " +
                    (smallest == groups.end() ? std::string("0")
                                              : std::to_string(static_cast<long long>(state_count(t, *smallest)))) +
                    " states, more than " + std::to_string(options.max_states),
                "compare fewer parties, or write the model by hand (docs/stability.md)");
  }
  const std::vector<int>& group = *chosen;

  Model m;
  m.name = "Derived from the positions of " + std::to_string(t.slots()) + " parties on " + issue_list(t, group);
  m.source = "derived from the table as of " + t.as_of.str();
  std::vector<Consent> consent;
  for (int slot = 0; slot < t.slots(); ++slot) {
    DecisionMaker dm;
    dm.id = t.party(slot).code;
    dm.name = t.party(slot).name.empty() ? dm.id : t.party(slot).name;
    for (int i : group) {
      const Issue& issue = t.catalog().issues[i];
      for (int o = 0; o < static_cast<int>(issue.options.size()); ++o) {
        dm.options.push_back(static_cast<int>(m.options.size()));
        m.options.push_back({dm.id + "." + issue.id + "." + issue.options[o].id,
                             dm.id + " consents to " + issue.id + "." + issue.options[o].id, slot, Direction::both});
        consent.push_back({i, o, slot});
      }
    }
    m.dms.push_back(std::move(dm));
  }
  if (m.options.size() > static_cast<std::size_t>(max_options))
    throw Error(Location{t.catalog().file},
                "the issues " + issue_list(t, group) + " need " + std::to_string(m.options.size()) +
                    " consent options; at most 24 are analysed",
                "compare fewer parties");

  // The option each issue is settled on at a state, or -1.
  auto settled = [&](StateBits s, int issue) {
    const Issue& is = t.catalog().issues[issue];
    for (int o = 0; o < static_cast<int>(is.options.size()); ++o) {
      bool all = true;
      for (int slot : deciders(t, issue)) {
        bool yes = false;
        for (std::size_t k = 0; k < consent.size(); ++k)
          if (consent[k].issue == issue && consent[k].option == o && consent[k].slot == slot) yes = (s >> k) & 1u;
        all = all && yes;
      }
      if (all) return o;
    }
    return -1;
  };
  m.states = feasible_states(static_cast<int>(m.options.size()), [&](StateBits s) {
    std::map<std::pair<int, int>, int> given;  // (slot, issue) -> consents
    for (std::size_t k = 0; k < consent.size(); ++k)
      if ((s >> k) & 1u && ++given[{consent[k].slot, consent[k].issue}] > 1) return true;
    // A catalog rule "excludes" forbids settling both terms.
    for (const Rule& r : t.catalog().rules)
      if (r.kind == RuleKind::excludes && std::count(group.begin(), group.end(), r.term.issue) &&
          std::count(group.begin(), group.end(), r.other.issue) && settled(s, r.term.issue) == r.term.option &&
          settled(s, r.other.issue) == r.other.option)
        return true;
    return false;
  });

  // Stances: wants 3 > accepts 2 > open or unsettled 1 > rules out 0, times
  // the priority weight; a ruled-out red line settled costs more than every
  // other issue can give, so it is never preferred to anything without one.
  constexpr std::int64_t red_line_cost = 1'000'000;
  m.payoff.assign(m.dms.size(), std::vector<std::int64_t>(m.states.size(), 0));
  for (int s = 0; s < m.state_count(); ++s)
    for (int slot = 0; slot < t.slots(); ++slot)
      for (int i : group) {
        const Position& p = t.at[slot][i];
        const int o = settled(m.states[s], i);
        std::int64_t value = 1;
        if (o >= 0 && p.stance) {
          const OptionSet bit = OptionSet{1} << o;
          if (p.wants() & bit) value = 3;
          else if (p.acceptable() & bit) value = 2;
          else if (p.rules_out() & bit) value = p.stance->priority == Priority::red_line ? -red_line_cost : 0;
          for (const Conditional& c : p.stance->conditional)
            if (c.accepts & bit) {
              bool met = true;
              for (const Term& term : c.if_all) met = met && settled(m.states[s], term.issue) == term.option;
              if (met) value = std::max<std::int64_t>(value, 2);
            }
        }
        m.payoff[slot][s] += value * std::max(1, p.weight());
      }
  m.status_quo = m.index_of(0);
  m.notes.push_back("covers the issues " + issue_list(t, group) + "; each party consents to at most one option of each");
  m.notes.push_back("deciders: every compared party on every issue; the status quo settles nothing");
  std::vector<std::string> left;
  for (const auto& g : groups)
    if (&g != chosen) left.push_back(issue_list(t, g));
  if (!left.empty()) {
    std::string s;
    for (const auto& x : left) s += (s.empty() ? "" : "; ") + x;
    m.notes.push_back("not covered (a model holds one group of linked issues of at most " +
                      std::to_string(options.max_states) + " states): " + s);
  }
  return m;
}

}  // namespace positions::stability
