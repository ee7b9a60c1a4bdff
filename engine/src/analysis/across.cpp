#include "across.hpp"

#include <algorithm>

#include "compare.hpp"
#include "deals.hpp"
#include "term_graph.hpp"

namespace positions {

namespace {

int column_of(const Across& a, const std::string& scenario) {
  for (size_t c = 0; c < a.columns.size(); ++c)
    if (a.columns[c].scenario->name == scenario) return static_cast<int>(c);
  return -1;
}

}  // namespace

Across compare_across(const Dataset& data, const std::vector<int>& parties, double time_limit) {
  Across a;
  a.parties = parties;
  int columns = 0;
  for (const auto& sc : data.scenarios)
    if (std::all_of(parties.begin(), parties.end(), [&](int p) {
          return std::find(sc.parties.begin(), sc.parties.end(), p) != sc.parties.end();
        }))
      ++columns;
  // The time limit is the whole command's: each scenario's deal search gets an equal share.
  const double per_column = time_limit / std::max(columns, 1);
  int last_dated = -1;
  for (const auto& sc : data.scenarios) {
    AcrossSkip skip{&sc, {}};
    for (int p : parties)
      if (std::find(sc.parties.begin(), sc.parties.end(), p) == sc.parties.end()) skip.missing.push_back(p);
    if (!skip.missing.empty()) {
      a.skipped.push_back(std::move(skip));
      continue;
    }
    AcrossColumn col;
    col.scenario = &sc;
    col.table = make_table(data, parties, sc.date, &sc);
    const TermModel model(data.catalog, &col.table);
    const Comparison c = compare(col.table, model, per_column / 10);
    for (const auto& f : c.issues) col.issues.push_back(issue_state(col.table, f));
    col.cross_conflicts = static_cast<int>(c.cross.size());
    col.deals = find_deals(make_deal_problem(col.table, model), DealOptions{1, per_column});
    a.columns.push_back(std::move(col));
  }
  for (auto& col : a.columns) {
    col.reference = col.scenario->builds_on.empty() ? last_dated : column_of(a, col.scenario->builds_on);
    if (col.scenario->builds_on.empty()) last_dated = static_cast<int>(&col - a.columns.data());
  }
  for (size_t c = 0; c < a.columns.size(); ++c) {
    const AcrossColumn& col = a.columns[c];
    if (col.reference < 0) continue;
    const AcrossColumn& ref = a.columns[col.reference];
    for (size_t i = 0; i < col.issues.size(); ++i) {
      const IssueState& from = ref.issues[i];
      const IssueState& to = col.issues[i];
      if (!same_standing(from, to))
        a.changes.push_back({static_cast<int>(c), static_cast<int>(i), from, to});
    }
  }
  return a;
}

}  // namespace positions
