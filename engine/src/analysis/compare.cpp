#include "compare.hpp"

#include <algorithm>
#include <deque>
#include <map>
#include <tuple>

namespace positions {

const char* to_string(IssueStatus s) {
  switch (s) {
    case IssueStatus::agreement: return "agreement";
    case IssueStatus::possible: return "possible";
    case IssueStatus::blocked: return "blocked";
  }
  return "?";
}

const char* to_string(ConflictKind k) {
  switch (k) {
    case ConflictKind::excludes: return "excludes";
    case ConflictKind::needs: return "requires";
    case ConflictKind::condition: return "condition";
  }
  return "?";
}

namespace {

bool has(OptionSet set, int option) { return (set >> option) & 1; }

// Whether every conditional acceptance by `slot` of term `u` has a condition
// in `blocked`: then the party's acceptance of `u` cannot hold.
bool conditions_fail(const Table& t, int slot, Term u, const std::map<Term, bool>& blocked) {
  const Stance* st = t.at[slot][u.issue].stance;
  if (!st) return false;
  bool any = false;
  for (const auto& c : st->conditional) {
    if (!has(c.accepts, u.option)) continue;
    any = true;
    bool fails = false;
    for (Term x : c.if_all) {
      auto it = blocked.find(x);
      fails = fails || (it != blocked.end() && it->second);
    }
    if (!fails) return false;
  }
  return any;
}

// Terms that cannot be in any deal because a chain of requires rules, or of
// conditional acceptances whose conditions all fail, leads to a term some
// party rules out: a breadth-first walk backwards along those edges from
// every directly ruled-out term (the same feasibility the deal search uses).
// The first block found is kept, so the explanation is the shortest chain,
// ties broken by catalog and party order.
std::map<Term, Block> blocks_through_rules(const Table& t, const TermModel& m) {
  const TermGraph& g = m.graph();
  std::map<Term, Block> found;
  std::deque<std::pair<TermVertexId, Block>> queue;
  for (int i = 0; i < t.issues(); ++i)
    for (int slot = 0; slot < t.slots(); ++slot)
      for (int o : options_in(t.at[slot][i].rules_out())) {
        Term root{i, o};
        queue.push_back({m.vertex(root), Block{slot, root, root, -1, -1}});
      }
  std::map<Term, bool> seen;
  for (const auto& [v, b] : queue) seen[m.term(v)] = true;
  while (!queue.empty()) {
    auto [v, block] = queue.front();
    queue.pop_front();
    for (auto [it, end] = boost::in_edges(v, g); it != end; ++it) {
      const TermEdge& e = g[*it];
      if (e.kind == EdgeKind::excludes) continue;
      TermVertexId src = boost::source(*it, g);
      Term s = m.term(src);
      if (seen[s]) continue;
      if (e.kind == EdgeKind::conditional && !conditions_fail(t, e.slot, s, seen)) continue;
      seen[s] = true;
      // The first link recorded is the one leaving the blocked term.
      Block via{block.slot, block.root, m.term(v), e.kind == EdgeKind::needs ? e.rule : -1,
                e.kind == EdgeKind::conditional ? e.slot : -1};
      found[s] = via;
      queue.push_back({src, via});
    }
  }
  return found;
}

IssueFinding find_issue(const Table& t, int issue, const std::map<Term, Block>& via) {
  IssueFinding f;
  f.issue = issue;
  for (int slot = 0; slot < t.slots(); ++slot)
    if (t.at[slot][issue].silent()) f.silent.push_back(slot);
  const int n = static_cast<int>(t.catalog().issues[issue].options.size());
  bool any_agreed = false, any_open = false;
  for (int o = 0; o < n; ++o) {
    OptionFinding of;
    of.option = o;
    bool all_accept = t.slots() > 0;
    for (int slot = 0; slot < t.slots(); ++slot) {
      const Position& p = t.at[slot][issue];
      bool conditional = false;
      if (p.stance)
        for (const auto& c : p.stance->conditional) conditional = conditional || has(c.accepts, o);
      if (has(p.wants(), o)) of.wanted_by.push_back(slot);
      else if (has(p.acceptable(), o)) of.accepted_by.push_back(slot);
      else if (has(p.rules_out(), o)) of.ruled_out_by.push_back(slot);
      else if (conditional) of.conditional_by.push_back(slot);
      else of.open_for.push_back(slot);
      all_accept = all_accept && has(p.acceptable(), o);
    }
    if (auto it = via.find(Term{issue, o}); it != via.end()) of.via_rules.push_back(it->second);
    of.blocked = !of.ruled_out_by.empty() || !of.via_rules.empty();
    of.agreed = all_accept && !of.blocked;
    any_agreed = any_agreed || of.agreed;
    any_open = any_open || !of.blocked;
    f.options.push_back(std::move(of));
  }
  f.status = any_agreed ? IssueStatus::agreement : any_open ? IssueStatus::possible : IssueStatus::blocked;
  return f;
}

std::vector<CrossConflict> cross_conflicts(const Table& t, const TermModel& m) {
  const TermGraph& g = m.graph();
  auto wants = [&](int slot, Term x) { return has(t.at[slot][x.issue].wants(), x.option); };
  auto rules_out = [&](int slot, Term x) { return has(t.at[slot][x.issue].rules_out(), x.option); };
  std::map<std::tuple<ConflictKind, int, Term, Term>, CrossConflict> found;
  for (auto [it, end] = boost::edges(g); it != end; ++it) {
    const TermEdge& e = g[*it];
    CrossConflict x;
    x.kind = e.kind == EdgeKind::excludes ? ConflictKind::excludes
             : e.kind == EdgeKind::needs  ? ConflictKind::needs
                                          : ConflictKind::condition;
    x.a = m.term(boost::source(*it, g));
    x.b = m.term(boost::target(*it, g));
    x.rule = e.rule;
    for (int s = 0; s < t.slots(); ++s) {
      if (x.kind == ConflictKind::condition ? s == e.slot : wants(s, x.a)) x.by_a.push_back(s);
      if (x.kind == ConflictKind::excludes ? wants(s, x.b) : rules_out(s, x.b)) x.by_b.push_back(s);
    }
    if (x.by_a.empty() || x.by_b.empty()) continue;
    // One conflict per pair of terms: several parties' conditional edges merge.
    auto [pos, fresh] = found.try_emplace({x.kind, x.rule, x.a, x.b}, x);
    if (!fresh)
      for (int s : x.by_a)
        if (std::find(pos->second.by_a.begin(), pos->second.by_a.end(), s) == pos->second.by_a.end())
          pos->second.by_a.push_back(s);
  }
  std::vector<CrossConflict> out;
  for (auto& [key, x] : found) {
    std::sort(x.by_a.begin(), x.by_a.end());
    out.push_back(std::move(x));
  }
  return out;
}

PairFinding find_pair(const Table& t, int a, int b) {
  PairFinding f;
  f.a = a;
  f.b = b;
  for (int i = 0; i < t.issues(); ++i) {
    const Position& pa = t.at[a][i];
    const Position& pb = t.at[b][i];
    if (pa.silent() || pb.silent()) continue;
    const double w = (pa.weight() + pb.weight()) / 2.0;
    f.total_weight += w;
    if (pa.acceptable() & pb.acceptable()) {
      f.overlap.push_back(i);
      f.overlap_weight += w;
    } else if ((pa.wants() & pb.rules_out()) || (pb.wants() & pa.rules_out())) {
      f.collide.push_back(i);
      f.collide_weight += w;
    } else {
      f.apart.push_back(i);
    }
  }
  if (f.total_weight > 0) f.closeness = (f.overlap_weight - f.collide_weight) / f.total_weight;
  return f;
}

}  // namespace

Comparison compare(const Table& t, const TermModel& m) {
  Comparison c;
  const auto via = blocks_through_rules(t, m);
  for (int i = 0; i < t.issues(); ++i) c.issues.push_back(find_issue(t, i, via));
  c.cross = cross_conflicts(t, m);
  for (int a = 0; a < t.slots(); ++a)
    for (int b = a + 1; b < t.slots(); ++b) c.pairs.push_back(find_pair(t, a, b));
  std::stable_sort(c.pairs.begin(), c.pairs.end(), [](const PairFinding& x, const PairFinding& y) {
    if (x.closeness.has_value() != y.closeness.has_value()) return x.closeness.has_value();
    return x.closeness.value_or(0) > y.closeness.value_or(0);
  });
  return c;
}

}  // namespace positions
