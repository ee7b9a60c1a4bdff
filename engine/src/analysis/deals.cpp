#include "deals.hpp"

#include <algorithm>
#include <cmath>
#include <limits>
#include <memory>
#include <queue>

#include "package_search.hpp"

namespace positions {

bool DealsResult::settles_everything() const { return most_settled == issues; }

namespace {

constexpr double kInf = std::numeric_limits<double>::infinity();
// Memory guard for the combination: utilities stored for this many parties
// x nodes at most (4 bytes each).
constexpr size_t kMaxStored = 24'000'000;

double slack(double v) { return std::isinf(v) ? v : v + 1e-8 * (1 + std::abs(v)); }

// Combines the components' Pareto frontiers into whole packages, best-first:
// a node fixes the first `depth` branching components; its bound is an upper
// bound on the score of every package below it, so packages leave the queue
// fairest first, and a package dominated by another leaves after it.
class Combiner {
 public:
  Combiner(const DealProblem& pb, const std::vector<ComponentPlan>& plans, const std::vector<Frontier>& fronts,
           const std::vector<bool>& counted, Deadline& deadline)
      : pb_(pb), plans_(plans), fronts_(fronts), counted_(counted), deadline_(deadline) {
    base_.assign(pb.issues, kOpen);
    fixed_.assign(pb.parties, 0);
    for (size_t c = 0; c < fronts.size(); ++c) {
      if (fronts[c].points.size() > 1) {
        branching_.push_back(static_cast<int>(c));
        continue;
      }
      if (fronts[c].points.empty()) continue;
      const FrontierPoint& f = fronts[c].points[0];
      for (int p = 0; p < pb.parties; ++p) fixed_[p] += f.raw[p];
      for (size_t k = 0; k < f.choice.size(); ++k) base_[plans[c].issues[k]] = f.choice[k];
    }
    incumbent();
    const size_t b = branching_.size();
    rest_max_.assign(b + 1, std::vector<int>(pb.parties, 0));
    rest_lin_.assign(b + 1, 0);
    for (size_t d = b; d-- > 0;) {
      double best_lin = -kInf;
      for (int p = 0; p < pb.parties; ++p) rest_max_[d][p] = rest_max_[d + 1][p];
      for (const auto& f : fronts[branching_[d]].points) {
        double lin = 0;
        for (int p = 0; p < pb.parties; ++p) {
          rest_max_[d][p] = std::max(rest_max_[d][p], rest_max_[d + 1][p] + f.raw[p]);
          if (counted_[p]) lin += lambda_[p] * f.raw[p];
        }
        best_lin = std::max(best_lin, lin);
      }
      rest_lin_[d] = rest_lin_[d + 1] + best_lin;
    }
  }

  void run(int top, DealsResult& out) {
    push_node(-1, -1, 0, fixed_);
    while (!queue_.empty() && static_cast<int>(out.deals.size()) < top) {
      if (deadline_.passed() || nodes_.size() * static_cast<size_t>(pb_.parties + 4) > kMaxStored) {
        out.proven = false;
        out.bound = queue_.top().score;
        break;
      }
      Entry e = queue_.top();
      queue_.pop();
      if (e.leaf) {
        accept(e, out);
        continue;
      }
      const Node n = nodes_[e.node];
      const int c = branching_[n.depth];
      for (int k = 0; k < static_cast<int>(fronts_[c].points.size()); ++k) {
        std::vector<int> sums = sums_[e.node];
        for (int p = 0; p < pb_.parties; ++p) sums[p] += fronts_[c].points[k].raw[p];
        push_node(e.node, k, n.depth + 1, sums);
      }
    }
    out.proven_deals = static_cast<int>(out.deals.size());
    if (!out.proven) add_unproven(top, out);
  }

