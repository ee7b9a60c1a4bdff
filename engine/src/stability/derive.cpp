// A graph model derived from the deal side's problem (docs/stability.md,
// "Derived models"). For one group of linked issues (a component of the
// issue-interaction graph), each compared decider of an option controls the
// yes/no option "consents to it"; a party consents to at most one option of
// an issue; an issue is settled on an option when all its deciders consent,
// and otherwise stays as it would without a deal (the scenario's
// no-agreement term, or open). Preferences are the deal side's graded values
// times priority weights, conditions included, with every red line missed
// costing more than all the rest. An option with a decider who is not
// compared has no consent options: it cannot be settled.
#include "derive.hpp"

#include <algorithm>
#include <bit>
#include <map>

#include "build_model.hpp"
#include "stability_words.hpp"
#include "table.hpp"
#include "term_graph.hpp"

namespace positions::stability {

namespace {

// Can the compared parties settle `option` of `issue` by themselves?
bool settleable(const DealProblem& pb, int issue, int option) {
  const Consent& c = pb.consent[issue][option];
  return c.not_compared.empty() && !c.deciders.empty();
}

// The consent options of a group, issue by issue, then slot, then option.
std::vector<ConsentOption> consent_options(const DealProblem& pb, const std::vector<int>& group) {
  std::vector<ConsentOption> out;
  for (int i : group)
    for (int slot = 0; slot < pb.parties; ++slot)
      for (int o = 0; o < pb.options(i); ++o)
        if (settleable(pb, i, o) && pb.decides(slot, i, o)) out.push_back({i, o, slot});
  return out;
}

// Each decider consents to at most one option of an issue: a factor
// (options it decides + 1) per issue and decider. An upper bound on the
// feasible states (rules and double settlements remove some).
double state_bound(const DealProblem& pb, const std::vector<int>& group) {
  std::map<std::pair<int, int>, int> per;  // (issue, slot) -> options decided
  for (const ConsentOption& c : consent_options(pb, group)) ++per[{c.issue, c.slot}];
  double n = 1;
  for (const auto& [key, k] : per) n *= k + 1.0;
  return n;
}

bool fits(const DealProblem& pb, const std::vector<int>& group, const DeriveOptions& options) {
  const auto consents = consent_options(pb, group);
  return !consents.empty() && consents.size() <= static_cast<std::size_t>(max_options) &&
         state_bound(pb, group) <= options.max_states;
}

bool inside(const std::vector<int>& group, const std::vector<int>& issues) {
  for (int i : issues)
    if (!std::binary_search(group.begin(), group.end(), i)) return false;
  return true;
}

// A red line missed costs more than every other issue can give, so a state
// that misses fewer of a party's red lines is always preferred.
constexpr std::int64_t red_line_cost = 1'000'000;

// The consent bits of each settleable option of the covered issues: it is
// settled at a state that has all of them.
struct Settlement {
  Term term;
  StateBits mask = 0;
};

std::vector<Settlement> settlements(const std::vector<ConsentOption>& consents) {
  std::vector<Settlement> out;
  for (std::size_t k = 0; k < consents.size(); ++k) {
    const Term t{consents[k].issue, consents[k].option};
    auto it = std::find_if(out.begin(), out.end(), [&](const Settlement& x) { return x.term == t; });
    if (it == out.end()) it = out.insert(out.end(), {t, 0});
    it->mask |= StateBits{1} << k;
  }
  return out;
}

// The package a state stands for, or nullopt when it settles an issue twice.
std::optional<Package> package_of(const DealProblem& pb, const std::vector<Settlement>& settle, StateBits s) {
  Package x(pb.issues, kOpen);
  for (const Settlement& st : settle)
    if ((s & st.mask) == st.mask) {
      if (x[st.term.issue] != kOpen) return std::nullopt;
      x[st.term.issue] = st.term.option;
    }
  return x;
}

}  // namespace

Derivation derive(const DealProblem& pb, const DeriveOptions& options) {
  Derivation out;
  const std::vector<std::vector<int>>& groups = pb.components;
  // The largest group that fits: most issues, then most states; ties: the
  // first in catalog order.
  const std::vector<int>* chosen = nullptr;
  for (const auto& g : groups)
    if (fits(pb, g, options) &&
        (!chosen || g.size() > chosen->size() ||
         (g.size() == chosen->size() && state_bound(pb, g) > state_bound(pb, *chosen))))
      chosen = &g;
  if (!chosen) {
    for (const auto& g : groups) {
      const auto consents = consent_options(pb, g);
      if (consents.empty()) continue;
      const double n = state_bound(pb, g);
      if (out.none.smallest.empty() || n < out.none.states) out.none = {g, n, static_cast<int>(consents.size())};
    }
    return out;
  }

  Derived d;
  d.issues = *chosen;
  for (const auto& g : groups)
    if (&g != chosen)
      d.left_out.push_back({g, state_bound(pb, g), static_cast<int>(consent_options(pb, g).size()), fits(pb, g, options)});
  d.consents = consent_options(pb, d.issues);
  Model& m = d.model;
  const Table& t = *pb.table;
  m.name = derived_model_name(t, d.issues);
  m.source = derived_model_source(t);
  // Decision makers: the compared parties that decide something here, in slot order.
  std::vector<int> dm_of(pb.parties, -1);
  for (int slot = 0; slot < pb.parties; ++slot)
    for (const ConsentOption& c : d.consents)
      if (c.slot == slot && dm_of[slot] < 0) {
        dm_of[slot] = static_cast<int>(d.slots.size());
        d.slots.push_back(slot);
        DecisionMaker dm;
        dm.id = t.party(slot).code;
        dm.name = t.party(slot).name.empty() ? dm.id : t.party(slot).name;
        m.dms.push_back(std::move(dm));
      }
  for (std::size_t k = 0; k < d.consents.size(); ++k) {
    const ConsentOption& c = d.consents[k];
    m.dms[dm_of[c.slot]].options.push_back(static_cast<int>(k));
    m.options.push_back({consent_option_id(t, c.slot, c.issue, c.option), consent_option_label(t, c.slot, c.issue, c.option),
                         dm_of[c.slot], Direction::both});
  }

  std::vector<Constraint> rules, hard;
  for (const Constraint& c : constraints(pb)) {
    if (!inside(d.issues, c.issues)) continue;
    if (c.kind == Constraint::rule_excludes || c.kind == Constraint::rule_needs) rules.push_back(c);
    if (c.kind == Constraint::party_condition) hard.push_back(c);
  }
  const std::vector<Settlement> settle = settlements(d.consents);
  // The consent bits of each (slot, issue): at most one may be set. Checked
  // first and cheaply, so only the at most max_states patterns that pass
  // build a package.
  std::map<std::pair<int, int>, StateBits> one_of;
  for (std::size_t k = 0; k < d.consents.size(); ++k) one_of[{d.consents[k].slot, d.consents[k].issue}] |= StateBits{1} << k;
  std::vector<StateBits> at_most_one;
  for (const auto& [key, mask] : one_of) at_most_one.push_back(mask);
  m.states = feasible_states(static_cast<int>(m.options.size()), [&](StateBits s) {
    for (StateBits mask : at_most_one)
      if (std::popcount(s & mask) > 1) return true;
    const std::optional<Package> x = package_of(pb, settle, s);
    if (!x) return true;  // two options of one issue settled (their deciders differ)
    for (const Constraint& c : rules)
      if (!satisfied(pb, c, *x)) return true;
    return false;
  });

  m.payoff.assign(m.dms.size(), std::vector<std::int64_t>(m.states.size(), 0));
  for (int s = 0; s < m.state_count(); ++s) {
    const Package x = *package_of(pb, settle, m.states[s]);
    m.state_notes.push_back(settled_words(t, x));
    std::vector<int> raw = raw_utilities(pb, x);
    // A hard condition unmet: the option is worth what an unmentioned one is.
    for (const Constraint& c : hard)
      if (!satisfied(pb, c, x)) raw[pb.conditions[c.condition].slot] -= pb.conditions[c.condition].loss;
    for (std::size_t dm = 0; dm < d.slots.size(); ++dm) {
      const int slot = d.slots[dm];
      std::int64_t missed = 0;
      for (int i : d.issues) {
        const OptionSet red = pb.at[slot][i].red_line;
        const int outcome = x[i] != kOpen ? x[i] : pb.no_agreement[i];
        if (red && (outcome == kOpen || !((red >> outcome) & 1u))) ++missed;
      }
      m.payoff[dm][s] = raw[slot] - missed * red_line_cost;
    }
  }
  m.status_quo = m.index_of(0);
  m.notes = derived_notes(pb, d, options);
  out.derived = std::move(d);
  return out;
}

int state_of(const Derived& d, const Package& x) {
  StateBits bits = 0;
  for (int i : d.issues) {
    if (x[i] == kOpen) continue;
    bool any = false;
    for (std::size_t k = 0; k < d.consents.size(); ++k)
      if (d.consents[k].issue == i && d.consents[k].option == x[i]) {
        bits |= StateBits{1} << k;
        any = true;
      }
    if (!any) return -1;
  }
  return d.model.index_of(bits);
}

Model derive_model(const Table& table, const DeriveOptions& options) {
  const TermModel terms(table.catalog(), &table);
  const DealProblem pb = make_deal_problem(table, terms);
  Derivation r = derive(pb, options);
  if (!r.derived) throw no_model_error(pb, r.none, options);
  return std::move(r.derived->model);
}

}  // namespace positions::stability
