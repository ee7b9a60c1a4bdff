// Many small random catalogs, parties, rules and conditions: the deals, the
// partial deals and the cheapest concessions must equal what a plain
// enumeration of every package finds.
#include <gtest/gtest.h>

#include <algorithm>
#include <array>
#include <cmath>
#include <map>
#include <random>
#include <cstdio>
#include <set>

#include "concessions.hpp"
#include "deals.hpp"
#include "random_dataset.hpp"

namespace positions {
namespace {

struct Checked {
  int rounds = 0;
  size_t deals = 0;
  int blocked = 0;
  int repoints = 0;      // re-pointed conditions among the alternatives checked
  int not_rational = 0;  // alternatives whose package some party would not sign
};
Checked g_checked;

// --- the plain enumeration ------------------------------------------------

struct Plain {
  const Dataset& d;
  const Table& t;
  int issues() const { return static_cast<int>(d.catalog.issues.size()); }
  int n(int i) const { return static_cast<int>(d.catalog.issues[i].options.size()); }
  const Stance* st(int s, int i) const { return t.at[s][i].stance; }
  static bool in(OptionSet set, int o) { return o >= 0 && (set >> o) & 1; }
  int w(int s, int i) const { return st(s, i) ? weight(st(s, i)->priority) : 0; }

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

  // The deciders of (i, o) among the compared slots; `outside` when one is not compared.
  std::vector<int> deciders(int i, int o, bool& outside) const {
    const Issue& is = d.catalog.issues[i];
    const std::vector<std::string>* codes = is.options[o].decided_by_given ? &is.options[o].decided_by
                                            : is.decided_by_given           ? &is.decided_by
                                                                            : nullptr;
    std::vector<int> out;
    outside = false;
    for (int s = 0; s < t.slots(); ++s)
      if (!codes || std::find(codes->begin(), codes->end(), t.party(s).code) != codes->end()) out.push_back(s);
    if (codes)
      for (const auto& c : *codes) {
        bool compared = false;
        for (int s = 0; s < t.slots(); ++s) compared = compared || t.party(s).code == c;
        outside = outside || !compared;
      }
    return out;
  }
  bool decides(int s, int i, int o) const {
    bool outside;
    auto ds = deciders(i, o, outside);
    return std::find(ds.begin(), ds.end(), s) != ds.end();
  }
  OptionSet cond_only(int s, int i) const {
    const Stance* p = st(s, i);
    OptionSet c = 0;
    if (p)
      for (const Conditional& k : p->conditional) c |= k.accepts;
    return p ? c & ~p->acceptable() & ~p->rules_out : 0;
  }
  bool accepts_any(int s, int i, int o) const { return st(s, i) && in(st(s, i)->acceptable() | cond_only(s, i), o); }
  OptionSet red_line(int s, int i) const {
    const Stance* p = st(s, i);
    if (!p) return 0;
    if (p->must_get) return p->must_get;
    return p->priority == Priority::red_line ? p->acceptable() | cond_only(s, i) : 0;
  }
  int na(int i) const {
    for (Term x : t.no_agreement)
      if (x.issue == i) return x.option;
    return -1;
  }

  // The graded value, written out case by case.
  int value(int s, int i, int o) const {
    const Stance* p = st(s, i);
    if (!p) return 0;
    if (o < 0) {
      const int q = na(i);
      return q < 0 || in(cond_only(s, i), q) ? 0 : value(s, i, q);
    }
    const bool ordered = d.catalog.issues[i].ordered;
    if (in(p->wants, o)) return 4;
    if (accepts_any(s, i, o)) {
      bool adjacent = false;
      for (int k = 0; k < n(i); ++k) adjacent = adjacent || (in(p->wants, k) && std::abs(k - o) == 1);
      return ordered && adjacent ? 3 : 2;
    }
    if (in(p->rules_out, o)) {
      if (!ordered) return -4;
      int dist = 99;
      bool any_acc = false;
      for (int k = 0; k < n(i); ++k) any_acc = any_acc || accepts_any(s, i, k);
      for (int k = 0; k < n(i); ++k)
        if (any_acc ? accepts_any(s, i, k) : !in(p->rules_out, k)) dist = std::min(dist, std::abs(k - o));
      if (dist == 99) dist = 3;
      return -(1 + std::min(3, dist));
    }
    return 0;
  }