 private:
  struct Node {
    int parent = -1;
    int point = -1;
    int depth = 0;
  };
  struct Entry {
    Score score;
    bool leaf = false;
    int node = -1;
    int depth = 0;
    std::shared_ptr<Package> package;  // leaves only
  };
  struct Before {
    // true when b leaves the queue before a
    bool operator()(const Entry& a, const Entry& b) const {
      const int c = compare_scores(a.score, b.score);
      if (c != 0) return c < 0;
      if (a.leaf != b.leaf) return a.leaf;  // nodes first: they may hold a tie with a smaller package
      if (a.leaf) return *b.package < *a.package;
      if (a.depth != b.depth) return a.depth < b.depth;
      return a.node > b.node;
    }
  };

  void push_node(int parent, int point, int depth, const std::vector<int>& sums) {
    // No package below leaves every party at least at its no-agreement value.
    for (int p = 0; p < pb_.parties; ++p)
      if (sums[p] + rest_max_[depth][p] < pb_.disagreement[p]) return;
    nodes_.push_back({parent, point, depth});
    sums_.push_back(sums);
    const int id = static_cast<int>(nodes_.size()) - 1;
    Entry e;
    e.node = id;
    e.depth = depth;
    if (depth == static_cast<int>(branching_.size())) {
      e.leaf = true;
      e.package = std::make_shared<Package>(package_of(id));
      e.score = score(pb_, counted_, sums);
    } else {
      e.score = bound(depth, sums);
    }
    queue_.push(std::move(e));
  }

  // An upper bound on the score of every package below: the parties that
  // could still gain, the product of their largest possible gains (and, when
  // every party could gain, the linear bound), the least and the sum of the
  // largest gains.
  Score bound(int depth, const std::vector<int>& sums) const {
    double box = 0, lin = f0_, lo = kInf, total = 0;
    int positive = 0, counted = 0;
    for (int p = 0; p < pb_.parties; ++p) {
      if (!counted_[p]) continue;
      ++counted;
      const double g = gain(pb_, p, sums[p] + rest_max_[depth][p]);
      if (g > 0) ++positive, box += std::log(g);
      lin += lambda_[p] * (sums[p] - pb_.disagreement[p]) - 1;
      lo = std::min(lo, g);
      total += g;
    }
    if (counted == 0) return Score{0, 0, 0, 0, false};
    lin += rest_lin_[depth];
    const double log_bound = positive == counted && lin_ok_ ? std::min(box, lin) : box;
    return Score{positive, slack(log_bound), slack(lo), slack(total), positive == counted};
  }

  Package package_of(int node) const {
    Package x = base_;
    for (int n = node; n >= 0 && nodes_[n].point >= 0; n = nodes_[n].parent) {
      const int c = branching_[nodes_[n].depth - 1];
      const auto& choice = fronts_[c].points[nodes_[n].point].choice;
      for (size_t k = 0; k < choice.size(); ++k) x[plans_[c].issues[k]] = choice[k];
    }
    return x;
  }

  void accept(const Entry& e, DealsResult& out) {
    const std::vector<int>& raw = sums_[e.node];
    if (!rational(pb_, raw) || e.score.positive == 0) return;  // someone would refuse it, or nobody gains
    for (const Deal& d : out.deals)
      if (covers(d.raw, raw)) return;  // dominated, or equal to a fairer-listed one
    Deal d;
    d.package = *e.package;
    finish(d);
    out.deals.push_back(std::move(d));
  }

  void finish(Deal& d) const {
    d.raw = raw_utilities(pb_, d.package);
    for (int p = 0; p < pb_.parties; ++p) d.utility.push_back(utility(pb_, p, d.raw[p]));
    d.score = score(pb_, counted_, d.raw);
  }

