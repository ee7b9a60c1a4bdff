#include <algorithm>

#include "across_report.hpp"
#include "compare_report.hpp"
#include "diff_report.hpp"
#include "text_layout.hpp"
#include "wording.hpp"

namespace positions {

namespace {

// "wants current_line; accepts ua_all; rules out ru_all; accepts ru_all only
// if zaporizhzhia_kherson.ru_returns_part; high; since 2025-10-18"
std::string terms_words(const Catalog& cat, int issue, const Stance& st) {
  std::vector<std::string> parts = stance_clauses(cat, issue, st);
  parts.push_back(priority_words(st.priority));
  parts.push_back((st.assumed ? "assumed as of " : "since ") + when_words(st.when));
  return join(parts, "; ");
}

void side(std::ostream& out, const char* label, const Table& t, int slot, int issue, const Stance* st) {
  const std::string head = std::string("    ") + label + "  ";
  const std::string indent(head.size(), ' ');
  if (!st) {
    out << wrap("nothing said as of " + t.as_of.str(), head, indent);
    return;
  }
  out << wrap(terms_words(t.catalog(), issue, *st), head, indent);
  if (st->assumed) out << wrap("ASSUMED, not stated: " + st->rationale, indent, indent + "  ");
  else if (st->evidence.empty()) out << indent << "no evidence cited\n";
  for (const auto& e : st->evidence) {
    out << wrap(citation_words(t.party(slot), e), indent + "  ", indent + "    ");
    out << wrap("\"" + e.quote + "\"", indent + "    ", indent + "     ");
  }
}

// The parties of either scenario not compared, and why: "eu (only in
// budapest-2025)", or "(not named)" when the user chose fewer.
std::string left_out(const ScenarioDiff& d) {
  const Dataset& data = *d.from.data;
  auto in = [](const std::vector<int>& v, int p) { return std::find(v.begin(), v.end(), p) != v.end(); };
  const Scenario& a = *d.from_scenario;
  const Scenario& b = *d.to_scenario;
  std::vector<int> all = a.parties;
  for (int p : b.parties)
    if (!in(all, p)) all.push_back(p);
  std::vector<std::string> out;
  for (int p : all) {
    if (in(d.from.parties, p)) continue;
    const std::string why = !in(b.parties, p) ? "only in " + a.name : !in(a.parties, p) ? "only in " + b.name : "not named";
    out.push_back(data.parties[p].code + " (" + why + ")");
  }
  return join(out);
}

void stances(std::ostream& out, const ScenarioDiff& d) {
  out << "\nSTANCES THAT MOVED\n";
  for (int slot = 0; slot < d.from.slots(); ++slot) {
    const Party& p = d.from.party(slot);
    out << '\n' << wrap(p.code + " = " + p.name, "", "  ");
    const std::string gov = government_change_words(p, d.from.as_of, d.to.as_of);
    if (!gov.empty()) out << wrap(gov, "  ", "    ");
    bool any = false;
    for (const auto& m : d.stances) {
      if (m.slot != slot) continue;
      any = true;
      out << "  " << d.from.catalog().issues[m.issue].id << '\n';
      side(out, "was", d.from, slot, m.issue, m.from);
      side(out, "now", d.to, slot, m.issue, m.to);
    }
    if (!any) out << "  no stance moved\n";
  }
}

void issues(std::ostream& out, const ScenarioDiff& d) {
  out << "\nWHAT OPENED AND CLOSED\n";
  if (d.issues.empty()) out << "  no issue changed status\n";
  for (const auto& m : d.issues) {
    const Issue& is = d.from.catalog().issues[m.issue];
    std::string line = is.id + ": " + state_words(d.from, m.from) + " -> " + state_words(d.to, m.to);
    const std::string agreed = agreed_change_words(is, m.from.agreed, m.to.agreed);
    if (!agreed.empty()) line += " (" + agreed + ")";
    out << wrap(line, "  ", "    ");
  }
}

void conflicts(std::ostream& out, const char* label, const Table& t, const std::vector<CrossConflict>& list) {
  out << "  " << label << ":";
  if (list.empty()) {
    out << " none\n";
    return;
  }
  out << '\n';
  for (const auto& x : list) {
    out << wrap(conflict_words(t, x), "    ", "      ");
    if (x.rule >= 0) out << wrap(rule_words(t.catalog(), x.rule), "      rule: ", "        ");
  }
}

}  // namespace

void write_diff_text(std::ostream& out, const ScenarioDiff& d) {
  out << wrap(scenario_words(*d.from_scenario) + " -> " + scenario_words(*d.to_scenario), "Diff      ",
              "          ");
  std::vector<std::string> names;
  for (int s = 0; s < d.from.slots(); ++s) names.push_back(d.from.party(s).code + " = " + d.from.party(s).name);
  out << wrap(join(names, "; "), "Parties   ", "          ");
  const std::string left = left_out(d);
  if (!left.empty()) out << wrap(left, "Left out  ", "          ");
  stances(out, d);
  issues(out, d);
  out << "\nCROSS-ISSUE CONFLICTS\n";
  conflicts(out, "appeared", d.to, d.appeared);
  conflicts(out, "vanished", d.from, d.vanished);
  if (d.regrouped.empty()) return;
  out << "  held by other parties now:\n";
  for (const auto& [was, now] : d.regrouped) {
    out << wrap(conflict_words(d.from, was), "    was  ", "         ");
    out << wrap(conflict_words(d.to, now), "    now  ", "         ");
  }
}

}  // namespace positions