  bool rules_hold(const Package& x) const {
    for (const Rule& r : d.catalog.rules) {
      const bool a = x[r.term.issue] == r.term.option, b = x[r.other.issue] == r.other.option;
      if (r.kind == RuleKind::excludes && a && b) return false;
      if (r.kind == RuleKind::needs && a && !b) return false;
    }
    return true;
  }

  bool condition_met(const Package& x, int s, int i) const {
    const Stance* p = st(s, i);
    if (!p || x[i] < 0 || !in(cond_only(s, i), x[i])) return true;
    for (const Conditional& c : p->conditional) {
      if (!in(c.accepts, x[i])) continue;
      bool all = true;
      for (Term term : c.if_all) all = all && x[term.issue] == term.option;
      if (all) return true;
    }
    return false;
  }
  bool hard(int s, int i, int o) const { return decides(s, i, o) || red_line(s, i) != 0; }

  bool feasible(const Package& x) const {
    if (!rules_hold(x)) return false;
    for (int i = 0; i < issues(); ++i) {
      for (int s = 0; s < t.slots(); ++s) {
        const OptionSet rl = red_line(s, i);
        if (rl && !in(rl, x[i])) return false;
      }
      if (x[i] < 0) continue;
      bool outside;
      for (int s : deciders(i, x[i], outside))
        if (!accepts_any(s, i, x[i])) return false;
      if (outside) return false;
      for (int s = 0; s < t.slots(); ++s)
        if (hard(s, i, x[i]) && !condition_met(x, s, i)) return false;
    }
    return true;
  }

  std::vector<int> raw(const Package& x) const {
    std::vector<int> r(t.slots(), 0);
    for (int s = 0; s < t.slots(); ++s)
      for (int i = 0; i < issues(); ++i) {
        r[s] += w(s, i) * value(s, i, x[i]);
        if (x[i] >= 0 && !hard(s, i, x[i]) && !condition_met(x, s, i)) r[s] -= w(s, i) * value(s, i, x[i]);
      }
    return r;
  }
  std::vector<int> disagreement() const { return raw(Package(issues(), -1)); }
  bool signable(const Package& x) const {
    if (!feasible(x)) return false;
    const auto r = raw(x), d0 = disagreement();
    bool gains = false;
    for (int s = 0; s < t.slots(); ++s) {
      if (r[s] < d0[s]) return false;
      gains = gains || r[s] > d0[s];
    }
    return gains;
  }