  // Cut short: after the proven deals, the best packages met on the way: the
  // greedy package and every package one component away from it, kept if
  // nothing else found beats them for everyone.
  void add_unproven(int top, DealsResult& out) {
    // Scores come from the utilities alone (greedy plus one swap), so only
    // the fairest few packages are ever built; the dominance check below is
    // quadratic.
    struct Candidate {
      std::vector<int> raw;
      Score score;
      int depth = -1, point = -1;  // the swap; -1: the greedy package itself
    };
    const std::vector<int> greedy_raw = raw_utilities(pb_, greedy_package_);
    std::vector<Candidate> found{{greedy_raw, score(pb_, counted_, greedy_raw)}};
    auto signable = [&](const Candidate& c) { return rational(pb_, c.raw) && c.score.positive > 0; };
    for (size_t d = 0; d < branching_.size(); ++d) {
      const auto& pts = fronts_[branching_[d]].points;
      for (int k = 0; k < static_cast<int>(pts.size()); ++k) {
        if (k == pick_[d]) continue;
        Candidate c{greedy_raw, {}, static_cast<int>(d), k};
        for (int p = 0; p < pb_.parties; ++p) c.raw[p] += pts[k].raw[p] - pts[pick_[d]].raw[p];
        c.score = score(pb_, counted_, c.raw);
        if (signable(c)) found.push_back(std::move(c));
      }
    }
    if (!signable(found[0])) found.erase(found.begin());
    const size_t keep = std::min(found.size(), static_cast<size_t>(4 * top + 4));
    std::partial_sort(found.begin(), found.begin() + static_cast<long>(keep), found.end(),
                      [](const Candidate& a, const Candidate& b) { return compare_scores(a.score, b.score) > 0; });
    found.resize(keep);
    std::vector<Deal> more;
    for (const Candidate& c : found) {
      Deal d;
      d.package = greedy_package_;
      if (c.depth >= 0) {
        const int comp = branching_[c.depth];
        const auto& choice = fronts_[comp].points[c.point].choice;
        for (size_t k = 0; k < choice.size(); ++k) d.package[plans_[comp].issues[k]] = choice[k];
      }
      finish(d);
      more.push_back(std::move(d));
    }
    auto fairer = [](const Deal& a, const Deal& b) {
      const int c = compare_scores(a.score, b.score);
      return c != 0 ? c > 0 : a.package < b.package;
    };
    for (const Deal& d : out.deals) more.push_back(d);
    std::vector<Deal> kept;
    for (const Deal& d : more) {
      bool beaten = false;
      for (const Deal& e : more) beaten = beaten || (covers(e.raw, d.raw) && e.raw != d.raw);
      if (beaten) continue;
      bool same = false;
      for (const Deal& e : kept) same = same || e.raw == d.raw;
      if (!same && d.score.log_nash == d.score.log_nash) kept.push_back(d);
    }
    std::stable_sort(kept.begin(), kept.end(), fairer);
    // The proven deals keep their places at the top.
    std::vector<Deal> result(out.deals.begin(), out.deals.end());
    for (Deal& d : kept) {
      if (static_cast<int>(result.size()) >= top) break;
      bool listed = false;
      for (const Deal& e : result) listed = listed || e.raw == d.raw;
      if (!listed) result.push_back(std::move(d));
    }
    out.deals = std::move(result);
  }

