// What the YAML and .gmcr readers share once they have read the words:
// feasible states from the infeasibility tests, and payoffs from option
// prioritisation. Private to the stability library.
#pragma once

#include <cstdint>
#include <functional>
#include <vector>

#include "positions/stability.hpp"

namespace positions::stability {

// Every combination of `options` options that no test in `infeasible` matches, ascending.
std::vector<StateBits> feasible_states(int options, const std::function<bool(StateBits)>& infeasible);

// GMCR II's option prioritisation: statement j of n (most important first)
// adds 2^(n-1-j) to a state's score where it holds. REQUIRES: n <= 62.
std::vector<std::int64_t> prioritised_payoff(const std::vector<StateBits>& states,
                                             const std::vector<std::function<bool(StateBits)>>& statements);

inline constexpr int max_statements = 62;
inline constexpr int max_decision_makers = 16;

}  // namespace positions::stability
