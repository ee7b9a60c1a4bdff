#include "compare.hpp"

#include <algorithm>
#include <chrono>
#include <deque>
#include <map>
#include <memory>
#include <tuple>

namespace positions {

const char* to_string(IssueStatus s) {
  switch (s) {
    case IssueStatus::agreement: return "agreement";
    case IssueStatus::possible: return "possible";
    case IssueStatus::needs_consent: return "needs_consent";
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
// in `blocked`, and the condition binds (the party decides `u`, or has a red
// line on its issue): then no package can settle on `u`.
bool conditions_fail(const DealProblem& pb, int slot, Term u, const std::map<Term, bool>& blocked) {
  const Stance* st = pb.at[slot][u.issue].stance;
  if (!st || !(pb.decides(slot, u.issue, u.option) || pb.at[slot][u.issue].red_line)) return false;
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
// binding conditional acceptances whose conditions all fail, leads to a term
// one of its deciders rules out: a breadth-first walk backwards along those
// edges from every term a decider rules out (the same feasibility the deal
// search uses). The first block found is kept, so the explanation is the
// shortest chain, ties broken by catalog and party order.
std::map<Term, Block> blocks_through_rules(const DealProblem& pb, const TermModel& m) {
  const Table& t = *pb.table;
  const TermGraph& g = m.graph();
  std::map<Term, Block> found;
  std::deque<std::pair<TermVertexId, Block>> queue;
  for (int i = 0; i < t.issues(); ++i)
    for (int slot = 0; slot < t.slots(); ++slot)
      for (int o : options_in(t.at[slot][i].rules_out())) {
        if (!pb.decides(slot, i, o)) continue;
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
      if (e.kind == EdgeKind::conditional && !conditions_fail(pb, e.slot, s, seen)) continue;
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

bool accepts_outright(const PartyIssue& pi, int o) { return has(pi.wants | pi.accepts, o); }
bool accepts_at_all(const PartyIssue& pi, int o) { return has(pi.wants | pi.accepts | pi.conditional_only, o); }

// The parties whose acceptance an option needs to be agreed: its deciders and
// every compared party with a stance on the issue.
std::vector<int> needed_for(const DealProblem& pb, int issue, int option) {
  std::vector<int> out;
  for (int s = 0; s < pb.parties; ++s)
    if (pb.at[s][issue].stance || pb.decides(s, issue, option)) out.push_back(s);
  return out;
}

// The condition `slot` attached to its acceptance of `option`, if any.
const Condition* condition_of(const DealProblem& pb, int slot, int issue, int option) {
  for (const Condition& c : pb.conditions)
    if (c.slot == slot && c.issue == issue && c.option == option) return &c;
  return nullptr;
}

bool agreed_term(const std::vector<OptionSet>& agreed, Term t) { return has(agreed[t.issue], t.option); }

// The first alternative of the condition made wholly of agreed terms, if any.
const std::vector<Term>* met_alternative(const Condition* c, const std::vector<OptionSet>& agreed) {
  if (!c) return nullptr;
  for (const auto& alt : c->alternatives)
    if (std::all_of(alt.begin(), alt.end(), [&](Term t) { return agreed_term(agreed, t); })) return &alt;
  return nullptr;
}

bool excluded_by_agreed(const DealProblem& pb, Term x, const std::vector<OptionSet>& agreed) {
  for (const Rule& r : pb.catalog().rules)
    if (r.kind == RuleKind::excludes &&
        ((r.term == x && agreed_term(agreed, r.other)) || (r.other == x && agreed_term(agreed, r.term))))
      return true;
  return false;
}

IssueFinding find_issue(const DealProblem& pb, int issue, const std::map<Term, Block>& via,
                        const std::vector<OptionSet>& agreed,
                        const std::vector<std::vector<std::vector<Term>>>& together) {
  const Table& t = *pb.table;
  IssueFinding f;
  f.issue = issue;
  for (int slot = 0; slot < t.slots(); ++slot)
    if (t.at[slot][issue].silent()) f.silent.push_back(slot);
  const int n = pb.options(issue);
  bool any_agreed = false, any_possible = false, any_open = false;
  for (int o = 0; o < n; ++o) {
    OptionFinding of;
    of.option = o;
    bool refused_by_decider = false;
    for (int slot = 0; slot < t.slots(); ++slot) {
      const Position& p = t.at[slot][issue];
      const PartyIssue& pi = pb.at[slot][issue];
      if (has(p.wants(), o)) of.wanted_by.push_back(slot);
      else if (has(p.acceptable(), o)) of.accepted_by.push_back(slot);
      else if (has(p.rules_out(), o)) of.ruled_out_by.push_back(slot);
      else if (has(pi.conditional_only, o)) of.conditional_by.push_back(slot);
      else of.open_for.push_back(slot);
      if (!pb.decides(slot, issue, o)) continue;
      if (has(p.rules_out(), o)) refused_by_decider = true;
      else if (!accepts_at_all(pi, o)) of.needs_consent.push_back(slot);
    }
    of.not_compared = pb.consent[issue][o].not_compared;
    if (auto it = via.find(Term{issue, o}); it != via.end()) of.via_rules.push_back(it->second);
    of.blocked = refused_by_decider || !of.via_rules.empty();
    of.agreed = has(agreed[issue], o);
    of.together_with = together[issue][o];
    const bool consented = of.needs_consent.empty() && of.not_compared.empty();
    any_agreed = any_agreed || of.agreed;
    any_possible = any_possible || (!of.blocked && consented);
    any_open = any_open || !of.blocked;
    f.options.push_back(std::move(of));
  }
  f.status = any_agreed     ? IssueStatus::agreement
             : any_possible ? IssueStatus::possible
             : any_open     ? IssueStatus::needs_consent
                            : IssueStatus::blocked;
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

// What `slot` accepts on `issue` given the agreed terms: outright, or on a
// condition they meet.
OptionSet accepted_given(const DealProblem& pb, int slot, int issue, const std::vector<OptionSet>& agreed) {
  const PartyIssue& pi = pb.at[slot][issue];
  OptionSet out = pi.wants | pi.accepts;
  for (int o : options_in(pi.conditional_only))
    if (met_alternative(condition_of(pb, slot, issue, o), agreed)) out |= OptionSet{1} << o;
  return out;
}

PairFinding find_pair(const DealProblem& pb, int a, int b, const std::vector<OptionSet>& agreed) {
  const Table& t = *pb.table;
  PairFinding f;
  f.a = a;
  f.b = b;
  for (int i = 0; i < t.issues(); ++i) {
    const Position& pa = t.at[a][i];
    const Position& pz = t.at[b][i];
    if (pa.silent() || pz.silent()) continue;
    const double w = (pa.weight() + pz.weight()) / 2.0;
    f.total_weight += w;
    if (accepted_given(pb, a, i, agreed) & accepted_given(pb, b, i, agreed)) {
      f.overlap.push_back(i);
      f.overlap_weight += w;
    } else if ((pa.wants() & pz.rules_out()) || (pz.wants() & pa.rules_out())) {
      f.collide.push_back(i);
      f.collide_weight += w;
    } else {
      f.apart.push_back(i);
    }
  }
  if (f.total_weight > 0) f.closeness = (f.overlap_weight - f.collide_weight) / f.total_weight;
  return f;
}

// The blocking sets of every blocked issue, within one time budget.
void find_openers(const DealProblem& pb, std::vector<IssueFinding>& issues, double time_limit) {
  using clock = std::chrono::steady_clock;
  const auto start = clock::now();
  std::unique_ptr<ConcessionFinder> finder;
  for (IssueFinding& f : issues) {
    if (f.status != IssueStatus::blocked) continue;
    const double left = time_limit - std::chrono::duration<double>(clock::now() - start).count();
    // blocking_sets() returns what it has found when its time runs out, and
    // nothing past 10 parties: then the sets are not proven.
    const auto began = clock::now();
    if (left > 0 && pb.parties <= 10) {
      if (!finder) finder = std::make_unique<ConcessionFinder>(pb);
      f.opened_by = finder->blocking_sets(f.issue, left);
    }
    const double took = std::chrono::duration<double>(clock::now() - began).count();
    f.opened_by_proven = left > 0 && took < left && pb.parties <= 10;
  }
}

}  // namespace

std::vector<OptionSet> agreed_terms(const DealProblem& pb, const std::vector<OptionSet>& blocked,
                                    std::vector<std::vector<std::vector<Term>>>* together) {
  std::vector<OptionSet> agreed(pb.issues, 0);
  std::vector<std::vector<std::vector<Term>>> with(pb.issues);
  for (int i = 0; i < pb.issues; ++i) with[i].resize(pb.options(i));
  // Could it be agreed at all: nothing blocks it, it is inside every red
  // line, every decider is compared and accepts it, and every party with a
  // stance accepts it, outright or on a condition.
  auto candidate = [&](int i, int o) {
    if (has(blocked[i], o) || !has(pb.allowed[i], o) || !pb.consent[i][o].not_compared.empty()) return false;
    for (int s : needed_for(pb, i, o))
      if (!accepts_at_all(pb.at[s][i], o)) return false;
    return true;
  };
  for (int i = 0; i < pb.issues; ++i)
    for (int o = 0; o < pb.options(i); ++o) {
      if (!candidate(i, o)) continue;
      const auto need = needed_for(pb, i, o);
      if (std::all_of(need.begin(), need.end(), [&](int s) { return accepts_outright(pb.at[s][i], o); }))
        agreed[i] |= OptionSet{1} << o;
    }
  for (bool grew = true; grew;) {
    grew = false;
    for (int i = 0; i < pb.issues; ++i)
      for (int o = 0; o < pb.options(i); ++o) {
        if (has(agreed[i], o) || !candidate(i, o) || excluded_by_agreed(pb, Term{i, o}, agreed)) continue;
        std::vector<Term> terms;
        bool met = true;
        for (int s : needed_for(pb, i, o)) {
          if (accepts_outright(pb.at[s][i], o)) continue;
          const std::vector<Term>* alt = met_alternative(condition_of(pb, s, i, o), agreed);
          if (!alt) {
            met = false;
            break;
          }
          terms.insert(terms.end(), alt->begin(), alt->end());
        }
        if (!met) continue;
        std::sort(terms.begin(), terms.end());
        terms.erase(std::unique(terms.begin(), terms.end()), terms.end());
        with[i][o] = std::move(terms);
        agreed[i] |= OptionSet{1} << o;
        grew = true;
      }
  }
  if (together) *together = std::move(with);
  return agreed;
}

Comparison compare(const Table& t, const TermModel& m, double time_limit) {
  Comparison c;
  c.problem = make_deal_problem(t, m);
  const DealProblem& pb = c.problem;
  const auto via = blocks_through_rules(pb, m);
  std::vector<OptionSet> blocked(pb.issues, 0);
  for (const auto& [term, b] : via) blocked[term.issue] |= OptionSet{1} << term.option;
  for (int i = 0; i < pb.issues; ++i)
    for (int s = 0; s < pb.parties; ++s)
      for (int o : options_in(pb.at[s][i].rules_out))
        if (pb.decides(s, i, o)) blocked[i] |= OptionSet{1} << o;
  std::vector<std::vector<std::vector<Term>>> together;
  const std::vector<OptionSet> agreed = agreed_terms(pb, blocked, &together);
  for (int i = 0; i < t.issues(); ++i) c.issues.push_back(find_issue(pb, i, via, agreed, together));
  find_openers(pb, c.issues, time_limit);
  c.cross = cross_conflicts(t, m);
  for (int a = 0; a < t.slots(); ++a)
    for (int b = a + 1; b < t.slots(); ++b) c.pairs.push_back(find_pair(pb, a, b, agreed));
  std::stable_sort(c.pairs.begin(), c.pairs.end(), [](const PairFinding& x, const PairFinding& y) {
    if (x.closeness.has_value() != y.closeness.has_value()) return x.closeness.has_value();
    return x.closeness.value_or(0) > y.closeness.value_or(0);
  });
  return c;
}

}  // namespace positions