  // A good package found by coordinate ascent on the smoothed Nash product;
  // its utilities are the point where the linear bound touches the score.
  void incumbent() {
    const size_t b = branching_.size();
    std::vector<int> pick(b, 0);
    std::vector<int> sums = fixed_;
    auto gain = [&](const std::vector<int>& s) {
      double g = 0;
      for (int p = 0; p < pb_.parties; ++p)
        if (counted_[p]) {
          const int over = s[p] - pb_.disagreement[p];
          g += over >= 0 ? std::log(1.0 + over) : -1e6 + over;  // below no agreement: refused
        }
      return g;
    };
    for (size_t d = 0; d < b; ++d) {
      const auto& pts = fronts_[branching_[d]].points;
      double best = -kInf;
      for (size_t k = 0; k < pts.size(); ++k) {
        double v = 0;
        for (int p = 0; p < pb_.parties; ++p)
          if (counted_[p]) v += static_cast<double>(pts[k].raw[p]) / pb_.total_weight[p];
        if (v > best) best = v, pick[d] = static_cast<int>(k);
      }
      for (int p = 0; p < pb_.parties; ++p) sums[p] += pts[pick[d]].raw[p];
    }
    for (int pass = 0; pass < 2; ++pass)
      for (size_t d = 0; d < b; ++d) {
        const auto& pts = fronts_[branching_[d]].points;
        for (int p = 0; p < pb_.parties; ++p) sums[p] -= pts[pick[d]].raw[p];
        double best = -kInf;
        std::vector<int> trial(sums);
        for (size_t k = 0; k < pts.size(); ++k) {
          for (int p = 0; p < pb_.parties; ++p) trial[p] = sums[p] + pts[k].raw[p];
          const double g = gain(trial);
          if (g > best) best = g, pick[d] = static_cast<int>(k);
        }
        for (int p = 0; p < pb_.parties; ++p) sums[p] += pts[pick[d]].raw[p];
      }
    tighten(sums);
    pick_ = pick;
    greedy_package_ = base_;
    for (size_t d = 0; d < b; ++d) {
      const int c = branching_[d];
      const auto& choice = fronts_[c].points[pick[d]].choice;
      for (size_t k = 0; k < choice.size(); ++k) greedy_package_[plans_[c].issues[k]] = choice[k];
    }
  }

  // The linear bound f(U) <= f(U0) + sum_p (U_p - U0_p) / U0_p holds for any
  // U0 > 0 (f is concave); it is tightest at the optimum of the relaxation
  // where each component may mix its frontier points. Frank-Wolfe steps
  // towards that optimum from the incumbent, keeping the U0 whose bound is
  // lowest.
  void tighten(const std::vector<int>& start) {
    // Works on gains over no agreement (raw units), G0 >= 1.
    std::vector<double> u(pb_.parties);
    for (int p = 0; p < pb_.parties; ++p) u[p] = std::max(start[p] - pb_.disagreement[p], 1);
    double best_bound = kInf;
    std::vector<double> best_u = u;
    std::vector<double> vertex(pb_.parties);
    for (int it = 0; it < 60; ++it) {
      double f = 0, gain = 0;
      for (int p = 0; p < pb_.parties; ++p) vertex[p] = fixed_[p] - pb_.disagreement[p];
      for (int c : branching_) {
        const FrontierPoint* arg = nullptr;
        double best = -kInf;
        for (const auto& pt : fronts_[c].points) {
          double v = 0;
          for (int p = 0; p < pb_.parties; ++p)
            if (counted_[p]) v += pt.raw[p] / u[p];
          if (v > best) best = v, arg = &pt;
        }
        for (int p = 0; p < pb_.parties; ++p) vertex[p] += arg->raw[p];
      }
      for (int p = 0; p < pb_.parties; ++p) {
        if (!counted_[p]) continue;
        f += std::log(utility(pb_, p, 1) * u[p]);
        gain += (vertex[p] - u[p]) / u[p];
      }
      if (f + gain < best_bound) best_bound = f + gain, best_u = u;
      const double step = 2.0 / (it + 3);
      for (int p = 0; p < pb_.parties; ++p) u[p] = std::max(1.0, u[p] + step * (vertex[p] - u[p]));
    }
    lambda_.assign(pb_.parties, 0);
    f0_ = 0;
    for (int p = 0; p < pb_.parties; ++p) {
      if (!counted_[p]) continue;
      lambda_[p] = 1.0 / best_u[p];
      f0_ += std::log(utility(pb_, p, 1) * best_u[p]);
    }
  }

