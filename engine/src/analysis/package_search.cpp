#include "package_search.hpp"

#include <algorithm>

namespace positions {

Deadline::Deadline(double seconds)
    : end_(std::chrono::steady_clock::now() +
           std::chrono::duration_cast<std::chrono::steady_clock::duration>(std::chrono::duration<double>(seconds))) {}

bool Deadline::passed() {
  if (passed_) return true;
  if (++calls_ % 16 == 0) passed_ = std::chrono::steady_clock::now() >= end_;
  return passed_;
}

double Deadline::remaining() const {
  if (passed_) return 0;
  return std::max(0.0, std::chrono::duration<double>(end_ - std::chrono::steady_clock::now()).count());
}

Deadline Deadline::part(double share) const { return Deadline(std::min(share, remaining())); }

std::vector<ComponentPlan> plan_components(const DealProblem& pb, const std::vector<Constraint>& all) {
  std::vector<ComponentPlan> plans(pb.components.size());
  std::vector<int> comp(pb.issues, -1), depth(pb.issues, -1);
  for (size_t c = 0; c < pb.components.size(); ++c) {
    plans[c].issues = pb.components[c];
    plans[c].checks.resize(pb.components[c].size());
    for (size_t d = 0; d < pb.components[c].size(); ++d) {
      comp[pb.components[c][d]] = static_cast<int>(c);
      depth[pb.components[c][d]] = static_cast<int>(d);
    }
  }
  for (size_t k = 0; k < all.size(); ++k) {
    int last = 0;
    for (int i : all[k].issues) last = std::max(last, depth[i]);
    plans[comp[all[k].issues[0]]].checks[last].push_back(static_cast<int>(k));
  }
  return plans;
}

bool covers(const std::vector<int>& x, const std::vector<int>& y) {
  for (size_t p = 0; p < x.size(); ++p)
    if (x[p] < y[p]) return false;
  return true;
}

namespace {

// Depth-first over the component's issues in catalog order, each issue open
// first and then its options in order, so the first package found for a
// utility vector is the lexicographically first.
class FrontierSearch {
 public:
  FrontierSearch(const DealProblem& pb, const std::vector<Constraint>& all, const ComponentPlan& plan,
                 Deadline& deadline)
      : pb_(pb), all_(all), plan_(plan), deadline_(deadline), x_(pb.issues, kOpen), cur_(pb.parties, 0) {
    const size_t n = plan.issues.size();
    // best_rest_[d][p]: the most the issues from depth d on can give p.
    best_rest_.assign(n + 1, std::vector<int>(pb.parties, 0));
    for (size_t d = n; d-- > 0;) {
      const int i = plan.issues[d];
      for (int p = 0; p < pb.parties; ++p)
        best_rest_[d][p] = best_rest_[d + 1][p] + pb.at[p][i].weight * pb.best_value(p, i);
    }
  }

  Frontier run() {
    dfs(0);
    return std::move(out_);
  }

 private:
  void dfs(size_t d) {
    if (!out_.complete) return;
    if (d == plan_.issues.size()) {
      leaf();
      return;
    }
    if (deadline_.passed()) {
      out_.complete = false;
      return;
    }
    const int i = plan_.issues[d];
    std::vector<int> bound(pb_.parties);
    std::vector<int> add(pb_.parties);
    for (int o = kOpen; o < pb_.options(i); ++o) {
      if (o == kOpen && !pb_.open_allowed[i]) continue;
      if (o != kOpen && !(pb_.allowed[i] & (OptionSet{1} << o))) continue;
      x_[i] = o;
      if (!checks_hold(d)) continue;
      for (int p = 0; p < pb_.parties; ++p) add[p] = pb_.at[p][i].weight * pb_.value(p, i, o);
      for (int k : plan_.checks[d])
        if (int loss = soft_loss(pb_, all_[k], x_)) add[pb_.conditions[all_[k].condition].slot] -= loss;
      for (int p = 0; p < pb_.parties; ++p) {
        cur_[p] += add[p];
        bound[p] = cur_[p] + best_rest_[d + 1][p];
      }
      if (!covered(bound)) dfs(d + 1);
      for (int p = 0; p < pb_.parties; ++p) cur_[p] -= add[p];
    }
    x_[i] = kOpen;
  }

