#include "textbook.hpp"

#include <deque>
#include <utility>

namespace positions::stability::textbook {

// Joint moves of `movers` from s: every other feasible state whose changed
// options all belong to movers and may change that way.
std::vector<int> moves(const Model& m, const std::vector<int>& movers, int s) {
  std::vector<int> out;
  for (int t = 0; t < m.state_count(); ++t) {
    if (t == s) continue;
    bool ok = true;
    for (std::size_t k = 0; k < m.options.size() && ok; ++k) {
      const bool before = (m.states[s] >> k) & 1u, after = (m.states[t] >> k) & 1u;
      if (before == after) continue;
      bool mine = false;
      for (int d : movers) mine = mine || m.options[k].owner == d;
      const Direction dir = m.options[k].direction;
      ok = mine && !(dir == Direction::forward_only && before) && !(dir == Direction::backward_only && !before);
    }
    if (ok) out.push_back(t);
  }
  return out;
}

std::vector<bool> reachable(const Model& m, const std::vector<int>& movers, int s, bool improvements) {
  const int S = m.state_count(), n = m.dm_count();
  std::vector<std::vector<bool>> seen(S, std::vector<bool>(n + 1, false));  // [state][last mover, n = none]
  std::vector<bool> out(S, false);
  std::deque<std::pair<int, int>> queue{{s, n}};
  seen[s][n] = true;
  while (!queue.empty()) {
    auto [x, last] = queue.front();
    queue.pop_front();
    for (int k : movers) {
      if (k == last) continue;
      for (int y : moves(m, {k}, x)) {
        if (improvements && m.payoff[k][y] <= m.payoff[k][x]) continue;
        out[y] = true;
        if (!seen[y][k]) {
          seen[y][k] = true;
          queue.push_back({y, k});
        }
      }
    }
  }
  return out;
}

Result analyse(const Model& m) {
  const int S = m.state_count(), n = m.dm_count();
  Result r;
  r.stable.assign(concept_count, std::vector<std::vector<bool>>(n, std::vector<bool>(S, true)));
  for (int i = 0; i < n; ++i) {
    std::vector<int> others;
    for (int d = 0; d < n; ++d)
      if (d != i) others.push_back(d);
    const auto& u = m.payoff[i];
    for (int s = 0; s < S; ++s) {
      for (int s1 : moves(m, {i}, s)) {
        if (u[s1] <= u[s]) continue;  // not a unilateral improvement
        r.stable[0][i][s] = false;
        const std::vector<bool> any = reachable(m, others, s1, false);
        const std::vector<bool> ui = reachable(m, others, s1, true);
        bool gmr = false, smr = false, seq = false;
        for (int s2 = 0; s2 < S; ++s2) {
          if (u[s2] > u[s]) continue;
          if (any[s2]) {
            gmr = true;
            bool no_escape = true;
            for (int s3 : moves(m, {i}, s2)) no_escape = no_escape && u[s3] <= u[s];
            smr = smr || no_escape;
          }
          if (ui[s2]) seq = true;
        }
        if (!gmr) r.stable[1][i][s] = false;
        if (!smr) r.stable[2][i][s] = false;
        if (!seq) r.stable[3][i][s] = false;
      }
    }
  }
  r.coalition_stable.assign(S, true);
  for (std::uint32_t h = 1; h < (1u << n); ++h) {
    std::vector<int> members;
    for (int d = 0; d < n; ++d)
      if (h >> d & 1u) members.push_back(d);
    for (int s = 0; s < S; ++s)
      for (int t : moves(m, members, s)) {
        bool all = true;
        for (int d : members) all = all && m.payoff[d][t] > m.payoff[d][s];
        if (all) r.coalition_stable[s] = false;
      }
  }
  return r;
}

}  // namespace positions::stability::textbook
