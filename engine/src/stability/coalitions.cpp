// Coalition Nash (positions/stability.hpp): a joint move by the decision
// makers whose options change, which each of them strictly prefers. The
// smallest such coalition is the one a report names: a larger coalition
// containing it would need its extra members to prefer the move too.
#include <bit>

#include "move_graph.hpp"
#include "positions/stability.hpp"

namespace positions::stability {

void analyse_coalitions(const Model& m, Analysis& a) {
  const int S = m.state_count();
  const Reversibility rev(m);
  std::vector<StateBits> owned(m.dms.size());
  for (int d = 0; d < m.dm_count(); ++d) owned[d] = option_bits(m, d);
  a.coalition.assign(S, {});
  a.coalitions_analysed = true;
  // O(S^2 * decision makers): only run under AnalysisOptions::coalition_limit.
  for (int s = 0; s < S; ++s) {
    CoalitionVerdict best;
    for (int t = 0; t < S; ++t) {
      const StateBits flip = m.states[s] ^ m.states[t];
      if (t == s || (flip & ~rev.may_flip(m.states[s])) != 0) continue;
      std::uint32_t members = 0;
      bool all_prefer = true;
      for (int d = 0; d < m.dm_count() && all_prefer; ++d)
        if (flip & owned[d]) {
          members |= std::uint32_t{1} << d;
          all_prefer = m.payoff[d][t] > m.payoff[d][s];
        }
      if (!all_prefer) continue;
      const bool smaller = best.stable || std::popcount(members) < std::popcount(best.members) ||
                           (std::popcount(members) == std::popcount(best.members) && members < best.members);
      if (smaller) best = {false, members, t};
    }
    a.coalition[s] = best;
    if (best.stable) a.coalition_equilibria.push_back(s);
  }
}

}  // namespace positions::stability
