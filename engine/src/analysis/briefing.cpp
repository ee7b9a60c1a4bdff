#include "briefing.hpp"

#include "pipeline.hpp"

#include <algorithm>
#include <map>
#include <set>
#include <tuple>

namespace positions {

namespace {

void add_unique(std::vector<int>& v, int x) {
  if (std::find(v.begin(), v.end(), x) == v.end()) v.push_back(x);
}

}  // namespace

std::vector<int> blockers(const IssueFinding& f) {
  std::set<int> who;
  for (const auto& o : f.options) {
    who.insert(o.ruled_out_by.begin(), o.ruled_out_by.end());
    for (const auto& b : o.via_rules) who.insert(b.slot);
  }
  return {who.begin(), who.end()};
}

const Scenario* previous_scenario(const Dataset& data, const Scenario& s) {
  if (!s.builds_on.empty()) {
    const int base = data.scenario_index(s.builds_on);
    return base < 0 ? nullptr : &data.scenarios[base];
  }
  const Scenario* before = nullptr;
  for (const auto& other : data.scenarios) {  // by date, then name
    if (&other == &s) break;
    if (other.builds_on.empty() && other.date < s.date) before = &other;
  }
  return before;
}

std::optional<Drift> drift_since_previous(const Dataset& data, const Scenario& s, const std::vector<int>& parties) {
  const Scenario* before = previous_scenario(data, s);
  if (!before) return std::nullopt;
  std::vector<int> both, left_out;
  for (int p : parties)
    (std::find(before->parties.begin(), before->parties.end(), p) != before->parties.end() ? both : left_out)
        .push_back(p);
  if (both.empty()) return std::nullopt;
  return Drift{diff_scenarios(data, *before, s, both), left_out};
}

Briefing make_briefing(const Table& t, const Comparison& c, const TermModel& model, const Lens& lens) {
  Briefing b;
  b.table = &t;
  b.comparison = &c;
  b.model = &model;
  b.lens = lens;

  for (int a = 0; a < t.slots(); ++a)
    for (int z = a + 1; z < t.slots(); ++z) {
      PartyEdge e;
      e.a = a;
      e.b = z;
      b.edges.push_back(e);
    }
  auto edge = [&](int x, int y) -> PartyEdge& {
    const int a = std::min(x, y), z = std::max(x, y);
    // Pairs are stored row by row: (0,1), (0,2), ..., (1,2), ...
    const int n = t.slots();
    return b.edges[a * n - a * (a + 1) / 2 + (z - a - 1)];
  };
  for (const auto& p : c.pairs) {
    PartyEdge& e = edge(p.a, p.b);
    e.collide = p.collide;
    e.overlap = p.overlap;
    e.collide_weight = p.collide_weight;
    e.overlap_weight = p.overlap_weight;
    e.closeness = p.closeness;
  }
  for (int x = 0; x < static_cast<int>(c.cross.size()); ++x)
    for (int sa : c.cross[x].by_a)
      for (int sb : c.cross[x].by_b)
        if (sa != sb) add_unique(edge(sa, sb).cross, x);

  std::set<int> contested;
  for (const auto& f : c.issues)
    if (f.status == IssueStatus::blocked) contested.insert(f.issue);
  for (const auto& p : c.pairs) contested.insert(p.collide.begin(), p.collide.end());
  for (const auto& x : c.cross) {
    contested.insert(x.a.issue);
    contested.insert(x.b.issue);
  }
  b.contested.assign(contested.begin(), contested.end());

  const TermGraph& g = model.graph();
  std::map<std::tuple<int, Term, Term>, std::set<int>> links;  // kind, from, to -> slots
  for (auto [it, end] = boost::edges(g); it != end; ++it) {
    const Term from = model.term(boost::source(*it, g)), to = model.term(boost::target(*it, g));
    if (!contested.count(from.issue) || !contested.count(to.issue)) continue;
    auto& slots = links[{static_cast<int>(g[*it].kind), from, to}];
    if (g[*it].kind == EdgeKind::conditional) slots.insert(g[*it].slot);
  }
  for (const auto& [key, slots] : links)
    b.links.push_back({static_cast<EdgeKind>(std::get<0>(key)), std::get<1>(key), std::get<2>(key),
                       std::vector<int>(slots.begin(), slots.end())});

  std::set<std::string> sources;
  for (int s = 0; s < t.slots(); ++s)
    for (int i = 0; i < t.issues(); ++i)
      if (const Stance* st = t.at[s][i].stance)
        for (const auto& e : st->evidence) {
          if (!e.doc) {
            sources.insert(e.source);
            continue;
          }
          // "Title", Outlet (author), published 2024-11; file 001_x.txt
          const SourceDoc& d = *e.doc;
          sources.insert("\u201c" + d.title + "\u201d, " + d.outlet + (d.author.empty() ? "" : " (" + d.author + ")") +
                         ", published " + (d.published ? d.published->str() : std::string("on an unknown date")) +
                         "; file " + d.file + (d.url.empty() ? "" : ", " + d.url));
        }
  b.sources.assign(sources.begin(), sources.end());
  return b;
}

Briefing make_briefing(const Analysis& a) {
  Briefing b = make_briefing(a.table, a.comparison, a.model, a.lens());
  b.deals = a.deals ? &*a.deals : nullptr;
  b.drift = a.drift ? &*a.drift : nullptr;
  b.across = a.across ? &*a.across : nullptr;
  return b;
}

}  // namespace positions