  bool checks_hold(size_t d) const {
    for (int k : plan_.checks[d])
      if (!satisfied(pb_, all_[k], x_)) return false;
    return true;
  }

  // Some point found already is at least as good for everyone as anything
  // below: every completion is dominated, or equal to a point found first.
  bool covered(const std::vector<int>& bound) const {
    for (const auto& f : out_.points)
      if (covers(f.raw, bound)) return true;
    return false;
  }

  void leaf() {
    if (covered(cur_)) return;
    std::erase_if(out_.points, [&](const FrontierPoint& f) { return covers(cur_, f.raw); });
    FrontierPoint f;
    f.raw = cur_;
    for (int i : plan_.issues) f.choice.push_back(x_[i]);
    out_.points.push_back(std::move(f));
  }

  const DealProblem& pb_;
  const std::vector<Constraint>& all_;
  const ComponentPlan& plan_;
  Deadline& deadline_;
  Package x_;
  std::vector<int> cur_;
  std::vector<std::vector<int>> best_rest_;
  Frontier out_;
};

class SettledSearch {
 public:
  SettledSearch(const DealProblem& pb, const std::vector<Constraint>& all, const ComponentPlan& plan, int limit,
                Deadline& deadline)
      : pb_(pb), all_(all), plan_(plan), limit_(limit), deadline_(deadline), x_(pb.issues, kOpen) {
    const size_t n = plan.issues.size();
    settleable_rest_.assign(n + 1, 0);
    for (size_t d = n; d-- > 0;)
      settleable_rest_[d] = settleable_rest_[d + 1] + (pb.allowed[plan.issues[d]] ? 1 : 0);
  }

  SettledSets run() {
    dfs(0, 0);
    return std::move(out_);
  }

 private:
  // Options before open here: the search meets large sets early and prunes
  // with them.
  void dfs(size_t d, int settled) {
    if (!out_.complete) return;
    if (settled + settleable_rest_[d] < out_.most) return;
    if (d == plan_.issues.size()) {
      leaf(settled);
      return;
    }
    if (deadline_.passed()) {
      out_.complete = false;
      return;
    }
    const int i = plan_.issues[d];
    for (int o : options_in(pb_.allowed[i])) {
      x_[i] = o;
      if (checks_hold(d)) dfs(d + 1, settled + 1);
    }
    x_[i] = kOpen;
    if (pb_.open_allowed[i] && checks_hold(d)) dfs(d + 1, settled);
  }

  bool checks_hold(size_t d) const {
    for (int k : plan_.checks[d])
      if (!satisfied(pb_, all_[k], x_)) return false;
    return true;
  }

  void leaf(int settled) {
    if (settled > out_.most) {
      out_.most = settled;
      out_.choices.clear();
      sets_.clear();
      out_.more = false;
    }
    std::vector<bool> set;
    for (int i : plan_.issues) set.push_back(x_[i] != kOpen);
    if (std::find(sets_.begin(), sets_.end(), set) != sets_.end()) return;
    if (static_cast<int>(sets_.size()) == limit_) {
      out_.more = true;
      return;
    }
    sets_.push_back(set);
    std::vector<int> choice;
    for (int i : plan_.issues) choice.push_back(x_[i]);
    out_.choices.push_back(std::move(choice));
  }

  const DealProblem& pb_;
  const std::vector<Constraint>& all_;
  const ComponentPlan& plan_;
  int limit_;
  Deadline& deadline_;
  Package x_;
  std::vector<int> settleable_rest_;
  std::vector<std::vector<bool>> sets_;
  SettledSets out_;
};

}  // namespace

Frontier pareto_frontier(const DealProblem& pb, const std::vector<Constraint>& all, const ComponentPlan& plan,
                         Deadline& deadline) {
  return FrontierSearch(pb, all, plan, deadline).run();
}

SettledSets largest_settled(const DealProblem& pb, const std::vector<Constraint>& all, const ComponentPlan& plan,
                            int limit, Deadline& deadline) {
  return SettledSets(SettledSearch(pb, all, plan, limit, deadline).run());
}

}  // namespace positions
