#include "concessions.hpp"

#include <algorithm>
#include <bit>
#include <cstdint>
#include <cstdlib>
#include <memory>
#include <queue>
#include <set>
#include <string>
#include <unordered_map>

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
  switch (kind) {
    case Move::cross_red_line:
      m.red_line = true;
      m.cost = kRedLinePrice;
      return m;
    case Move::consent:
      m.cost = std::max(1, pi.weight);
      return m;
    case Move::drop_condition: {
      // What it gives up: the terms it asked in return, valued on its own
      // scale (at least as an accepted term, since it asked for them), the
      // cheapest alternative; a term of an issue it is silent on weighs what
      // the accepted issue weighs.
      double best = 1e300;
      for (const Condition& c : pb.conditions) {
        if (c.slot != slot || c.issue != issue || c.option != option) continue;
        for (const auto& alt : c.alternatives) {
          double give = 0;
          for (Term t : alt) {
            const PartyIssue& ti = pb.at[slot][t.issue];
            const int w = ti.stance ? ti.weight : pi.weight;
            const int v = ti.stance ? std::max(kAccepted, ti.values[t.option]) : kAccepted;
            give += w * v / 2.0;
          }
          best = std::min(best, give);
        }
      }
      m.cost = best == 1e300 ? 0 : best;
      return m;
    }
    case Move::repoint_condition:  // its cost depends on the package: repoint_moves()
    case Move::lift: break;
  }
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

std::vector<Move> repoint_moves(const DealProblem& pb, int slot, int issue, int option, const Package& x) {
  std::vector<Move> out;
  for (const Condition& c : pb.conditions) {
    if (c.slot != slot || c.issue != issue || c.option != option) continue;
    for (const auto& alt : c.alternatives) {
      const Term* unmet = nullptr;
      int count = 0;
      for (const Term& t : alt)
        if (!holds(x, t)) unmet = &t, ++count;
      if (count != 1 || x[unmet->issue] == kOpen) continue;
      const PartyIssue& ti = pb.at[slot][unmet->issue];
      const Term to{unmet->issue, x[unmet->issue]};
      if (!ti.stance || ti.values[to.option] < kAccepted) continue;  // nothing in return: that is a drop
      // What it gives up: the gap between the term it asked (at least an
      // accepted one, as for a drop) and the one it gets; never free.
      const int gap = std::max(kAccepted, ti.values[unmet->option]) - ti.values[to.option];
      Move m;
      m.kind = Move::repoint_condition;
      m.slot = slot;
      m.issue = issue;
      m.option = option;
      m.from = *unmet;
      m.to = to;
      m.cost = ti.weight * std::max(1, gap) / 2.0;
      auto same = std::find_if(out.begin(), out.end(), [&](const Move& o) { return o.to == to; });
      if (same == out.end()) out.push_back(m);
      else if (m.cost < same->cost) *same = m;
    }
  }
  return out;
}

std::vector<Move> issue_moves(const DealProblem& pb, int issue, int option, bool& possible) {
  std::vector<Move> out;
  possible = true;
  if (option != kOpen) {
    const Consent& c = pb.consent[issue][option];
    if (!c.not_compared.empty()) possible = false;
    const OptionSet bit = OptionSet{1} << option;
    for (int s : c.deciders) {
      const PartyIssue& pi = pb.at[s][issue];
      if (pi.rules_out & bit) out.push_back(make_move(pb, Move::lift, s, issue, option));
      else if (!pi.stance || !((pi.wants | pi.accepts | pi.conditional_only) & bit))
        out.push_back(make_move(pb, Move::consent, s, issue, option));
    }
  }
  for (int s = 0; s < pb.parties; ++s) {
    const OptionSet rl = pb.at[s][issue].red_line;
    if (rl && (option == kOpen || !((rl >> option) & 1))) out.push_back(make_move(pb, Move::cross_red_line, s, issue, option));
  }
  return out;
}

