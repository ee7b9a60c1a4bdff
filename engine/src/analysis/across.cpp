#include "across.hpp"

#include <algorithm>
#include <cstdio>

#include "compare.hpp"
#include "deals.hpp"
#include "term_graph.hpp"
#include "text_layout.hpp"

namespace positions {

namespace {

int column_of(const Across& a, const std::string& scenario) {
  for (size_t c = 0; c < a.columns.size(); ++c)
    if (a.columns[c].scenario->name == scenario) return static_cast<int>(c);
  return -1;
}

// Each scenario's deal search gets this long; the matrix is a summary, and a
// ranking cut short says so in its words.
constexpr double kDealSecondsPerScenario = 2;

// The fairest deal in one line: the terms it settles, what stays open, and
// what each party gets.
std::string best_deal_words(const DealsResult& d, const Table& t) {
  if (d.deals.empty()) return "no deal found";
  const Deal& best = d.deals.front();
  const Catalog& cat = t.catalog();
  std::vector<std::string> settled, open, utility;
  for (int i = 0; i < t.issues(); ++i) {
    if (best.package[i] == kOpen) open.push_back(cat.issues[i].id);
    else settled.push_back(cat.term_name(Term{i, best.package[i]}));
  }
  char buf[32];
  for (int s = 0; s < t.slots(); ++s) {
    std::snprintf(buf, sizeof buf, "%.2f", best.utility[s]);
    utility.push_back(t.party(s).code + " " + buf);
  }
  std::string words = settled.empty() ? "settles nothing" : join(settled);
  if (!open.empty()) words += "; open: " + join(open);
  words += "; utility " + join(utility);
  if (!d.proven) words += " (ranking not proven in the time allowed)";
  return words;
}

}  // namespace

Across compare_across(const Dataset& data, const std::vector<int>& parties) {
  Across a;
  a.parties = parties;
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
    const Comparison c = compare(col.table, model);
    for (const auto& f : c.issues) col.issues.push_back(issue_state(col.table, f));
    col.cross_conflicts = static_cast<int>(c.cross.size());
    col.best_deal = best_deal_words(
        find_deals(make_deal_problem(col.table, model), DealOptions{1, kDealSecondsPerScenario}), col.table);
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
