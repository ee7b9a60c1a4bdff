#include "concessions.hpp"

#include <algorithm>
#include <cstdlib>
#include <memory>
#include <queue>
#include <set>

#include "package_search.hpp"

namespace positions {

bool MoveSet::crosses_red_line() const {
  return std::any_of(moves.begin(), moves.end(), [](const Move& m) { return m.red_line; });
}

Move make_move(const DealProblem& pb, Move::Kind kind, int slot, int issue, int option) {
  const PartyIssue& pi = pb.at[slot][issue];
  const Issue& is = pb.catalog().issues[issue];
  const int n = pb.options(issue);
  Move m;
  m.kind = kind;
  m.slot = slot;
  m.issue = issue;
  m.option = option;
  if (kind == Move::drop_condition) {
    m.cost = pi.weight * 0.5;
    return m;
  }
  m.red_line = pi.stance && pi.stance->priority == Priority::red_line;
  if (!is.ordered || n < 2) {
    m.cost = pi.weight * 2.0;
    m.distance = n - 1;
    return m;
  }
  OptionSet near = pi.wants | pi.accepts | pi.conditional_only;
  if (!near) near = ~pi.rules_out & ((n >= 64 ? ~OptionSet{0} : (OptionSet{1} << n) - 1));
  m.distance = n - 1;
  for (int o : options_in(near)) m.distance = std::min(m.distance, std::abs(o - option));
  m.cost = pi.weight * (1.0 + static_cast<double>(m.distance) / (n - 1));
  return m;
}

namespace {

constexpr double kTie = 1e-9;

// Best-first over the packages of one component that settle the target,
// ruled-out options allowed at the cost of lifting them and unmet
// conditions at the cost of dropping them. Packages leave the queue cheapest
// first, so a move set is kept unless a cheaper kept one is inside it.
class ConcessionSearch {
 public:
  ConcessionSearch(const DealProblem& pb, const std::vector<Constraint>& all, const ComponentPlan& plan,
                   const std::vector<int>& target, Deadline& deadline)
      : pb_(pb), all_(all), plan_(plan), deadline_(deadline), x_(pb.issues, kOpen) {
    const size_t n = plan.issues.size();
    // boundary_[d]: depths below d whose values a check at d or later reads.
    std::vector<int> depth_of(pb.issues, -1);
    for (size_t d = 0; d < n; ++d) depth_of[plan.issues[d]] = static_cast<int>(d);
    std::vector<int> last_read(n, -1);
    for (size_t d = 0; d < n; ++d)
      for (int k : plan.checks[d])
        for (int i : all[k].issues) last_read[depth_of[i]] = std::max(last_read[depth_of[i]], static_cast<int>(d));
    boundary_.resize(n + 1);
    for (size_t d = 0; d <= n; ++d)
      for (size_t e = 0; e < d; ++e)
        if (last_read[e] >= static_cast<int>(d)) boundary_[d].push_back(static_cast<int>(e));
    is_target_.assign(n, false);
    for (size_t d = 0; d < n; ++d)
      is_target_[d] = std::find(target.begin(), target.end(), plan.issues[d]) != target.end();
    // Off the target, an option is worth choosing only when a rule requires
    // it or a condition names it; any other can be left open at no cost and
    // with no rule or condition broken, so it only adds moves.
    useful_.assign(pb.issues, 0);
    for (const Rule& r : pb.catalog().rules)
      if (r.kind == RuleKind::needs) useful_[r.other.issue] |= OptionSet{1} << r.other.option;
    for (const Condition& c : pb.conditions)
      for (const auto& alt : c.alternatives)
        for (Term t : alt) useful_[t.issue] |= OptionSet{1} << t.option;
    lower_.assign(n + 1, 0);
    for (size_t d = n; d-- > 0;) {
      double cheapest = 0;
      if (is_target_[d]) {
        cheapest = 1e300;
        for (int o = 0; o < pb.options(plan.issues[d]); ++o) cheapest = std::min(cheapest, lift_cost(plan.issues[d], o));
      }
      lower_[d] = lower_[d + 1] + cheapest;
    }
  }

  Concession run(int alternatives) {
    Concession out;
    push({-1, kOpen, 0, 0.0, {}});
    while (!queue_.empty() && static_cast<int>(out.alternatives.size()) < alternatives) {
      if (deadline_.passed() || nodes_.size() > 1'000'000) {
        out.complete = false;
        break;
      }
      const Entry e = queue_.top();
      queue_.pop();
      if (e.leaf) {
        keep(e, out);
        if (!out.alternatives.empty() && out.alternatives[0].moves.empty()) {
          out.needed = false;
          break;
        }
        continue;
      }
      expand(e.node);
    }
    out.possible = !(out.complete && out.alternatives.empty());
    return out;
  }

