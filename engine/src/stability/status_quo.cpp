// From the status quo: breadth-first over every decision maker's unilateral
// improvements, so each reached state gets a shortest path (ties: the lower
// decision maker, then the lower state, first).
#include <algorithm>
#include <deque>
#include <vector>

#include "move_graph.hpp"
#include "positions/stability.hpp"

namespace positions::stability {

void analyse_status_quo(const Model& m, const Moves& moves, Analysis& a) {
  const int S = m.state_count();
  std::vector<Step> parent(S, {-1, -1});  // {mover, previous state}
  std::vector<bool> seen(S, false);
  std::deque<int> queue{m.status_quo};
  std::vector<std::uint32_t> targets;
  seen[m.status_quo] = true;
  while (!queue.empty()) {
    const int s = queue.front();
    queue.pop_front();
    for (int d = 0; d < m.dm_count(); ++d) {
      targets.clear();
      moves.each(d, static_cast<std::uint32_t>(s), [&](std::uint32_t t) { targets.push_back(t); });
      std::sort(targets.begin(), targets.end());
      for (std::uint32_t u : targets) {
        const int t = static_cast<int>(u);
        if (seen[t] || m.payoff[d][t] <= m.payoff[d][s]) continue;
        seen[t] = true;
        parent[t] = {d, s};
        queue.push_back(t);
      }
    }
  }
  std::vector<bool> equilibrium(S, false);
  for (const auto& list : a.equilibria)
    for (int s : list) equilibrium[s] = true;
  for (int t = 0; t < S; ++t) {
    if (!seen[t]) continue;
    ++a.reached_from_status_quo;
    if (!equilibrium[t]) continue;
    Path p{t, {}};
    for (int x = t; x != m.status_quo; x = parent[x].state) p.steps.push_back({parent[x].dm, x});
    std::reverse(p.steps.begin(), p.steps.end());
    a.from_status_quo.push_back(std::move(p));
  }
}

}  // namespace positions::stability
