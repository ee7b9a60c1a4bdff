#include "build_model.hpp"

namespace positions::stability {

std::vector<StateBits> feasible_states(int options, const std::function<bool(StateBits)>& infeasible) {
  std::vector<StateBits> out;
  const StateBits end = StateBits{1} << options;
  for (StateBits s = 0; s < end; ++s)
    if (!infeasible(s)) out.push_back(s);
  return out;
}

std::vector<std::int64_t> prioritised_payoff(const std::vector<StateBits>& states,
                                             const std::vector<std::function<bool(StateBits)>>& statements) {
  std::vector<std::int64_t> payoff(states.size(), 0);
  const int n = static_cast<int>(statements.size());
  for (int j = 0; j < n; ++j)
    for (std::size_t s = 0; s < states.size(); ++s)
      if (statements[j](states[s])) payoff[s] += std::int64_t{1} << (n - 1 - j);
  return payoff;
}

}  // namespace positions::stability
