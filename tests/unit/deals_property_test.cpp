// Many small random catalogs, parties, rules and conditions: the deals, the
// partial deals and the cheapest concessions must equal what a plain
// enumeration of every package finds.
#include <gtest/gtest.h>

#include <algorithm>
#include <array>
#include <cmath>
#include <map>
#include <random>
#include <set>

#include "concessions.hpp"
#include "deals.hpp"

namespace positions {
namespace {

Dataset random_dataset(std::mt19937& rng) {
  auto pick = [&](int lo, int hi) { return std::uniform_int_distribution<int>(lo, hi)(rng); };
  auto chance = [&](double p) { return std::uniform_real_distribution<double>(0, 1)(rng) < p; };
  Dataset d;
  const int issues = pick(1, 6);
  for (int i = 0; i < issues; ++i) {
    Issue is;
    is.id = "i" + std::to_string(i);
    is.ordered = chance(0.5);
    const int n = pick(1, 3);
    for (int o = 0; o < n; ++o) is.options.push_back({"o" + std::to_string(o), "", {}});
    d.catalog.issues.push_back(is);
  }
  auto random_term = [&](int not_issue) {
    int i = pick(0, issues - 1);
    if (i == not_issue) i = (i + 1) % issues;
    return Term{i, pick(0, static_cast<int>(d.catalog.issues[i].options.size()) - 1)};
  };
  if (issues > 1)
    for (int r = pick(0, 2); r > 0; --r) {
      Rule rule;
      rule.term = random_term(-1);
      rule.other = random_term(rule.term.issue);
      rule.kind = chance(0.5) ? RuleKind::excludes : RuleKind::needs;
      d.catalog.rules.push_back(rule);
    }
  const int parties = pick(2, 4);
  for (int p = 0; p < parties; ++p) {
    Party party;
    party.code = std::string(1, static_cast<char>('a' + p));
    for (int i = 0; i < issues; ++i) {
      if (chance(0.2)) continue;  // silent
      Stance st;
      st.issue = i;
      st.date = *Date::parse("2025-01-01");
      st.priority = static_cast<Priority>(pick(1, 4));
      OptionSet cond = 0;
      for (int o = 0; o < static_cast<int>(d.catalog.issues[i].options.size()); ++o) {
        const OptionSet bit = OptionSet{1} << o;
        const int k = pick(0, 9);
        if (k < 2) st.wants |= bit;
        else if (k < 4) st.accepts |= bit;
        else if (k < 6) st.rules_out |= bit;
        else if (k < 8 && issues > 1) cond |= bit;
      }
      for (int o : options_in(cond)) {
        for (int alt = pick(1, 2); alt > 0; --alt) {
          Conditional c;
          c.accepts = OptionSet{1} << o;
          for (int t = pick(1, 2); t > 0; --t) c.if_all.push_back(random_term(i));
          st.conditional.push_back(c);
        }
      }
      party.stances.push_back(st);
    }
    d.parties.push_back(party);
  }
  return d;
}

// --- the plain enumeration ------------------------------------------------

struct Plain {
  const Dataset& d;
  const Table& t;
  int issues() const { return static_cast<int>(d.catalog.issues.size()); }
  int n(int i) const { return static_cast<int>(d.catalog.issues[i].options.size()); }
  const Stance* st(int s, int i) const { return t.at[s][i].stance; }
  static bool in(OptionSet set, int o) { return o >= 0 && (set >> o) & 1; }

  std::vector<Package> all_packages() const {
    std::vector<Package> out;
    Package x(issues(), -1);
    while (true) {
      out.push_back(x);
      int i = issues() - 1;
      while (i >= 0 && x[i] == n(i) - 1) x[i--] = -1;
      if (i < 0) break;
      ++x[i];
    }
    return out;  // open before option 0, first issue most significant: lexicographic
  }

  bool rules_hold(const Package& x) const {
    for (const Rule& r : d.catalog.rules) {
      const bool a = x[r.term.issue] == r.term.option, b = x[r.other.issue] == r.other.option;
      if (r.kind == RuleKind::excludes && a && b) return false;
      if (r.kind == RuleKind::needs && a && !b) return false;
    }
    return true;
  }

  // Conditions `s` attached to option x[i] that the package leaves unmet.
  bool condition_unmet(const Package& x, int s, int i) const {
    const Stance* p = st(s, i);
    if (!p || x[i] < 0 || in(p->acceptable(), x[i]) || in(p->rules_out, x[i])) return false;
    bool listed = false, met = false;
    for (const Conditional& c : p->conditional) {
      if (!in(c.accepts, x[i])) continue;
      listed = true;
      bool all = true;
      for (Term term : c.if_all) all = all && x[term.issue] == term.option;
      met = met || all;
    }
    return listed && !met;
  }

  bool feasible(const Package& x) const {
    if (!rules_hold(x)) return false;
    for (int s = 0; s < t.slots(); ++s)
      for (int i = 0; i < issues(); ++i) {
        if (st(s, i) && in(st(s, i)->rules_out, x[i])) return false;
        if (condition_unmet(x, s, i)) return false;
      }
    return true;
  }