  const DealProblem& pb_;
  const std::vector<ComponentPlan>& plans_;
  const std::vector<Frontier>& fronts_;
  const std::vector<bool>& counted_;
  Deadline& deadline_;
  std::vector<int> branching_;  // components with more than one frontier point
  Package base_;                // the other components' parts
  std::vector<int> fixed_;      // what `base_` gives each party
  std::vector<std::vector<int>> rest_max_;
  std::vector<double> rest_lin_;
  std::vector<double> lambda_;
  double f0_ = 0;
  bool lin_ok_ = true;
  Package greedy_package_;
  std::vector<int> pick_;  // the greedy package's point, per branching component
  std::vector<Node> nodes_;
  std::vector<std::vector<int>> sums_;
  std::priority_queue<Entry, std::vector<Entry>, Before> queue_;
};

}  // namespace

DealsResult find_deals(const DealProblem& pb, const DealOptions& options) {
  Deadline deadline(options.time_limit);
  const std::vector<Constraint> all = constraints(pb);
  const std::vector<ComponentPlan> plans = plan_components(pb, all);
  DealsResult out;
  out.issues = pb.issues;
  std::vector<Frontier> fronts;
  // One large component must not starve the others, nor the combination.
  const double share = options.time_limit / 4;
  bool dead = false;
  for (const ComponentPlan& plan : plans) {
    Deadline part = deadline.part(share);
    fronts.push_back(pareto_frontier(pb, all, plan, part));
    Deadline part2 = deadline.part(share);
    const SettledSets sets = largest_settled(pb, all, plan, 3, part2);
    ComponentDeals cd;
    cd.issues = plan.issues;
    cd.pareto_points = static_cast<int>(fronts.back().points.size());
    cd.complete = fronts.back().complete && sets.complete;
    cd.most_settled = sets.most;
    cd.more_largest = sets.more;
    for (const auto& choice : sets.choices) {
      SettledAlternative alt;
      alt.part = SettledTerms::of(plan.issues, choice);
      for (size_t k = 0; k < choice.size(); ++k) (choice[k] == kOpen ? alt.open : alt.settled).push_back(plan.issues[k]);
      cd.largest.push_back(std::move(alt));
    }
    out.most_settled += sets.most;
    if (sets.complete && sets.choices.empty()) dead = true;  // no feasible part: no package settles anything
    if (!cd.complete) out.proven = false;
    out.components.push_back(std::move(cd));
  }
  if (dead) out.most_settled = 0;
  out.best_raw.assign(pb.parties, 0);
  for (const Frontier& f : fronts)
    for (int p = 0; p < pb.parties; ++p) {
      int best = f.points.empty() ? 0 : std::numeric_limits<int>::min();
      for (const auto& pt : f.points) best = std::max(best, pt.raw[p]);
      out.best_raw[p] += best;
    }
  // Every party with a stance counts: none is left out of the measure.
  out.counted.assign(pb.parties, false);
  for (int p = 0; p < pb.parties; ++p) out.counted[p] = pb.total_weight[p] > 0;

  const bool frontiers_complete = out.proven;
  // A component with no feasible part (a red line no package meets, an
  // issue nobody may settle yet must settle): no package at all.
  bool some_empty = false;
  for (const Frontier& f : fronts) some_empty = some_empty || (f.complete && f.points.empty());
  if (some_empty) return out;
  Combiner combiner(pb, plans, fronts, out.counted, deadline);
  combiner.run(std::max(options.top, 0), out);
  if (out.proven) out.proven_deals = static_cast<int>(out.deals.size());
  if (!frontiers_complete) {
    out.proven_deals = 0;
    // A frontier cut short: bound that component by what each of its issues
    // could give; the others by their frontiers' best.
    std::vector<int> most(pb.parties, 0);
    for (size_t c = 0; c < plans.size(); ++c)
      for (int p = 0; p < pb.parties; ++p) {
        int best = fronts[c].complete && !fronts[c].points.empty() ? std::numeric_limits<int>::min() : 0;
        if (fronts[c].complete) {
          for (const auto& pt : fronts[c].points) best = std::max(best, pt.raw[p]);
        } else {
          for (int i : plans[c].issues) best += pb.at[p][i].weight * pb.best_value(p, i);
        }
        most[p] += best;
      }
    Score s = score(pb, out.counted, most);
    out.bound = s;
  }
  return out;
}

}  // namespace positions
