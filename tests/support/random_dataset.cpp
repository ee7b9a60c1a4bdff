#include "random_dataset.hpp"

#include <string>

namespace positions::test {

Dataset random_dataset(std::mt19937& rng, const RandomShape& shape) {
  auto pick = [&](int lo, int hi) { return std::uniform_int_distribution<int>(lo, hi)(rng); };
  auto chance = [&](double p) { return std::uniform_real_distribution<double>(0, 1)(rng) < p; };
  Dataset d;
  const int issues = pick(shape.issues_min, shape.issues_max);
  for (int i = 0; i < issues; ++i) {
    Issue is;
    is.id = "i" + std::to_string(i);
    is.ordered = chance(0.5);
    const int n = pick(1, shape.options_max);
    for (int o = 0; o < n; ++o) {
      Option opt;
      opt.id = "o" + std::to_string(o);
      is.options.push_back(opt);
    }
    d.catalog.issues.push_back(is);
  }
  auto random_term = [&](int not_issue) {
    int i = pick(0, issues - 1);
    if (i == not_issue) i = (i + 1) % issues;
    return Term{i, pick(0, static_cast<int>(d.catalog.issues[i].options.size()) - 1)};
  };
  if (issues > 1)
    for (int r = pick(0, shape.rules_max); r > 0; --r) {
      Rule rule;
      rule.term = random_term(-1);
      rule.other = random_term(rule.term.issue);
      rule.kind = chance(0.5) ? RuleKind::excludes : RuleKind::needs;
      d.catalog.rules.push_back(rule);
    }
  const int parties = pick(shape.parties_min, shape.parties_max);
  // Deciders: none (every compared party), a random subset, sometimes the
  // outsider 'z' (a party of the dataset that is never compared), per issue
  // and now and then per option.
  auto random_deciders = [&](std::vector<std::string>& codes) {
    for (int p = 0; p < parties; ++p)
      if (chance(0.35)) codes.push_back(std::string(1, static_cast<char>('a' + p)));
    if (chance(shape.outsider)) codes.push_back("z");
    if (codes.empty()) codes.push_back(std::string(1, static_cast<char>('a' + pick(0, parties - 1))));
  };
  for (auto& is : d.catalog.issues) {
    if (chance(0.75)) {
      is.decided_by_given = true;
      random_deciders(is.decided_by);
    }
    for (auto& o : is.options)
      if (chance(0.1)) {
        o.decided_by_given = true;
        random_deciders(o.decided_by);
      }
  }
  for (int p = 0; p < parties; ++p) {
    Party party;
    party.code = std::string(1, static_cast<char>('a' + p));
    for (int i = 0; i < issues; ++i) {
      if (chance(shape.silent)) continue;
      Stance st;
      st.issue = i;
      st.date = *Date::parse("2025-01-01");
      st.priority = static_cast<Priority>(pick(1, static_cast<int>(shape.priority_max)));
      OptionSet cond = 0;
      for (int o = 0; o < static_cast<int>(d.catalog.issues[i].options.size()); ++o) {
        const OptionSet bit = OptionSet{1} << o;
        const int k = pick(0, 9);
        if (k < 3) st.wants |= bit;
        else if (k < 6) st.accepts |= bit;
        else if (k < 7) st.rules_out |= bit;
        else if (k < 9 && issues > 1 && (shape.conditions_kept >= 1 || chance(shape.conditions_kept))) cond |= bit;
      }
      for (int o : options_in(cond)) {
        for (int alt = pick(1, 2); alt > 0; --alt) {
          Conditional c;
          c.accepts = OptionSet{1} << o;
          for (int t = pick(1, 2); t > 0; --t) c.if_all.push_back(random_term(i));
          st.conditional.push_back(c);
        }
      }
      // Red lines: must_get on a random subset of what it accepts, or
      // priority red_line alone (every option it accepts).
      const OptionSet acceptable = st.acceptable() | st.conditional_options();
      if (acceptable && chance(shape.red_line)) {
        st.must_get = acceptable & static_cast<OptionSet>(pick(1, 7));
        if (!st.must_get) st.must_get = acceptable & -acceptable;
      }
      party.stances.push_back(st);
    }
    d.parties.push_back(party);
  }
  Party outsider;
  outsider.code = "z";
  d.parties.push_back(outsider);
  // What holds without a deal: each issue's no-agreement term, or open.
  Scenario sc;
  sc.name = "s";
  sc.date = *Date::parse("2025-06-01");
  for (int i = 0; i < issues; ++i)
    if (chance(0.4)) sc.no_agreement.push_back({i, pick(0, static_cast<int>(d.catalog.issues[i].options.size()) - 1)});
  d.scenarios.push_back(sc);
  return d;
}

}  // namespace positions::test
