#include "verdict.hpp"

#include <algorithm>

#include "package_search.hpp"

namespace positions {

namespace {

bool has(OptionSet set, int o) { return (set >> o) & 1; }

OptionBlock why_not(const DealProblem& pb, int slot, int issue, int option) {
  OptionBlock b;
  b.option = option;
  const Consent& c = pb.consent[issue][option];
  b.not_compared = c.not_compared;
  for (int s : c.deciders) {
    const PartyIssue& pi = pb.at[s][issue];
    if (has(pi.rules_out, option)) b.refused_by.push_back(s);
    else if (!pi.stance || !has(pi.wants | pi.accepts | pi.conditional_only, option)) b.no_consent.push_back(s);
  }
  for (int s = 0; s < pb.parties; ++s)
    if (s != slot && pb.at[s][issue].red_line && !has(pb.at[s][issue].red_line, option)) b.other_red_lines.push_back(s);
  b.through_rules = b.refused_by.empty() && b.no_consent.empty() && b.not_compared.empty() && b.other_red_lines.empty();
  return b;
}

}  // namespace

Verdict find_verdict(const DealProblem& pb, const DealsResult& deals, double time_limit) {
  Verdict v;
  v.deal_possible = !deals.deals.empty();
  v.proven = deals.proven;
  for (int i = 0; i < pb.issues; ++i)
    for (int o = 0; o < pb.options(i); ++o)
      if (!pb.consent[i][o].not_compared.empty()) v.unsettleable.push_back({i, o, pb.consent[i][o].not_compared});
  if (v.deal_possible) return v;

  // Components with no feasible package: their red lines collide.
  std::vector<bool> dead(pb.issues, false);
  for (const ComponentDeals& cd : deals.components)
    if (cd.complete && cd.pareto_points == 0)
      for (int i : cd.issues) dead[i] = true;
  for (int i = 0; i < pb.issues; ++i) {
    if (!dead[i]) continue;
    for (int s = 0; s < pb.parties; ++s) {
      const OptionSet rl = pb.at[s][i].red_line;
      if (!rl) continue;
      Collision c;
      c.kind = Collision::red_line;
      c.slot = s;
      c.issue = i;
      c.options = rl;
      for (int o : options_in(rl)) c.blocks.push_back(why_not(pb, s, i, o));
      v.collisions.push_back(std::move(c));
    }
  }
  // Feasible packages exist, but none that everyone would sign.
  // Feasible packages exist, but none that everyone would sign: name who
  // would refuse the package with the largest sum of gains (the sum is
  // additive, so it is each component's frontier point with the largest sum).
  if (v.collisions.empty()) {
    Deadline deadline(time_limit / 2);
    const std::vector<Constraint> all = constraints(pb);
    std::vector<int> raw(pb.parties, 0);
    for (const ComponentPlan& plan : plan_components(pb, all)) {
      const Frontier f = pareto_frontier(pb, all, plan, deadline);
      const FrontierPoint* best = nullptr;
      double best_sum = -1e300;
      for (const FrontierPoint& pt : f.points) {
        double sum = 0;
        for (int s = 0; s < pb.parties; ++s)
          if (pb.total_weight[s] > 0) sum += utility(pb, s, pt.raw[s]);
        if (sum > best_sum + 1e-12) best_sum = sum, best = &pt;
      }
      if (best)
        for (int s = 0; s < pb.parties; ++s) raw[s] += best->raw[s];
    }
    for (int s = 0; s < pb.parties; ++s)
      if (pb.total_weight[s] > 0 && raw[s] < pb.disagreement[s]) {
        Collision c;
        c.kind = Collision::below_no_agreement;
        c.slot = s;
        v.collisions.push_back(c);
      }
    if (v.collisions.empty()) v.collisions.push_back({Collision::nobody_gains, -1, -1, 0, {}});
  }
  // The cheapest moves that make every dead component feasible (its red-line
  // issues settled inside every red line), one component after another.
  std::vector<std::vector<int>> targets;
  for (const ComponentDeals& cd : deals.components) {
    if (!(cd.complete && cd.pareto_points == 0)) continue;
    std::vector<int> t;
    for (int i : cd.issues)
      for (int s = 0; s < pb.parties; ++s)
        if (pb.at[s][i].red_line && std::find(t.begin(), t.end(), i) == t.end()) t.push_back(i);
    if (!t.empty()) targets.push_back(t);
  }
  // No red lines collide where the search finished: whether packages meet
  // them all is known only if every component's search did.
  if (targets.empty() && !std::all_of(deals.components.begin(), deals.components.end(),
                                      [](const ComponentDeals& cd) { return cd.complete; })) {
    v.moves_search = Verdict::MovesSearch::stopped;
    v.moves_proven = false;
  }
  if (!targets.empty()) {
    std::vector<Concession> parts;
    bool possible = true;
    Deadline deadline(time_limit);
    ConcessionFinder finder(pb);
    for (const auto& t : targets) {
      parts.push_back(finder.concede(t, 3, std::max(0.001, deadline.remaining() / 2)));
      possible = possible && !parts.back().alternatives.empty();
    }
    std::vector<MoveSet> acc;
    if (possible) acc = cheapest_combinations(pb, parts, 3);
    if (possible) v.cheapest_moves = std::move(acc);
    // One part that no moves can open settles it; otherwise a part cut short leaves it open.
    const bool forbidden = std::any_of(parts.begin(), parts.end(),
                                       [](const Concession& c) { return c.complete && c.alternatives.empty(); });
    v.moves_proven = std::all_of(parts.begin(), parts.end(), [](const Concession& c) { return c.complete; });
    v.moves_search = !v.cheapest_moves.empty() ? Verdict::MovesSearch::found
                     : forbidden || v.moves_proven ? Verdict::MovesSearch::none_possible
                                                   : Verdict::MovesSearch::stopped;
    if (!v.cheapest_moves.empty() && v.cheapest_moves[0].rational) {
      const std::vector<int> raw = raw_utilities(pb, v.cheapest_moves[0].package.whole(pb.issues));
      bool gains = false;
      for (int s = 0; s < pb.parties; ++s) gains = gains || raw[s] > pb.disagreement[s];
      v.moves_open_a_deal = gains;
    }
  }
  return v;
}

}  // namespace positions
