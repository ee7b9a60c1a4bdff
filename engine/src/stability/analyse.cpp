// Nash, GMR, SMR and SEQ for every state and decision maker, from the
// least-preferred states the opponents can reach (least_reachable.hpp).
// Definitions as in Fang, Hipel and Kilgour (1993), chapter 3; docs/stability.md.
#include <algorithm>

#include "least_reachable.hpp"
#include "move_graph.hpp"
#include "positions/stability.hpp"

namespace positions::stability {

void analyse_coalitions(const Model& m, Analysis& a);
void analyse_status_quo(const Model& m, const Moves& moves, Analysis& a);

const char* concept_name(Concept c) {
  switch (c) {
    case Concept::nash: return "Nash";
    case Concept::gmr: return "GMR";
    case Concept::smr: return "SMR";
    case Concept::seq: return "SEQ";
  }
  return "?";
}

namespace {

using Weights = std::vector<std::int64_t>;

// The focal decision maker's unilateral improvements from s, most preferred
// first (ties by state number), into `out`.
void improvements(const Moves& moves, int dm, const Weights& u, std::uint32_t s, std::vector<std::uint32_t>& out) {
  out.clear();
  moves.each(dm, s, [&](std::uint32_t t) {
    if (u[t] > u[s]) out.push_back(t);
  });
  std::sort(out.begin(), out.end(), [&](std::uint32_t a, std::uint32_t b) {
    return u[a] != u[b] ? u[a] > u[b] : a < b;
  });
}

// The best the focal decision maker can do from x by one move or staying:
// an SMR sanction must leave it no escape above the start.
Weights best_response(const Moves& moves, int dm, const Weights& u) {
  Weights w(u);
  for (std::uint32_t x = 0; x < u.size(); ++x) moves.each(dm, x, [&](std::uint32_t t) { w[x] = std::max(w[x], u[t]); });
  return w;
}

// Stable when every improvement t has a sanction: a reachable state whose
// weight is no better than the start's.
Verdict judge(const std::vector<std::uint32_t>& ui, std::int64_t now,
              const std::vector<Reached>& least) {
  Verdict v;
  for (std::uint32_t t : ui) {
    if (least[t].weight <= now) {
      if (v.move < 0) v = {true, static_cast<int>(t), static_cast<int>(least[t].state)};
      continue;
    }
    return {false, static_cast<int>(t), -1};
  }
  return v;
}

}  // namespace

Analysis analyse(const Model& m, const AnalysisOptions& options) {
  Analysis a;
  const int S = m.state_count();
  const Moves moves(m);
  const std::vector<MoveGraph> hubs = build_hub_graphs(m);
  const std::vector<MoveGraph> improvement_hubs = build_improvement_hub_graphs(m);
  a.verdicts.assign(concept_count, std::vector<std::vector<Verdict>>(m.dm_count(), std::vector<Verdict>(S)));
  for (int i = 0; i < m.dm_count(); ++i) {
    const Weights& u = m.payoff[i];
    const Weights w = best_response(moves, i, u);
    const auto any = least_reachable(hubs, m.payoff, i, MoveKind::any, {&u, &w});
    // The improvement hubs hold only improving moves: every edge is one.
    const auto ui = least_reachable(improvement_hubs, m.payoff, i, MoveKind::any, {&u});
    std::vector<std::uint32_t> mine;
    for (int s = 0; s < S; ++s) {
      improvements(moves, i, u, static_cast<std::uint32_t>(s), mine);
      Verdict nash;
      if (!mine.empty()) nash = {false, static_cast<int>(mine.front()), -1};
      a.verdicts[0][i][s] = nash;
      a.verdicts[1][i][s] = judge(mine, u[s], any[0]);
      a.verdicts[2][i][s] = judge(mine, u[s], any[1]);
      a.verdicts[3][i][s] = judge(mine, u[s], ui[0]);
    }
  }
  a.equilibria.resize(concept_count);
  for (int c = 0; c < concept_count; ++c)
    for (int s = 0; s < S; ++s) {
      bool all = true;
      for (int i = 0; i < m.dm_count() && all; ++i) all = a.verdicts[c][i][s].stable;
      if (all) a.equilibria[c].push_back(s);
    }
  if (S <= options.coalition_limit) analyse_coalitions(m, a);
  if (m.status_quo >= 0) analyse_status_quo(m, moves, a);
  return a;
}

}  // namespace positions::stability
