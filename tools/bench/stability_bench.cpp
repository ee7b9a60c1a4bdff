// positions-bench-stability: prints how long the four stability concepts take
// for every decision maker on random graph models of 2^10 .. 2^20 states, and
// the peak memory. Not a test: figures for docs/stability.md.
//   positions-bench-stability [MAX_LOG2_STATES] (default 20)
#include <sys/resource.h>

#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <random>

#include "positions/stability.hpp"

using namespace positions::stability;

namespace {

// 4 decision makers sharing `options` options round-robin, every state
// feasible, random preferences with ties (payoffs 0..states/4).
Model random_model(int options, std::mt19937_64& rng) {
  Model m;
  m.name = "random";
  const int dms = 4;
  for (int d = 0; d < dms; ++d) m.dms.push_back({"dm" + std::to_string(d), "DM " + std::to_string(d), {}});
  for (int k = 0; k < options; ++k) {
    const int owner = k % dms;
    m.options.push_back({"o" + std::to_string(k), "o" + std::to_string(k), owner,
                         k % 7 == 6 ? Direction::forward_only : Direction::both});
    m.dms[owner].options.push_back(k);
  }
  const StateBits n = StateBits{1} << options;
  m.states.resize(n);
  for (StateBits s = 0; s < n; ++s) m.states[s] = s;
  std::uniform_int_distribution<std::int64_t> pay(0, std::max<std::int64_t>(1, n / 4));
  m.payoff.assign(dms, std::vector<std::int64_t>(n));
  for (auto& p : m.payoff)
    for (auto& x : p) x = pay(rng);
  m.status_quo = 0;
  return m;
}

long peak_mib() {
  rusage u{};
  getrusage(RUSAGE_SELF, &u);
  return u.ru_maxrss / 1024;
}

}  // namespace

int main(int argc, char** argv) {
  const int max_log = argc > 1 ? std::atoi(argv[1]) : 20;
  std::mt19937_64 rng(12);
  std::printf("%8s %10s %12s %12s %10s %14s\n", "options", "states", "moves", "analyse ms", "peak MiB", "equilibria n/g/m/s");
  for (int k = 10; k <= max_log; ++k) {
    const Model m = random_model(k, rng);
    long long moves = 0;
    for (const auto& dm : m.dms) moves += static_cast<long long>(m.states.size()) * ((1LL << dm.options.size()) - 1);
    AnalysisOptions opt;
    opt.coalition_limit = 0;  // the coalition check is quadratic and not among the four concepts
    const auto t0 = std::chrono::steady_clock::now();
    const Analysis a = analyse(m, opt);
    const auto t1 = std::chrono::steady_clock::now();
    std::printf("%8d %10zu %12lld %12.1f %10ld %5zu/%zu/%zu/%zu\n", k, m.states.size(), moves,
                std::chrono::duration<double, std::milli>(t1 - t0).count(), peak_mib(), a.equilibria[0].size(),
                a.equilibria[1].size(), a.equilibria[2].size(), a.equilibria[3].size());
    std::fflush(stdout);
  }
}