 private:
  struct Node {
    int parent;
    int option;
    int depth;  // issues of the component with a value
    double cost;
    std::vector<Move> moves;  // added at this step
  };
  struct Entry {
    double priority;
    bool leaf;
    int node;
    int depth;
    std::shared_ptr<std::vector<int>> package;  // leaves: the component's options
  };
  struct After {
    bool operator()(const Entry& a, const Entry& b) const {
      if (std::abs(a.priority - b.priority) > kTie) return a.priority > b.priority;
      if (a.leaf != b.leaf) return a.leaf;
      if (a.leaf) return *b.package < *a.package;
      if (a.depth != b.depth) return a.depth < b.depth;  // dive: ties are mostly free choices
      return a.node > b.node;
    }
  };

  double lift_cost(int issue, int option) const {
    double c = 0;
    for (int p = 0; p < pb_.parties; ++p)
      if (pb_.at[p][issue].rules_out & (OptionSet{1} << option)) c += make_move(pb_, Move::lift, p, issue, option).cost;
    return c;
  }

  // The options chosen on the way to `node`, per depth (kOpen beyond).
  std::vector<int> choices_of(int node) const {
    std::vector<int> c(plan_.issues.size(), kOpen);
    for (int n = node; n >= 0 && nodes_[n].depth > 0; n = nodes_[n].parent) c[nodes_[n].depth - 1] = nodes_[n].option;
    return c;
  }

  std::vector<Move> moves_of(int node) const {
    std::vector<Move> m;
    for (int n = node; n >= 0; n = nodes_[n].parent) m.insert(m.end(), nodes_[n].moves.begin(), nodes_[n].moves.end());
    std::sort(m.begin(), m.end());
    return m;
  }

  // Two nodes at one depth with the same moves and the same values where
  // later checks look have the same futures: only the first is searched.
  // This folds the many free choices (open, or options nobody rules out)
  // that would otherwise multiply.
  bool seen_before(const Node& n, int parent) {
    std::vector<int> sig{n.depth};
    std::vector<int> c = choices_of(parent);
    if (n.depth > 0) c[n.depth - 1] = n.option;
    for (int e : boundary_[n.depth]) sig.push_back(c[e]);
    std::vector<Move> m = moves_of(parent);
    m.insert(m.end(), n.moves.begin(), n.moves.end());
    std::sort(m.begin(), m.end());
    for (const Move& mv : m) sig.insert(sig.end(), {mv.slot, mv.issue, mv.option, static_cast<int>(mv.kind)});
    return !seen_.insert(std::move(sig)).second;
  }

  void push(Node n) {
    if (seen_before(n, n.parent)) return;
    nodes_.push_back(std::move(n));
    const int id = static_cast<int>(nodes_.size()) - 1;
    const Node& node = nodes_.back();
    Entry e{node.cost + lower_[node.depth], false, id, node.depth, nullptr};
    if (node.depth == static_cast<int>(plan_.issues.size())) {
      e.leaf = true;
      e.package = std::make_shared<std::vector<int>>(choices_of(id));
    }
    queue_.push(std::move(e));
  }

  void expand(int id) {
    const int d = nodes_[id].depth;
    const int i = plan_.issues[d];
    const std::vector<int> c = choices_of(id);
    for (size_t k = 0; k < c.size(); ++k) x_[plan_.issues[k]] = c[k];
    Package& x = x_;
    for (int o = is_target_[d] ? 0 : kOpen; o < pb_.options(i); ++o) {
      if (o != kOpen && !is_target_[d] && !(useful_[i] & (OptionSet{1} << o))) continue;
      x[i] = o;
      Node child{id, o, d + 1, nodes_[id].cost, {}};
      bool ok = true;
      if (o != kOpen)
        for (int p = 0; p < pb_.parties; ++p)
          if (pb_.at[p][i].rules_out & (OptionSet{1} << o)) child.moves.push_back(make_move(pb_, Move::lift, p, i, o));
      for (int k : plan_.checks[d]) {
        if (satisfied(pb_, all_[k], x)) continue;
        if (all_[k].kind != Constraint::party_condition) {
          ok = false;  // the catalog's rules are facts, not positions
          break;
        }
        const Condition& c = pb_.conditions[all_[k].condition];
        child.moves.push_back(make_move(pb_, Move::drop_condition, c.slot, c.issue, c.option));
      }
      if (!ok) continue;
      for (const Move& m : child.moves) child.cost += m.cost;
      push(std::move(child));
    }
    for (int k : plan_.issues) x_[k] = kOpen;
  }

