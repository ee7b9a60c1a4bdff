#include "deal_analysis.hpp"

#include <algorithm>
#include <chrono>

namespace positions {

DealAnalysis analyse_deals(const Table& table, const TermModel& model, const DealOptions& options,
                           int alternatives) {
  const auto start = std::chrono::steady_clock::now();
  DealAnalysis a;
  a.problem = make_deal_problem(table, model);
  // The deals may use up to 60% of the time, so the concessions always get
  // some; each search stops early only if it does not finish.
  DealOptions deal_options = options;
  deal_options.time_limit = options.time_limit * 0.6;
  a.deals = find_deals(a.problem, deal_options);
  const double spent = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
  a.concessions = find_concessions(a.problem, {alternatives, std::max(0.0, options.time_limit - spent)});
  return a;
}

}  // namespace positions