  std::vector<int> raw(const Package& x) const {
    std::vector<int> r(t.slots(), 0);
    for (int s = 0; s < t.slots(); ++s)
      for (int i = 0; i < issues(); ++i) {
        const Stance* p = st(s, i);
        if (!p || x[i] < 0) continue;
        int v = 0;
        if (in(p->wants, x[i])) v = 2;
        else if (in(p->accepts, x[i])) v = 1;
        else
          for (const Conditional& c : p->conditional) v = in(c.accepts, x[i]) && !in(p->rules_out, x[i]) ? 1 : v;
        r[s] += weight(p->priority) * v;
      }
    return r;
  }

  // The moves a package needs, as (party, issue, option, kind: 0 lift, 1 drop).
  std::vector<std::array<int, 4>> moves(const Package& x) const {
    std::vector<std::array<int, 4>> m;
    for (int s = 0; s < t.slots(); ++s)
      for (int i = 0; i < issues(); ++i) {
        const Stance* p = st(s, i);
        if (!p || x[i] < 0) continue;
        if (in(p->rules_out, x[i])) m.push_back({s, i, x[i], 0});
        if (condition_unmet(x, s, i)) m.push_back({s, i, x[i], 1});
      }
    std::sort(m.begin(), m.end());
    return m;
  }

  // The costs of the cheapest move sets that open a package settling every
  // issue in `target`, cheapest first, skipping any set that holds a cheaper
  // kept one: what the concession search must list.
  std::vector<double> cheapest(const std::vector<int>& target, size_t k) const {
    std::map<std::vector<std::array<int, 4>>, double> sets;
    for (const Package& x : all_packages()) {
      bool settles = rules_hold(x);
      for (int i : target) settles = settles && x[i] >= 0;
      if (settles) sets.emplace(moves(x), move_cost(x));
    }
    std::vector<std::pair<double, std::vector<std::array<int, 4>>>> by_cost;
    for (const auto& [m, c] : sets) by_cost.push_back({c, m});
    std::stable_sort(by_cost.begin(), by_cost.end(), [](const auto& a, const auto& b) { return a.first < b.first - 1e-9; });
    std::vector<std::vector<std::array<int, 4>>> kept;
    std::vector<double> costs;
    for (const auto& [c, m] : by_cost) {
      if (costs.size() == k) break;
      bool holds_kept = false;
      for (const auto& q : kept) holds_kept = holds_kept || std::includes(m.begin(), m.end(), q.begin(), q.end());
      if (holds_kept) continue;
      kept.push_back(m);
      costs.push_back(c);
    }
    return costs;
  }