  // The move sets that open a package, as (party, issue, option, kind: 0
  // lift, 1 drop, 2 consent, 3 cross, 4 re-point; the term re-pointed to as
  // issue * 16 + option, else -1), each with its cost: one set per way of
  // meeting each unmet hard condition (drop it, or re-point it); none when
  // a decider of a settled option is not compared or a rule fails.
  // Only the issues in `scope` count (all when empty): a concession for one
  // issue looks at the issues linked to it, the others being independent.
  using Moves = std::vector<std::array<int, 5>>;
  std::vector<bool> scope;
  std::vector<std::pair<Moves, double>> move_sets(const Package& x) const {
    std::vector<std::pair<Moves, double>> ways{{{}, 0.0}};
    auto add = [&](std::array<int, 5> m, double c) {
      for (auto& [set, cost] : ways) set.push_back(m), cost += c;
    };
    if (!rules_hold(x)) return {};
    for (int i = 0; i < issues(); ++i) {
      if (!scope.empty() && !scope[i]) continue;
      for (int s = 0; s < t.slots(); ++s) {
        const OptionSet rl = red_line(s, i);
        if (rl && !in(rl, x[i])) add({s, i, x[i], 3, -1}, 12);
      }
      if (x[i] < 0) continue;
      bool outside;
      for (int s : deciders(i, x[i], outside)) {
        if (st(s, i) && in(st(s, i)->rules_out, x[i])) add({s, i, x[i], 0, -1}, lift_cost(s, i, x[i]));
        else if (!accepts_any(s, i, x[i])) add({s, i, x[i], 2, -1}, std::max(1, w(s, i)));
      }
      if (outside) return {};
      for (int s = 0; s < t.slots(); ++s) {
        if (!hard(s, i, x[i]) || condition_met(x, s, i)) continue;
        std::vector<std::pair<std::array<int, 5>, double>> choices{{{s, i, x[i], 1, -1}, drop_cost(s, i, x[i])}};
        for (const auto& [to, c] : repoint_costs(x, s, i)) choices.push_back({{s, i, x[i], 4, to}, c});
        std::vector<std::pair<Moves, double>> next;
        for (const auto& [set, cost] : ways)
          for (const auto& [m, c] : choices) {
            next.push_back({set, cost + c});
            next.back().first.push_back(m);
          }
        ways = std::move(next);
      }
    }
    for (auto& [set, cost] : ways) std::sort(set.begin(), set.end());
    return ways;
  }
  // The cheapest of them.
  bool moves(const Package& x, Moves& m, double& cost) const {
    const auto ways = move_sets(x);
    if (ways.empty()) return false;
    size_t best = 0;
    for (size_t k = 1; k < ways.size(); ++k)
      if (ways[k].second < ways[best].second) best = k;
    m = ways[best].first;
    cost = ways[best].second;
    return true;
  }
  // Re-pointing s's condition on (i, x[i]): a conditional for that option
  // whose terms all hold but one, (j, a), with j settled on b that s wants or
  // accepts: "accept it if (j, b) instead", costing w(j) x max(1, max(2,
  // v(a)) - v(b)) / 2; per b the cheapest.
  std::map<int, double> repoint_costs(const Package& x, int s, int i) const {
    std::map<int, double> out;
    for (const Conditional& c : st(s, i)->conditional) {
      if (!in(c.accepts, x[i])) continue;
      std::vector<Term> unmet;
      for (Term term : c.if_all)
        if (x[term.issue] != term.option) unmet.push_back(term);
      if (unmet.size() != 1) continue;
      const int j = unmet[0].issue, b = x[j];
      if (b < 0 || !st(s, j) || value(s, j, b) < 2) continue;
      const double cost = w(s, j) * std::max(1, std::max(2, value(s, j, unmet[0].option)) - value(s, j, b)) / 2.0;
      auto [at, fresh] = out.emplace(j * 16 + b, cost);
      if (!fresh) at->second = std::min(at->second, cost);
    }
    return out;
  }

  double lift_cost(int s, int i, int o) const {
    const Stance* p = st(s, i);
    const double wt = w(s, i);
    if (!d.catalog.issues[i].ordered || n(i) < 2) return wt * 2;
    OptionSet near = p->acceptable() | cond_only(s, i);
    int dist = n(i) - 1;
    for (int k = 0; k < n(i); ++k)
      if (in(near, k) || (!near && !in(p->rules_out, k))) dist = std::min(dist, std::abs(k - o));
    return wt * (1.0 + static_cast<double>(dist) / (n(i) - 1));
  }
  // The cheapest alternative's terms, each worth w x max(2, value) / 2 to the party.
  double drop_cost(int s, int i, int o) const {
    double best = 1e300;
    for (const Conditional& c : st(s, i)->conditional) {
      if (!in(c.accepts, o)) continue;
      double give = 0;
      for (Term term : c.if_all) {
        const bool has_stance = st(s, term.issue) != nullptr;
        give += (has_stance ? w(s, term.issue) : w(s, i)) *
                (has_stance ? std::max(2, value(s, term.issue, term.option)) : 2) / 2.0;
      }
      best = std::min(best, give);
    }
    return best;
  }