  void keep(const Entry& e, Concession& out) {
    MoveSet ms;
    ms.moves = moves_of(e.node);
    ms.cost = nodes_[e.node].cost;
    ms.package.assign(pb_.issues, kOpen);
    for (size_t k = 0; k < e.package->size(); ++k) ms.package[plan_.issues[k]] = (*e.package)[k];
    for (const MoveSet& kept : out.alternatives)
      if (std::includes(ms.moves.begin(), ms.moves.end(), kept.moves.begin(), kept.moves.end())) return;
    out.alternatives.push_back(std::move(ms));
  }

  const DealProblem& pb_;
  const std::vector<Constraint>& all_;
  const ComponentPlan& plan_;
  Deadline& deadline_;
  std::vector<bool> is_target_;
  std::vector<double> lower_;  // [depth]: the least the target issues from there on cost
  std::vector<OptionSet> useful_;  // per issue
  std::vector<std::vector<int>> boundary_;
  Package x_;  // scratch: the package being extended
  std::set<std::vector<int>> seen_;
  std::vector<Node> nodes_;
  std::priority_queue<Entry, std::vector<Entry>, After> queue_;
};

Concession concede_in(const DealProblem& pb, const std::vector<Constraint>& all, const ComponentPlan& plan,
                      const std::vector<int>& target, int alternatives, Deadline& deadline) {
  Concession c = ConcessionSearch(pb, all, plan, target, deadline).run(alternatives);
  c.target = target;
  return c;
}

// The cheapest combinations of one alternative per component.
std::vector<MoveSet> cheapest_combinations(const std::vector<Concession>& parts, int k, int issues) {
  std::vector<MoveSet> acc(1);
  acc[0].package.assign(issues, kOpen);
  for (const Concession& part : parts) {
    std::vector<MoveSet> next;
    for (const MoveSet& a : acc)
      for (const MoveSet& b : part.alternatives) {
        MoveSet m = a;
        m.moves.insert(m.moves.end(), b.moves.begin(), b.moves.end());
        std::sort(m.moves.begin(), m.moves.end());
        m.cost += b.cost;
        for (int i = 0; i < issues; ++i)
          if (b.package[i] != kOpen) m.package[i] = b.package[i];
        next.push_back(std::move(m));
      }
    std::stable_sort(next.begin(), next.end(), [](const MoveSet& a, const MoveSet& b) { return a.cost < b.cost - kTie; });
    if (static_cast<int>(next.size()) > k) next.resize(k);
    acc = std::move(next);
  }
  return acc;
}

}  // namespace

Concession concede(const DealProblem& pb, const std::vector<int>& target, int alternatives, double time_limit) {
  Deadline deadline(time_limit);
  const std::vector<Constraint> all = constraints(pb);
  const std::vector<ComponentPlan> plans = plan_components(pb, all);
  for (const ComponentPlan& plan : plans)
    if (std::find(plan.issues.begin(), plan.issues.end(), target.at(0)) != plan.issues.end())
      return concede_in(pb, all, plan, target, alternatives, deadline);
  return {};
}

ConcessionsResult find_concessions(const DealProblem& pb, const ConcessionOptions& options) {
  Deadline deadline(options.time_limit);
  const std::vector<Constraint> all = constraints(pb);
  const std::vector<ComponentPlan> plans = plan_components(pb, all);
  ConcessionsResult out;
  std::vector<Concession> parts;
  // One hard target must not starve the others.
  const double share = options.time_limit / 20;
  for (const ComponentPlan& plan : plans) {
    for (int i : plan.issues) {
      Deadline part = deadline.part(share);
      Concession c = concede_in(pb, all, plan, {i}, options.alternatives, part);
      if (c.needed) out.blocked.push_back(std::move(c));
    }
    Deadline part = deadline.part(share);
    parts.push_back(concede_in(pb, all, plan, plan.issues, options.alternatives, part));
  }
  Concession& whole = out.whole_table;
  for (int i = 0; i < pb.issues; ++i) whole.target.push_back(i);
  whole.needed = false;
  for (const Concession& c : parts) {
    whole.needed = whole.needed || c.needed;
    whole.possible = whole.possible && c.possible;
    whole.complete = whole.complete && c.complete;
  }
  if (whole.needed && whole.possible) whole.alternatives = cheapest_combinations(parts, options.alternatives, pb.issues);
  return out;
}

}  // namespace positions