namespace {

constexpr double kTie = 1e-9;

// Off the target, an option is worth choosing only when a rule requires it,
// a condition names it, or a condition's party would accept it instead (a
// re-point's target); any other can be left open at no cost and with no rule
// or condition broken, so it only adds moves. The same for every target of
// one problem: computed once.
std::vector<OptionSet> useful_options(const DealProblem& pb) {
  std::vector<OptionSet> useful(pb.issues, 0);
  for (int i = 0; i < pb.issues; ++i)
    for (int s = 0; s < pb.parties; ++s)
      if (pb.at[s][i].red_line) useful[i] = ~OptionSet{0};  // leaving it open crosses the red line
  for (const Rule& r : pb.catalog().rules)
    if (r.kind == RuleKind::needs) useful[r.other.issue] |= OptionSet{1} << r.other.option;
  for (const Condition& c : pb.conditions)
    for (const auto& alt : c.alternatives)
      for (Term t : alt) {
        useful[t.issue] |= OptionSet{1} << t.option;
        const PartyIssue& ti = pb.at[c.slot][t.issue];
        if (c.hard && ti.stance)
          for (int o = 0; o < pb.options(t.issue); ++o)
            if (ti.values[o] >= kAccepted) useful[t.issue] |= OptionSet{1} << o;
      }
  return useful;
}

// What every search of one problem reads, made once per problem (per
// target it would make the concessions grow with the square of the table):
// the constraints, the components' plans, the options worth trying, each
// issue's depth in its component and the soft conditions on it, and scratch
// packages that every search leaves all open.
struct Shared {
  explicit Shared(const DealProblem& pb)
      : all(constraints(pb)), plans(plan_components(pb, all)), useful(useful_options(pb)),
        component_of(pb.issues, -1), depth_of(pb.issues, -1), soft_on(pb.issues), x(pb.issues, kOpen),
        y(pb.issues, kOpen), z(pb.issues, kOpen) {
    for (size_t c = 0; c < plans.size(); ++c)
      for (size_t d = 0; d < plans[c].issues.size(); ++d) {
        component_of[plans[c].issues[d]] = static_cast<int>(c);
        depth_of[plans[c].issues[d]] = static_cast<int>(d);
      }
    for (size_t k = 0; k < pb.conditions.size(); ++k)
      if (!pb.conditions[k].hard) soft_on[pb.conditions[k].issue].push_back(static_cast<int>(k));
    moves.resize(pb.issues);
    reach.resize(plans.size());
    for (int i = 0; i < pb.issues; ++i)
      for (int o = kOpen; o < pb.options(i); ++o) {
        OptionMoves& m = moves[i].emplace_back();
        m.moves = issue_moves(pb, i, o, m.possible);
      }
  }
  // issue_moves() of one option (or kOpen): every step of every search reads
  // it, and it looks at every party, so it is tabled once per problem.
  struct OptionMoves {
    std::vector<Move> moves;
    bool possible = true;
  };
  const OptionMoves& moves_of(int issue, int option) const { return moves[issue][option + 1]; }
  const ComponentPlan* plan_of(int issue) const {
    return component_of[issue] < 0 ? nullptr : &plans[component_of[issue]];
  }
  std::vector<Constraint> all;
  std::vector<ComponentPlan> plans;
  std::vector<OptionSet> useful;
  std::vector<int> component_of, depth_of;
  std::vector<std::vector<int>> soft_on;
  std::vector<std::vector<OptionMoves>> moves;  // [issue][option + 1]: see moves_of()
  // Per component: the states ConcessionSearch::outgrows_memo() reached at
  // each depth before a first target, as far as a search has counted them
  // (layers[d], sizes[d], through[d]: those at depths up to d), and the
  // first depth at which they passed kStates (-1: not yet).
  struct Reach {
    std::vector<std::vector<uint8_t>> layers;
    std::vector<size_t> sizes;
    std::vector<long> through;
    int over = -1;
  };
  std::vector<Reach> reach;
  Package x, y, z;
};

// Best-first over the packages of one component that settle the target,
// ruled-out options allowed at the cost of lifting them and unmet
// conditions at the cost of dropping them. Packages leave the queue cheapest
// first, so a move set is kept unless a cheaper kept one is inside it.
class ConcessionSearch {
 public:
  ConcessionSearch(const DealProblem& pb, Shared& shared, const ComponentPlan& plan, const std::vector<int>& target,
                   Deadline& deadline, std::vector<bool> movable = {}, int plateau = ConcessionOptions{}.plateau,
                   long memo_states = ConcessionOptions{}.memo_states)
      : pb_(pb), all_(shared.all), plan_(plan), deadline_(deadline), plateau_(static_cast<size_t>(std::max(0, plateau))),
        kStates(memo_states),
        useful_(shared.useful), shared_(shared), x_(shared.x), y_(shared.y), z_(shared.z), movable_(std::move(movable)),
        reach_(movable_.empty() && memo_states == ConcessionOptions{}.memo_states
                   ? &shared.reach[shared.component_of[plan.issues[0]]]
                   : nullptr) {
    const size_t n = plan.issues.size();
    const std::vector<int>& depth_of = shared.depth_of;
    // boundary_[d]: depths below d whose values a check at d or later reads.
    std::vector<int> last_read(n, -1);
    for (size_t d = 0; d < n; ++d)
      for (int k : plan.checks[d])
        for (int i : all_[k].issues) last_read[depth_of[i]] = std::max(last_read[depth_of[i]], static_cast<int>(d));
    boundary_.resize(n + 1);
    for (size_t d = 0; d <= n; ++d)
      for (size_t e = 0; e < d; ++e)
        if (last_read[e] >= static_cast<int>(d)) boundary_[d].push_back(static_cast<int>(e));
    is_target_.assign(n, false);
    for (size_t d = 0; d < n; ++d)
      is_target_[d] = std::find(target.begin(), target.end(), plan.issues[d]) != target.end();
    // Individual rationality on the component: the issues outside it stay
    // open in the package shown, worth to each party what no agreement gives.
    for (int i : plan.issues) soft_.insert(soft_.end(), shared.soft_on[i].begin(), shared.soft_on[i].end());
    std::sort(soft_.begin(), soft_.end());
    part_no_agreement_ = part_raw(std::vector<int>(n, kOpen));
    for (size_t d = 0; d < n; ++d) memo_.emplace_back(boundary_[d].size() + sizeof(unsigned));
    lower_.assign(n + 1, 0);
    for (size_t d = n; d-- > 0;) {
      const int i = plan.issues[d];
      double cheapest = 1e300;
      for (int o = is_target_[d] ? 0 : kOpen; o < pb.options(i); ++o) {
        const Shared::OptionMoves& om = shared.moves_of(i, o);
        double c = 0;
        for (const Move& m : om.moves) c += m.cost;
        if (om.possible) cheapest = std::min(cheapest, c);
      }
      lower_[d] = lower_[d + 1] + cheapest;
    }
  }

