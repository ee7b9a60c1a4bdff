#include "deal_analysis.hpp"

#include <algorithm>
#include <chrono>

namespace positions {

DealAnalysis analyse_deals(const Table& table, const TermModel& model, const DealOptions& options,
                           int alternatives) {
  return analyse_deals(make_deal_problem(table, model), options, alternatives);
}

DealAnalysis analyse_deals(const DealProblem& problem, const DealOptions& options, int alternatives) {
  const auto start = std::chrono::steady_clock::now();
  const Table& table = *problem.table;
  DealAnalysis a;
  a.problem = problem;
  // The deals may use up to 60% of the time, so the concessions always get
  // some; each search stops early only if it does not finish.
  DealOptions deal_options = options;
  deal_options.time_limit = options.time_limit * 0.6;
  a.deals = find_deals(a.problem, deal_options);
  const double spent = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
  const double left = std::max(0.0, options.time_limit - spent);
  a.concessions = find_concessions(a.problem, {alternatives, left * 0.8});
  a.verdict = find_verdict(a.problem, a.deals, left * 0.1);
  // Firmness: the same question with only on-record stances.
  if (!table.on_record_only && table.data) {
    const Table strict = make_table(*table.data, table.parties, table.as_of, table.scenario, true);
    bool all_on_record = true;
    for (const auto& row : strict.set_aside)
      for (const Stance* s : row) all_on_record = all_on_record && s == nullptr;
    a.verdict.on_record_only = all_on_record;
    if (!all_on_record) {
      const TermModel strict_model(strict.catalog(), &strict);
      const DealProblem pb = make_deal_problem(strict, strict_model);
      DealOptions o = options;
      o.top = 1;
      o.time_limit = std::max(0.01, left * 0.1);
      a.verdict.checked_on_record = true;
      a.verdict.deal_possible_on_record = !find_deals(pb, o).deals.empty();
    }
  } else {
    a.verdict.on_record_only = true;
  }
  return a;
}

}  // namespace positions