  // The costs of the cheapest move sets that open a package settling every
  // issue in `target`, cheapest first, skipping any set that holds a cheaper
  // kept one: what the concession search must list.
  std::vector<double> cheapest(const std::vector<int>& target, size_t k) const {
    std::map<Moves, double> sets;
    for (const Package& x : all_packages()) {
      bool settles = true;
      for (int i : target) settles = settles && x[i] >= 0;
      if (settles)
        for (const auto& [m, c] : move_sets(x)) sets.emplace(m, c);
    }
    std::vector<std::pair<double, Moves>> by_cost;
    for (const auto& [m, c] : sets) by_cost.push_back({c, m});
    std::stable_sort(by_cost.begin(), by_cost.end(), [](const auto& a, const auto& b) { return a.first < b.first - 1e-9; });
    std::vector<Moves> kept;
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

  // The inclusion-minimal sets of parties whose own moves open a package settling i.
  std::vector<std::vector<int>> blocking(int i) const {
    std::set<unsigned> opens;
    for (const Package& x : all_packages()) {
      Moves m;
      double c;
      if (x[i] < 0 || !moves(x, m, c)) continue;
      unsigned mask = 0;
      for (const auto& mv : m) mask |= 1u << mv[0];
      opens.insert(mask);
    }
    std::vector<std::vector<int>> out;
    for (unsigned a : opens) {
      if (a == 0) continue;
      bool minimal = true;
      for (unsigned b : opens) minimal = minimal && !(b != a && (a & b) == b);
      if (!minimal) continue;
      std::vector<int> set;
      for (int s = 0; s < t.slots(); ++s)
        if ((a >> s) & 1) set.push_back(s);
      out.push_back(set);
    }
    std::sort(out.begin(), out.end());
    return out;
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

// An alternative's moves are one of the move sets that open its package,
// at that set's cost, and it is marked a deal exactly when its package
// leaves nobody worse off than no agreement.
void check_alternative(const Plain& plain, const MoveSet& m) {
  Plain::Moves got;
  for (const Move& mv : m.moves)
    got.push_back({mv.slot, mv.issue, mv.option, static_cast<int>(mv.kind),
                   mv.kind == Move::repoint_condition ? mv.to.issue * 16 + mv.to.option : -1});
  std::sort(got.begin(), got.end());
  bool found = false;
  const Package x = m.package.whole(plain.issues());
  for (const auto& [set, cost] : plain.move_sets(x))
    if (set == got) {
      found = true;
      EXPECT_NEAR(cost, m.cost, 1e-9);
    }
  EXPECT_TRUE(found) << "the moves listed are not the moves that open the package";
  const std::vector<int> raw = plain.raw(x), d0 = plain.disagreement();
  std::vector<int> worse;
  for (size_t s = 0; s < raw.size(); ++s)
    if (raw[s] < d0[s]) worse.push_back(static_cast<int>(s));
  EXPECT_EQ(m.worse_off, worse);
  EXPECT_EQ(m.rational, worse.empty());
  g_checked.repoints += static_cast<int>(
      std::count_if(m.moves.begin(), m.moves.end(), [](const Move& mv) { return mv.kind == Move::repoint_condition; }));
  g_checked.not_rational += !m.rational;
}

class DealsMatchEnumeration : public ::testing::TestWithParam<int> {};

TEST_P(DealsMatchEnumeration, DealsPartialDealsAndConcessions) {
  std::mt19937 rng(static_cast<unsigned>(GetParam()));
  for (int round = 0; round < 25; ++round) {
    const Dataset data = test::random_dataset(rng);
    std::vector<int> slots;
    for (int p = 0; p + 1 < static_cast<int>(data.parties.size()); ++p) slots.push_back(p);  // never the outsider
    const Table table = make_table(data, slots, *Date::parse("2025-06-01"), &data.scenarios[0]);
    const TermModel model(data.catalog, &table);
    const DealProblem pb = make_deal_problem(table, model);
    Plain plain{data, table, {}};
    SCOPED_TRACE("seed " + std::to_string(GetParam()) + " round " + std::to_string(round));
    EXPECT_EQ(pb.disagreement, plain.disagreement());

    // Deals: distinct utility vectors of signable packages (feasible,
    // individually rational, someone gains), each with its
    // lexicographically first package, Pareto-filtered, ranked.
    std::map<std::vector<int>, Package> first;
    int most_settled = 0;
    for (const Package& x : plain.all_packages()) {
      if (!plain.feasible(x)) continue;
      EXPECT_EQ(raw_utilities(pb, x), plain.raw(x));
      most_settled = std::max<int>(most_settled, static_cast<int>(std::count_if(x.begin(), x.end(), [](int o) { return o >= 0; })));
      if (plain.signable(x)) first.try_emplace(plain.raw(x), x);
    }
    std::vector<std::vector<int>> vectors;
    for (const auto& [v, x] : first) vectors.push_back(v);
    std::vector<bool> counted(pb.parties, false);
    for (int s = 0; s < pb.parties; ++s) {
      int weight_sum = 0;
      for (int i = 0; i < plain.issues(); ++i) weight_sum += plain.w(s, i);
      counted[s] = weight_sum > 0;
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
      EXPECT_TRUE(plain.signable(got.deals[k].package)) << "deal " << k + 1;
    }
    EXPECT_EQ(got.most_settled, most_settled);
    ++g_checked.rounds;
    g_checked.deals += got.deals.size();

    // Concessions: the cheapest costs of packages that settle the target,
    // kept in cost order unless a cheaper kept move set is inside them. The
    // plain version compares costs (move sets of equal cost may tie).
    // Three times: as the searches run, with the direct phase from the start
    // (no instance this small has enough cheapest packages to reach it), and
    // again with its exact bound's table allowed 2 states, so that the
    // per-issue bound stands in (foreseen, or once the table is full).
    for (int pass = 0; pass < 3; ++pass) {
      const int plateau = pass == 0 ? ConcessionOptions{}.plateau : 0;
      const long memo_states = pass == 2 ? 2 : ConcessionOptions{}.memo_states;
      SCOPED_TRACE(pass == 0 ? "listing phase" : pass == 1 ? "direct phase" : "direct phase, per-issue bound");
      const ConcessionsResult con = find_concessions(pb, {3, 10, plateau, memo_states});
      std::set<int> blocked;
      for (const Concession& c : con.blocked) blocked.insert(c.target.at(0));
      for (int i = 0; i < plain.issues(); ++i) {
        plain.scope.assign(plain.issues(), false);
        for (const auto& comp : pb.components)
          if (std::find(comp.begin(), comp.end(), i) != comp.end())
            for (int k : comp) plain.scope[k] = true;
        double cheapest = 1e300;
        bool settles = false;
        for (const Package& x : plain.all_packages()) {
          Plain::Moves m;
          double cost;
          if (x[i] < 0 || !plain.moves(x, m, cost)) continue;
          settles = settles || m.empty();
          cheapest = std::min(cheapest, cost);
        }
        EXPECT_EQ(blocked.count(i) == 1, !settles) << "issue " << i;
        if (settles || !blocked.count(i)) continue;
        const size_t at = static_cast<size_t>(std::find_if(con.blocked.begin(), con.blocked.end(),
                                                           [&](const Concession& k) { return k.target[0] == i; }) -
                                              con.blocked.begin());
        const Concession& c = con.blocked[at];
        EXPECT_EQ(c.possible, cheapest < 1e300) << "issue " << i;
        // Who would have to move: the minimal sets of parties.
        std::vector<std::vector<int>> sets;
        for (const BlockingSet& b : con.blocking.at(at)) sets.push_back(b.parties);
        std::sort(sets.begin(), sets.end());
        EXPECT_EQ(sets, plain.blocking(i)) << "issue " << i;
        if (plateau) ++g_checked.blocked;  // once per issue
        if (c.possible) {
          ASSERT_FALSE(c.alternatives.empty());
          EXPECT_NEAR(c.alternatives[0].cost, cheapest, 1e-9) << "issue " << i;
          const std::vector<double> costs = plain.cheapest({i}, 3);
          ASSERT_EQ(c.alternatives.size(), costs.size()) << "issue " << i;
          for (size_t k = 0; k < costs.size(); ++k) EXPECT_NEAR(c.alternatives[k].cost, costs[k], 1e-9) << "issue " << i;
          for (const MoveSet& m : c.alternatives) check_alternative(plain, m);
        }
      }
      plain.scope.clear();
      double whole = 1e300;
      bool whole_feasible = false;
      for (const Package& x : plain.all_packages()) {
        Plain::Moves m;
        double cost;
        if (std::count(x.begin(), x.end(), -1) > 0 || !plain.moves(x, m, cost)) continue;
        whole_feasible = whole_feasible || m.empty();
        whole = std::min(whole, cost);
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
        for (const MoveSet& m : con.whole_table.alternatives) check_alternative(plain, m);
      }
      EXPECT_EQ(con.whole_table.possible, whole < 1e300);
    }
  }
}

INSTANTIATE_TEST_SUITE_P(Seeds, DealsMatchEnumeration, ::testing::Range(1, 17));

// How much the 16 x 25 random instances exercised, printed once all tests
// ran, so a change that makes the instances trivial shows.
class Coverage : public ::testing::Environment {
 public:
  void TearDown() override {
    if (g_checked.rounds == 0) return;
    std::printf("property test: %d rounds, %zu deals, %d blocked issues (with blocking sets), %d re-pointed "
                "conditions, %d move sets that open no deal checked\n",
                g_checked.rounds, g_checked.deals, g_checked.blocked, g_checked.repoints, g_checked.not_rational);
  }
};
[[maybe_unused]] ::testing::Environment* const coverage = ::testing::AddGlobalTestEnvironment(new Coverage);

}  // namespace
}  // namespace positions