  ~ConcessionSearch() {
    for (int i : plan_.issues) x_[i] = y_[i] = z_[i] = kOpen;  // rest() may stop half way
  }
  ConcessionSearch(const ConcessionSearch&) = delete;
  ConcessionSearch& operator=(const ConcessionSearch&) = delete;

  // Two phases. First, all leaves of one cost enter the queue before any
  // leaves it (equal priorities: inner nodes first), so of equal cost a
  // package that opens a deal is listed first, then the lexicographically
  // first. When the packages of the cheapest cost are too many for that
  // (plateau_ nodes), each next alternative is the lexicographically first
  // of the cheapest packages whose moves hold no listed alternative, found
  // straight by rest() over the listed alternatives' moves.
  Concession run(int alternatives) {
    Concession out;
    push({-1, kOpen, 0, 0.0, {}});
    while (!queue_.empty() && static_cast<int>(out.alternatives.size()) < alternatives) {
      if (deadline_.passed() || nodes_.size() > 1'000'000) {
        out.complete = false;
        break;
      }
      if ((direct_ || nodes_.size() > plateau_) && listed_.size() >= kMostMissed) {
        out.complete = false;  // more alternatives than rest()'s bits
        break;
      }
      if (!direct_ && nodes_.size() > plateau_) {
        restart();
        if (queue_.empty()) break;
      }
      const Entry e = queue_.top();
      queue_.pop();
      if (e.leaf) {
        if (!keep(e, out)) continue;
        if (out.alternatives[0].moves.empty()) {
          out.needed = false;
          break;
        }
        if (direct_ && static_cast<int>(out.alternatives.size()) < alternatives) restart();  // none after the last
        continue;
      }
      if (!holds_kept(e.node, out)) expand(e.node);
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
    uint64_t moves_hash = 0;  // of every move from the root: a sum, so the order does not count
    unsigned missed = 0;  // direct phase, bit j: a move of listed alternative j passed by, not made
  };
  struct Entry {
    double priority;
    bool leaf;
    int node;
    int depth;
    std::shared_ptr<std::vector<int>> package;  // leaves: the component's options
    bool rational = false;                      // leaves: see MoveSet::rational
  };
  struct After {
    bool direct = false;  // leaves first: with rest() exact, a dive to the lexicographically first
    bool operator()(const Entry& a, const Entry& b) const {
      if (std::abs(a.priority - b.priority) > kTie) return a.priority > b.priority;
      if (a.leaf != b.leaf) return direct ? b.leaf : a.leaf;
      if (a.leaf && a.rational != b.rational && !direct) return b.rational;  // of equal cost, a deal first
      if (a.leaf) return *b.package < *a.package;
      if (a.depth != b.depth) return a.depth < b.depth;  // dive: ties are mostly free choices
      return a.node > b.node;
    }
  };


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
  // Looked up by a hash of the depth, those values and the move set, then
  // compared exactly, so a collision costs time, never a lost branch.
  static uint64_t mix(uint64_t x) {
    x += 0x9e3779b97f4a7c15ULL;
    x = (x ^ (x >> 30)) * 0xbf58476d1ce4e5b9ULL;
    x = (x ^ (x >> 27)) * 0x94d049bb133111ebULL;
    return x ^ (x >> 31);
  }
  static uint64_t move_hash(const Move& m) {
    uint64_t h = 0;
    for (int v : {m.slot, m.issue, m.option, static_cast<int>(m.kind), m.to.issue, m.to.option})
      h = mix(h ^ static_cast<uint32_t>(v));
    return h;
  }
  uint64_t key_of(const Node& n, const std::vector<int>& c) const {
    uint64_t h = mix(n.moves_hash ^ static_cast<uint64_t>(n.depth));
    for (int e : boundary_[n.depth]) h = mix(h ^ static_cast<uint32_t>(c[e]));
    return h;
  }
  bool seen_before(const Node& n, int parent, uint64_t key, const std::vector<int>& c) const {
    auto at = seen_.find(key);
    if (at == seen_.end()) return false;
    std::vector<Move> m = moves_of(parent);
    m.insert(m.end(), n.moves.begin(), n.moves.end());
    std::sort(m.begin(), m.end());
    for (int id : at->second) {
      if (nodes_[id].depth != n.depth) continue;
      const std::vector<int> other = choices_of(id);
      bool same = true;
      for (int e : boundary_[n.depth]) same = same && other[e] == c[e];
      if (same && moves_of(id) == m) return true;
    }
    return false;
  }

  // Each party's raw utility of the component's part `choice` (per depth).
  std::vector<int> part_raw(const std::vector<int>& choice) {
    std::vector<int> raw(pb_.parties, 0);
    for (size_t d = 0; d < choice.size(); ++d) y_[plan_.issues[d]] = choice[d];
    for (int s = 0; s < pb_.parties; ++s)
      for (int i : plan_.issues) raw[s] += pb_.at[s][i].weight * pb_.value(s, i, y_[i]);
    for (int k : soft_) {
      const Condition& c = pb_.conditions[k];
      if (y_[c.issue] != c.option) continue;
      bool met = false;
      for (const auto& alt : c.alternatives)
        met = met || std::all_of(alt.begin(), alt.end(), [&](Term t) { return holds(y_, t); });
      if (!met) raw[c.slot] -= c.loss;
    }
    for (int i : plan_.issues) y_[i] = kOpen;
    return raw;
  }

  std::vector<int> worse_off(const std::vector<int>& choice) {
    const std::vector<int> raw = part_raw(choice);
    std::vector<int> out;
    for (int s = 0; s < pb_.parties; ++s)
      if (raw[s] < part_no_agreement_[s]) out.push_back(s);
    return out;
  }

  void push(Node n) {
    n.moves_hash = n.parent >= 0 ? nodes_[n.parent].moves_hash : 0;
    for (const Move& m : n.moves) n.moves_hash += move_hash(m);
    std::vector<int> c = choices_of(n.parent);
    if (n.depth > 0) c[n.depth - 1] = n.option;
    const uint64_t key = key_of(n, c);
    if (seen_before(n, n.parent, key, c)) return;
    if (direct_ && n.depth > 0) n.missed = nodes_[n.parent].missed | missed_at(n.depth - 1, n.moves);
    const double future = rest(n.depth, c, n.missed);
    if (future >= kNone) return;  // no feasible package below
    nodes_.push_back(std::move(n));
    const int id = static_cast<int>(nodes_.size()) - 1;
    seen_[key].push_back(id);
    const Node& node = nodes_.back();
    Entry e{node.cost + future, false, id, node.depth, nullptr};
    if (node.depth == static_cast<int>(plan_.issues.size())) {
      e.leaf = true;
      e.package = std::make_shared<std::vector<int>>(choices_of(id));
      e.rational = worse_off(*e.package).empty();
    }
    queue_.push(std::move(e));
  }

  // Settling depth d's issue on `o` in package x (every issue up to d with
  // its value): false when no move of a party that may move opens it or a
  // catalog rule breaks. Else `ways` (if given) gets one list of moves per
  // way of meeting the unmet conditions (each dropped or re-pointed to a term
  // the package holds), and `least` (if given) the cost of the cheapest way.
  bool step(int d, int o, const Package& x, std::vector<std::vector<Move>>* ways, double* least) const {
    const int i = plan_.issues[d];
    const Shared::OptionMoves& base = shared_.moves_of(i, o);
    if (!base.possible) return false;
    double cost = 0;
    for (const Move& m : base.moves) {
      if (!movable_.empty() && !movable_[m.slot]) return false;
      cost += m.cost;
    }
    if (least) *least = cost;
    if (ways) *ways = {base.moves};
    const bool opens_only = !ways && !least;
    for (int k : plan_.checks[d]) {
      const bool condition = all_[k].kind == Constraint::party_condition;
      const int slot = condition ? pb_.conditions[all_[k].condition].slot : -1;
      const bool may_move = movable_.empty() || (condition && movable_[slot]);
      if (condition && may_move && opens_only) continue;  // met, dropped or re-pointed: it opens either way
      if (satisfied(pb_, all_[k], x)) continue;
      if (!condition) return false;  // the catalog's rules are facts, not positions
      const Condition& c = pb_.conditions[all_[k].condition];
      if (!may_move) return false;
      std::vector<Move> choices = repoint_moves(pb_, c.slot, c.issue, c.option, x);
      choices.push_back(make_move(pb_, Move::drop_condition, c.slot, c.issue, c.option));
      double cheapest = 1e300;
      for (const Move& m : choices) cheapest = std::min(cheapest, m.cost);
      if (least) *least += cheapest;
      if (!ways) continue;
      std::vector<std::vector<Move>> next;
      for (const auto& w : *ways)
        for (const Move& m : choices) {
          next.push_back(w);
          next.back().push_back(m);
        }
      *ways = std::move(next);
    }
    return true;
  }

  // The options tried at depth d: off the target, open and the useful ones.
  bool tried(int d, int o) const {
    return o == kOpen || is_target_[d] || (useful_[plan_.issues[d]] & (OptionSet{1} << o));
  }

  // The least the moves from depth d on cost. In the listing phase the
  // per-issue bound lower_ (cheap: most searches end there). In the direct
  // phase exact, given the values where the checks from d on look
  // (boundary_[d]; `c` per depth) and which listed alternatives the package
  // has already missed a move of (`missed`): the cheapest completion that
  // misses one of each, by dynamic programming over those values, memoised;
  // kNone when there is none. Past kStates values (a wide boundary) lower_
  // stands in: still a lower bound.
  double rest(int d, std::vector<int>& c, unsigned missed) {
    const int n = static_cast<int>(plan_.issues.size());
    const unsigned all = (1u << listed_.size()) - 1;
    if (d == n) return !direct_ || missed == all ? 0 : kNone;
    if (!direct_ || dp_off_) return lower_[d];
    Memo& memo = memo_[d];
    for (size_t k = 0; k < boundary_[d].size(); ++k) memo.key[k] = static_cast<uint8_t>(c[boundary_[d][k]] + 1);
    for (size_t b = 0; b < sizeof missed; ++b) memo.key[boundary_[d].size() + b] = static_cast<uint8_t>(missed >> (8 * b));
    const uint64_t hash = memo.states.hash(memo.key.data());
    if (const int at = memo.states.find(memo.key.data(), hash); at >= 0) return memo.values[at];
    if (++states_ > kStates || deadline_.passed()) {
      dp_off_ = true;
      return lower_[d];
    }
    double best = kNone;
    const int i = plan_.issues[d];
    const bool ways_count = direct_ && missed != all;  // which way is taken decides what is missed
    std::vector<std::vector<Move>> ways;
    for (int o = is_target_[d] ? 0 : kOpen; o < pb_.options(i); ++o) {
      if (!tried(d, o)) continue;
      for (int e : boundary_[d]) z_[plan_.issues[e]] = c[e];
      z_[i] = o;
      double here = 0;
      if (!step(d, o, z_, ways_count ? &ways : nullptr, &here)) continue;
      c[d] = o;
      if (!ways_count) {
        const double after = rest(d + 1, c, missed);
        if (dp_off_) return lower_[d];
        if (after < kNone) best = std::min(best, here + after);
        continue;
      }
      for (const auto& w : ways) {
        double cost = 0;
        for (const Move& m : w) cost += m.cost;
        const double after = rest(d + 1, c, missed | missed_at(d, w));
        if (dp_off_) return lower_[d];
        if (after < kNone) best = std::min(best, cost + after);
      }
    }
    for (int e : boundary_[d]) z_[plan_.issues[e]] = kOpen;
    z_[i] = kOpen;
    memo.states.insert(memo.key.data(), hash);  // rest(d + 1) leaves memo.key as it was
    memo.values.push_back(best);
    return best;
  }

  // Whether rest() from the root would make more than kStates states, told
  // without making them: the values where later checks look, reachable at
  // each depth, counted forward one depth at a time. Each is at least one
  // state of rest() (with one `missed` or more), so more than kStates of
  // them means rest() would outgrow its memo and stand down to lower_; this
  // says so before it spends the time (the result is the same). With no
  // alternative listed yet `missed` is always 0 and the count is exact; else
  // it can be short, and rest() counts its own states as before.
  // The depths before the first target issue are the same for every target
  // past them: they are kept in shared_.reach (when every party may move).
  bool outgrows_memo() {
    const int n = static_cast<int>(plan_.issues.size());
    const int first = static_cast<int>(std::find(is_target_.begin(), is_target_.end(), true) - is_target_.begin());
    if (counted_) return false;  // the same count as at the first restart, and that was not more
    counted_ = true;
    Shared::Reach* reach = reach_;
    std::vector<uint8_t> layer;  // the states at depth d, boundary_[d].size() values each (option + 1)
    size_t states = 1;           // at depth d; the root's
    long count = 1;
    int d = 0;
    if (reach && reach->over >= 0 && reach->over <= first) return true;
    if (reach && reach->layers.empty()) reach->layers.emplace_back(), reach->sizes.push_back(1), reach->through.push_back(1);
    if (reach) {
      d = std::min(first, static_cast<int>(reach->layers.size()) - 1);
      layer = reach->layers[d];
      states = reach->sizes[d];
      count = reach->through[d];
    }
    for (; d + 1 < n && states > 0; ++d) {
      const size_t w = boundary_[d].size(), next_w = boundary_[d + 1].size();
      // Where each value of the next state comes from: a value of this one, or (-1) this depth's option.
      std::vector<int> from(next_w, -1);
      for (size_t k = 0; k < next_w; ++k) {
        const auto at = std::find(boundary_[d].begin(), boundary_[d].end(), boundary_[d + 1][k]);
        if (at != boundary_[d].end()) from[k] = static_cast<int>(at - boundary_[d].begin());
      }
      StateSet next(next_w);
      std::vector<uint8_t> key(next_w);
      const int i = plan_.issues[d];
      for (size_t s = 0; s < states; ++s) {
        const uint8_t* c = w ? layer.data() + s * w : nullptr;
        for (size_t k = 0; k < w; ++k) z_[plan_.issues[boundary_[d][k]]] = c[k] - 1;
        for (int o = is_target_[d] ? 0 : kOpen; o < pb_.options(i); ++o) {
          if (!tried(d, o)) continue;
          z_[i] = o;
          if (!step(d, o, z_, nullptr, nullptr)) continue;
          for (size_t k = 0; k < next_w; ++k) key[k] = static_cast<uint8_t>(from[k] < 0 ? o + 1 : c[from[k]]);
          if (next.insert(key.data()) && ++count > kStates) break;
        }
        for (int e : boundary_[d]) z_[plan_.issues[e]] = kOpen;
        z_[i] = kOpen;
        if (count > kStates) {
          if (reach && d + 1 <= first) reach->over = d + 1;
          return true;
        }
        if (deadline_.passed()) return true;
      }
      layer = std::move(next.keys);
      states = next.size;
      if (reach && d + 1 <= first && d + 1 == static_cast<int>(reach->layers.size())) {
        reach->layers.push_back(layer);
        reach->sizes.push_back(states);
        reach->through.push_back(count);
      }
    }
    return false;
  }

  // A set of fixed-width byte strings, kept in one array: open addressing
  // over their hashes (each slot keeps its string's, so most mismatches are
  // told without comparing the strings), no allocation per string.
  struct StateSet {
    explicit StateSet(size_t width) : width(width) {}  // no slots until the first insert: most are never used
    struct Slot {
      int index = -1;  // into keys / width, or -1: empty
      uint32_t hash = 0;
    };
    size_t width;
    std::vector<uint8_t> keys;  // width bytes each, in insertion order
    std::vector<Slot> slots;
    size_t size = 0;
    // The index of `key` (its hash: hash(key)), or -1.
    int find(const uint8_t* key, uint64_t h) const {
      if (slots.empty()) return -1;
      for (size_t at = h & (slots.size() - 1); slots[at].index >= 0; at = (at + 1) & (slots.size() - 1))
        if (same(slots[at], key, h)) return slots[at].index;
      return -1;
    }
    // Adds `key` unless it is in; true if it was not.
    bool insert(const uint8_t* key) { return insert(key, hash(key)); }
    bool insert(const uint8_t* key, uint64_t h) {
      if (2 * (size + 1) > slots.size()) grow();
      size_t at = h & (slots.size() - 1);
      for (; slots[at].index >= 0; at = (at + 1) & (slots.size() - 1))
        if (same(slots[at], key, h)) return false;
      slots[at] = {static_cast<int>(size++), static_cast<uint32_t>(h >> 32)};
      keys.insert(keys.end(), key, key + width);
      return true;
    }
    bool same(const Slot& slot, const uint8_t* key, uint64_t h) const {
      return slot.hash == static_cast<uint32_t>(h >> 32) &&
             std::equal(key, key + width, keys.data() + static_cast<size_t>(slot.index) * width);
    }
    void clear() {
      if (size == 0) return;
      std::fill(slots.begin(), slots.end(), Slot{});
      keys.clear();
      size = 0;
    }
    uint64_t hash(const uint8_t* key) const {
      uint64_t h = 0x9e3779b97f4a7c15ULL;
      for (size_t k = 0; k < width; ++k) h = (h ^ key[k]) * 0x100000001b3ULL;
      return mix(h);
    }
    void grow() {
      std::vector<Slot> bigger(std::max<size_t>(64, slots.size() * 2));
      for (const Slot& slot : slots) {
        if (slot.index < 0) continue;
        size_t at = hash(keys.data() + static_cast<size_t>(slot.index) * width) & (bigger.size() - 1);
        while (bigger[at].index >= 0) at = (at + 1) & (bigger.size() - 1);
        bigger[at] = slot;
      }
      slots = std::move(bigger);
    }
  };

  // The listed alternatives (bits) with a move made at step d that `made` lacks.
  unsigned missed_at(int d, const std::vector<Move>& made) const {
    unsigned bits = 0;
    for (size_t j = 0; j < listed_.size(); ++j)
      for (const auto& [m, at] : listed_[j])
        if (at == d && std::find(made.begin(), made.end(), m) == made.end()) bits |= 1u << j;
    return bits;
  }

  // Starts the search again from the root, in the direct phase.
  void restart() {
    direct_ = true;
    nodes_.clear();
    seen_.clear();
    queue_ = decltype(queue_)(After{true});
    for (auto& m : memo_) m.clear();
    states_ = 0;
    if (!dp_off_ && outgrows_memo()) dp_off_ = true;
    push({-1, kOpen, 0, 0.0, {}});
  }

  void expand(int id) {
    const int d = nodes_[id].depth;
    const int i = plan_.issues[d];
    const std::vector<int> c = choices_of(id);
    for (size_t k = 0; k < c.size(); ++k) x_[plan_.issues[k]] = c[k];
    for (int o = is_target_[d] ? 0 : kOpen; o < pb_.options(i); ++o) {
      if (!tried(d, o)) continue;
      x_[i] = o;
      std::vector<std::vector<Move>> ways;
      double least = 0;
      if (!step(d, o, x_, &ways, &least)) continue;
      for (auto& w : ways) {
        Node child{id, o, d + 1, nodes_[id].cost, std::move(w)};
        for (const Move& m : child.moves) child.cost += m.cost;
        push(std::move(child));
      }
    }
    for (int k : plan_.issues) x_[k] = kOpen;
  }

  // A node whose moves hold a kept alternative's: every package below needs
  // them all, so none would be kept.
  bool holds_kept(int id, const Concession& out) const {
    if (out.alternatives.empty()) return false;
    const std::vector<Move> m = moves_of(id);
    for (const MoveSet& kept : out.alternatives)
      if (std::includes(m.begin(), m.end(), kept.moves.begin(), kept.moves.end())) return true;
    return false;
  }

  bool keep(const Entry& e, Concession& out) {
    MoveSet ms;
    ms.moves = moves_of(e.node);
    for (const MoveSet& kept : out.alternatives)
      if (std::includes(ms.moves.begin(), ms.moves.end(), kept.moves.begin(), kept.moves.end())) return false;
    ms.cost = nodes_[e.node].cost;
    ms.rational = e.rational;
    if (!ms.rational) ms.worse_off = worse_off(*e.package);
    ms.package = SettledTerms::of(plan_.issues, *e.package);
    std::vector<std::pair<Move, int>> made;
    for (int n = e.node; n >= 0 && nodes_[n].depth > 0; n = nodes_[n].parent)
      for (const Move& m : nodes_[n].moves) made.emplace_back(m, nodes_[n].depth - 1);
    listed_.push_back(std::move(made));
    out.alternatives.push_back(std::move(ms));
    return true;
  }

  const DealProblem& pb_;
  const std::vector<Constraint>& all_;
  const ComponentPlan& plan_;
  Deadline& deadline_;
  size_t plateau_;  // see ConcessionOptions::plateau
  const long kStates;  // rest()'s memo, at most, summed over depths: ConcessionOptions::memo_states
  std::vector<bool> is_target_;
  std::vector<double> lower_;  // [depth]: the least the target issues from there on cost (rest() without the memo)
  const std::vector<OptionSet>& useful_;  // per issue: see useful_options()
  const Shared& shared_;  // outlives the search (its caller's)
  std::vector<std::vector<int>> boundary_;
  static constexpr double kNone = 1e300;  // rest(): no feasible completion
  // rest()'s memo at one depth: its key (the boundary values + 1, then the
  // bytes of `missed`) and the value of each state, by StateSet's index.
  struct Memo {
    explicit Memo(size_t width) : states(width), key(width) {}
    StateSet states;
    std::vector<uint8_t> key;  // scratch: the key being looked up
    std::vector<double> values;
    void clear() {
      states.clear();
      values.clear();
    }
  };
  std::vector<Memo> memo_;  // [depth]
  long states_ = 0;
  bool direct_ = false;  // see run()
  static constexpr size_t kMostMissed = 32;  // bits of `missed`: the direct phase lists at most 32 alternatives
  std::vector<std::vector<std::pair<Move, int>>> listed_;  // per alternative listed: its moves, each with the step that made it
  bool dp_off_ = false;  // the memo outgrew kStates or time ran out: lower_ instead
  Package& x_;  // scratch: the package being extended
  Package& y_;  // scratch: a leaf being valued
  Package& z_;  // scratch: rest()'s package
  std::vector<bool> movable_;  // empty: every party may move; else only these
  std::vector<int> soft_;      // the soft conditions on the component's options
  std::vector<int> part_no_agreement_;  // per party: the component's part of d_p
  Shared::Reach* reach_;  // null when some party may not move
  bool counted_ = false;  // outgrows_memo() has counted (it counts no `missed`, so its count never changes)
  std::unordered_map<uint64_t, std::vector<int>> seen_;  // key_of() -> nodes
  std::vector<Node> nodes_;
  std::priority_queue<Entry, std::vector<Entry>, After> queue_;
};

Concession concede_in(const DealProblem& pb, Shared& shared, const ComponentPlan& plan, const std::vector<int>& target,
                      int alternatives, Deadline& deadline, int plateau = ConcessionOptions{}.plateau,
                      long memo_states = ConcessionOptions{}.memo_states) {
  Concession c = ConcessionSearch(pb, shared, plan, target, deadline, {}, plateau, memo_states).run(alternatives);
  c.target = target;
  return c;
}

// The blocking sets of one issue (exact by enumeration of party subsets).
std::vector<BlockingSet> blocking_sets_in(const DealProblem& pb, Shared& shared, int issue, double time_limit) {
  Deadline deadline(time_limit);
  const ComponentPlan* plan = shared.plan_of(issue);
  std::vector<BlockingSet> out;
  if (!plan || pb.parties > 10) return out;
  // Subsets by size, then in binary order: a set is kept if its parties'
  // moves alone open the issue and it holds no kept set.
  std::vector<unsigned> masks;
  for (unsigned m = 1; m < (1u << pb.parties); ++m) masks.push_back(m);
  std::stable_sort(masks.begin(), masks.end(),
                   [](unsigned a, unsigned b) { return std::popcount(a) < std::popcount(b); });
  std::vector<unsigned> kept;
  for (unsigned m : masks) {
    bool holds_kept = false;
    for (unsigned k : kept) holds_kept = holds_kept || (m & k) == k;
    if (holds_kept) continue;
    std::vector<bool> movable(pb.parties);
    for (int s = 0; s < pb.parties; ++s) movable[s] = (m >> s) & 1;
    Concession c = ConcessionSearch(pb, shared, *plan, {issue}, deadline, movable).run(1);
    if (c.alternatives.empty()) continue;
    kept.push_back(m);
    BlockingSet b;
    for (int s = 0; s < pb.parties; ++s)
      if ((m >> s) & 1) b.parties.push_back(s);
    b.option = c.alternatives[0].package.option(issue);
    out.push_back(std::move(b));
  }
  return out;
}

// The cheapest combinations of one alternative per component.
}  // namespace

std::vector<MoveSet> cheapest_combinations(const DealProblem& pb, const std::vector<Concession>& parts, int k) {
  // The k cheapest choices of one alternative per part, each a chain of
  // picks (the last part's alternative, then the choice it extends), so a
  // step copies no earlier picks; moves are only gathered for the final k.
  struct Pick {
    int alternative;
    int before;  // index in `picks`, -1 at the first part
  };
  struct Choice {
    double cost = 0;
    int last = -1;  // index in `picks`
  };
  std::vector<Pick> picks;
  std::vector<Choice> acc(1);
  for (const Concession& part : parts) {
    std::vector<Choice> next;
    for (const Choice& a : acc)
      for (size_t b = 0; b < part.alternatives.size(); ++b) {
        picks.push_back({static_cast<int>(b), a.last});
        next.push_back({a.cost + part.alternatives[b].cost, static_cast<int>(picks.size()) - 1});
      }
    std::stable_sort(next.begin(), next.end(), [](const Choice& a, const Choice& b) { return a.cost < b.cost - kTie; });
    if (static_cast<int>(next.size()) > k) next.resize(k);
    acc = std::move(next);
  }
  // Each part's package settles only its component's issues: they add up.
  std::vector<MoveSet> out;
  for (const Choice& c : acc) {
    MoveSet m;
    m.cost = c.cost;
    Package x(pb.issues, kOpen);
    int at = c.last;
    for (size_t p = parts.size(); p-- > 0; at = picks[at].before) {
      const MoveSet& b = parts[p].alternatives[picks[at].alternative];
      m.moves.insert(m.moves.end(), b.moves.begin(), b.moves.end());
      b.package.settle_in(x);
    }
    std::sort(m.moves.begin(), m.moves.end());
    m.package = SettledTerms::of(x);
    const std::vector<int> raw = raw_utilities(pb, x);
    for (int s = 0; s < pb.parties; ++s)
      if (raw[s] < pb.disagreement[s]) m.worse_off.push_back(s);
    m.rational = m.worse_off.empty();
    out.push_back(std::move(m));
  }
  return out;
}

Concession concede(const DealProblem& pb, const std::vector<int>& target, int alternatives, double time_limit) {
  return ConcessionFinder(pb).concede(target, alternatives, time_limit);
}

std::vector<BlockingSet> blocking_sets(const DealProblem& pb, int issue, double time_limit) {
  return ConcessionFinder(pb).blocking_sets(issue, time_limit);
}

struct ConcessionFinder::Tables {
  Shared shared;
};

ConcessionFinder::ConcessionFinder(const DealProblem& pb) : pb_(pb), tables_(new Tables{Shared(pb)}) {}

ConcessionFinder::~ConcessionFinder() = default;

Concession ConcessionFinder::concede(const std::vector<int>& target, int alternatives, double time_limit) {
  Deadline deadline(time_limit);
  const ComponentPlan* plan = tables_->shared.plan_of(target.at(0));
  return plan ? concede_in(pb_, tables_->shared, *plan, target, alternatives, deadline) : Concession{};
}

std::vector<BlockingSet> ConcessionFinder::blocking_sets(int issue, double time_limit) {
  return blocking_sets_in(pb_, tables_->shared, issue, time_limit);
}

ConcessionsResult find_concessions(const DealProblem& pb, const ConcessionOptions& options) {
  Deadline deadline(options.time_limit);
  Shared shared(pb);
  ConcessionsResult out;
  std::vector<Concession> parts;
  // One hard target must not starve the others.
  const double share = options.time_limit / 20;
  for (const ComponentPlan& plan : shared.plans) {
    for (int i : plan.issues) {
      Deadline part = deadline.part(share);
      Concession c = concede_in(pb, shared, plan, {i}, options.alternatives, part, options.plateau, options.memo_states);
      if (c.needed) out.blocked.push_back(std::move(c));
    }
    Deadline part = deadline.part(share);
    parts.push_back(concede_in(pb, shared, plan, plan.issues, options.alternatives, part, options.plateau, options.memo_states));
  }
  out.blocking_exact = pb.parties <= 10;
  for (const Concession& c : out.blocked) {
    if (out.blocking_exact) {
      out.blocking.push_back(blocking_sets_in(pb, shared, c.target[0], std::min(share, deadline.remaining())));
      continue;
    }
    // Many parties: the sets of movers of the alternatives found, minimal ones kept.
    std::vector<BlockingSet> sets;
    for (const MoveSet& m : c.alternatives) {
      BlockingSet b;
      for (const Move& mv : m.moves)
        if (std::find(b.parties.begin(), b.parties.end(), mv.slot) == b.parties.end()) b.parties.push_back(mv.slot);
      std::sort(b.parties.begin(), b.parties.end());
      b.option = m.package.option(c.target[0]);
      bool holds = false;
      for (const BlockingSet& k : sets)
        holds = holds || std::includes(b.parties.begin(), b.parties.end(), k.parties.begin(), k.parties.end());
      if (!holds) sets.push_back(std::move(b));
    }
    out.blocking.push_back(std::move(sets));
  }
  Concession& whole = out.whole_table;
  for (int i = 0; i < pb.issues; ++i) whole.target.push_back(i);
  whole.needed = false;
  for (const Concession& c : parts) {
    whole.needed = whole.needed || c.needed;
    whole.possible = whole.possible && c.possible;
    whole.complete = whole.complete && c.complete;
  }
  if (whole.needed && whole.possible) whole.alternatives = cheapest_combinations(pb, parts, options.alternatives);
  return out;
}

}  // namespace positions