  double move_cost(const Package& x) const {
    double cost = 0;
    for (int s = 0; s < t.slots(); ++s)
      for (int i = 0; i < issues(); ++i) {
        const Stance* p = st(s, i);
        if (!p || x[i] < 0) continue;
        const double w = weight(p->priority);
        if (condition_unmet(x, s, i)) cost += w * 0.5;
        if (!in(p->rules_out, x[i])) continue;
        if (!d.catalog.issues[i].ordered || n(i) < 2) {
          cost += w * 2;
          continue;
        }
        OptionSet near = p->acceptable();
        for (const Conditional& c : p->conditional) near |= c.accepts & ~p->rules_out;
        int dist = n(i) - 1;
        for (int o = 0; o < n(i); ++o)
          if (in(near, o) || (!near && !in(p->rules_out, o))) dist = std::min(dist, std::abs(o - x[i]));
        cost += w * (1.0 + static_cast<double>(dist) / (n(i) - 1));
      }
    return cost;
  }
};

std::vector<std::vector<int>> pareto(const std::vector<std::vector<int>>& vs) {
  std::vector<std::vector<int>> out;
  for (const auto& v : vs) {
    bool dominated = false;
    for (const auto& u : vs) {
      bool ge = true, gt = false;
      for (size_t p = 0; p < v.size(); ++p) ge = ge && u[p] >= v[p], gt = gt || u[p] > v[p];
      dominated = dominated || (ge && gt);
    }
    if (!dominated) out.push_back(v);
  }
  return out;
}

class DealsMatchEnumeration : public ::testing::TestWithParam<int> {};

TEST_P(DealsMatchEnumeration, DealsPartialDealsAndConcessions) {
  std::mt19937 rng(static_cast<unsigned>(GetParam()));
  for (int round = 0; round < 25; ++round) {
    const Dataset data = random_dataset(rng);
    std::vector<int> slots;
    for (int p = 0; p < static_cast<int>(data.parties.size()); ++p) slots.push_back(p);
    const Table table = make_table(data, slots, *Date::parse("2025-06-01"));
    const TermModel model(data.catalog, &table);
    const DealProblem pb = make_deal_problem(table, model);
    const Plain plain{data, table};
    SCOPED_TRACE("seed " + std::to_string(GetParam()) + " round " + std::to_string(round));

    // Deals: distinct utility vectors of feasible packages, each with its
    // lexicographically first package, Pareto-filtered, ranked.
    std::map<std::vector<int>, Package> first;
    int most_settled = 0;
    for (const Package& x : plain.all_packages()) {
      if (!plain.feasible(x)) continue;
      first.try_emplace(plain.raw(x), x);
      most_settled = std::max<int>(most_settled, static_cast<int>(std::count_if(x.begin(), x.end(), [](int o) { return o >= 0; })));
    }
    std::vector<std::vector<int>> vectors;
    for (const auto& [v, x] : first) vectors.push_back(v);
    std::vector<bool> counted(pb.parties, false);
    for (int s = 0; s < pb.parties; ++s) {
      int weight_sum = 0, best = 0;
      for (int i = 0; i < plain.issues(); ++i)
        if (plain.st(s, i)) weight_sum += weight(plain.st(s, i)->priority);
      for (const auto& v : vectors) best = std::max(best, v[s]);
      counted[s] = weight_sum > 0 && best > 0;
    }
    auto front = pareto(vectors);
    std::sort(front.begin(), front.end(), [&](const auto& a, const auto& b) {
      const int c = compare_scores(score(pb, counted, a), score(pb, counted, b));
      return c != 0 ? c > 0 : first[a] < first[b];
    });

    const int top = 6;
    const DealsResult got = find_deals(pb, {top, 10});
    ASSERT_TRUE(got.proven);
    EXPECT_EQ(got.counted, counted);
    ASSERT_EQ(got.deals.size(), std::min<size_t>(top, front.size()));
    for (size_t k = 0; k < got.deals.size(); ++k) {
      EXPECT_EQ(got.deals[k].raw, front[k]) << "deal " << k + 1;
      EXPECT_EQ(got.deals[k].package, first[front[k]]) << "deal " << k + 1;
    }
    EXPECT_EQ(got.most_settled, most_settled);

    // Concessions: the cheapest costs of packages that settle the target,
    // kept in cost order unless a cheaper kept move set is inside them. The
    // plain version compares costs (move sets of equal cost may tie).
    const ConcessionsResult con = find_concessions(pb, {3, 10});
    std::set<int> blocked;
    for (const Concession& c : con.blocked) blocked.insert(c.target.at(0));
    for (int i = 0; i < plain.issues(); ++i) {
      double cheapest = 1e300;
      bool settles = false;
      for (const Package& x : plain.all_packages()) {
        if (x[i] < 0 || !plain.rules_hold(x)) continue;
        settles = settles || plain.feasible(x);
        cheapest = std::min(cheapest, plain.move_cost(x));
      }
      EXPECT_EQ(blocked.count(i) == 1, !settles) << "issue " << i;
      if (settles || !blocked.count(i)) continue;
      const Concession& c = *std::find_if(con.blocked.begin(), con.blocked.end(),
                                          [&](const Concession& k) { return k.target[0] == i; });
      EXPECT_EQ(c.possible, cheapest < 1e300) << "issue " << i;
      if (c.possible) {
        ASSERT_FALSE(c.alternatives.empty());
        EXPECT_NEAR(c.alternatives[0].cost, cheapest, 1e-9) << "issue " << i;
        const std::vector<double> costs = plain.cheapest({i}, 3);
        ASSERT_EQ(c.alternatives.size(), costs.size()) << "issue " << i;
        for (size_t k = 0; k < costs.size(); ++k) EXPECT_NEAR(c.alternatives[k].cost, costs[k], 1e-9) << "issue " << i;
        for (const MoveSet& m : c.alternatives) {
          EXPECT_TRUE(plain.rules_hold(m.package));
          EXPECT_NEAR(plain.move_cost(m.package), m.cost, 1e-9);
        }
      }
    }
    double whole = 1e300;
    bool whole_feasible = false;
    for (const Package& x : plain.all_packages()) {
      if (std::count(x.begin(), x.end(), -1) > 0 || !plain.rules_hold(x)) continue;
      whole_feasible = whole_feasible || plain.feasible(x);
      whole = std::min(whole, plain.move_cost(x));
    }
    EXPECT_EQ(con.whole_table.needed, !whole_feasible);
    if (con.whole_table.needed && con.whole_table.possible) {
      ASSERT_FALSE(con.whole_table.alternatives.empty());
      EXPECT_NEAR(con.whole_table.alternatives[0].cost, whole, 1e-9);
      std::vector<int> every(plain.issues());
      for (int i = 0; i < plain.issues(); ++i) every[i] = i;
      const std::vector<double> costs = plain.cheapest(every, 3);
      ASSERT_EQ(con.whole_table.alternatives.size(), costs.size());
      for (size_t k = 0; k < costs.size(); ++k) EXPECT_NEAR(con.whole_table.alternatives[k].cost, costs[k], 1e-9);
    }
    EXPECT_EQ(con.whole_table.possible, whole < 1e300);
  }
}

INSTANTIATE_TEST_SUITE_P(Seeds, DealsMatchEnumeration, ::testing::Range(1, 17));

}  // namespace
}  // namespace positions
