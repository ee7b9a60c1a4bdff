#include "positions/deal_analysis.hpp"

#include <algorithm>
#include <chrono>

namespace positions {

DealAnalysis analyse_deals(const Table& table, const TermModel& model, const DealOptions& options,
                           int alternatives) {
  const auto start = std::chrono::steady_clock::now();
  DealAnalysis a;
  a.problem = make_deal_problem(table, model);
  a.deals = find_deals(a.problem, options);
  const double spent = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
  a.concessions = find_concessions(a.problem, {alternatives, std::max(0.0, options.time_limit - spent)});
  return a;
}

}  // namespace positions
