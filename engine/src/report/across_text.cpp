#include <algorithm>

#include "across_report.hpp"
#include "text_layout.hpp"

namespace positions {

namespace {

// A cell: short enough that several scenarios fit side by side.
std::string cell(const Table& t, const IssueState& s) {
  std::string text;
  if (s.status == IssueStatus::agreement) text = "agree";
  else if (s.status == IssueStatus::possible) text = "possible";
  else if (s.status == IssueStatus::needs_consent) text = "consent";
  else {
    // The sets that could open it: "x ru|ua+us"; "?" when not proven.
    std::vector<std::string> sets;
    for (const auto& set : s.blocked_by) {
      std::vector<std::string> codes;
      for (int slot : set) codes.push_back(t.party(slot).code);
      sets.push_back(join(codes, "+"));
    }
    text = "x " + join(sets, "|") + (s.blocked_by_proven ? "" : "?");
  }
  return s.assumed ? text + "*" : text;
}

std::string pad(std::string s, size_t width) {
  const size_t w = static_cast<size_t>(display_width(s));
  if (w < width) s.append(width - w, ' ');
  return s;
}

// "x ru|ua+us", with the parties compared, for the legend.
std::string blocked_example(const Dataset& data, const Across& a) {
  std::vector<std::string> codes;
  for (size_t i = 0; i < a.parties.size() && i < 3; ++i) codes.push_back(data.parties[a.parties[i]].code);
  std::string example = "x " + (codes.empty() ? std::string() : codes[0]);
  if (codes.size() == 2) example += "|" + codes[1];
  if (codes.size() > 2) example += "|" + codes[1] + "+" + codes[2];
  return example;
}

std::string label(size_t column) { return "S" + std::to_string(column + 1); }

void matrix(std::ostream& out, const Dataset& data, const Across& a) {
  const Catalog& cat = data.catalog;
  const size_t n = a.columns.size();
  size_t first_width = std::string("conflicts").size();
  for (const auto& i : cat.issues) first_width = std::max(first_width, i.id.size());
  first_width += 2;
  std::vector<std::vector<std::string>> cells(n);
  std::vector<size_t> width(n);
  for (size_t c = 0; c < n; ++c) {
    const AcrossColumn& col = a.columns[c];
    for (const auto& s : col.issues) cells[c].push_back(cell(col.table, s));
    cells[c].push_back(std::to_string(col.cross_conflicts));
    width[c] = label(c).size();
    for (const auto& s : cells[c]) width[c] = std::max(width[c], static_cast<size_t>(display_width(s)));
    width[c] += 2;
  }
  // Columns that do not fit in 80 go to a further block below.
  for (size_t start = 0; start < n;) {
    size_t end = start, used = first_width;
    while (end < n && (end == start || used + width[end] <= static_cast<size_t>(kTextWidth))) used += width[end++];
    out << '\n' << pad("", first_width);
    for (size_t c = start; c < end; ++c) out << (c + 1 == end ? label(c) : pad(label(c), width[c]));
    out << '\n';
    for (size_t r = 0; r <= cat.issues.size(); ++r) {
      std::string line = pad(r < cat.issues.size() ? cat.issues[r].id : "conflicts", first_width);
      for (size_t c = start; c < end; ++c) line += c + 1 == end ? cells[c][r] : pad(cells[c][r], width[c]);
      out << line << '\n';
    }
    start = end;
  }
}

}  // namespace

void write_across_text(std::ostream& out, const Dataset& data, const Across& a) {
  std::vector<std::string> names;
  for (int p : a.parties) names.push_back(data.parties[p].code + " = " + data.parties[p].name);
  out << wrap(join(names, "; "), "Parties   ", "          ");
  out << "\nSCENARIOS\n";
  if (a.columns.empty()) out << "  none in which all these parties take part\n";
  for (size_t c = 0; c < a.columns.size(); ++c) {
    const Scenario& sc = *a.columns[c].scenario;
    std::string text = sc.name + " (" + sc.date.str();
    if (!sc.builds_on.empty()) {
      const int ref = a.columns[c].reference;
      text += ", what-if on " + (ref >= 0 ? label(static_cast<size_t>(ref)) : sc.builds_on);
    }
    text += "): " + sc.title;
    out << wrap(text, pad("  " + label(c), 7), "       ");
  }
  for (const auto& s : a.skipped) {
    std::vector<std::string> codes;
    for (int p : s.missing) codes.push_back(data.parties[p].code);
    out << wrap(s.scenario->name + ": " + join(codes) + (codes.size() == 1 ? " does" : " do") + " not take part",
                "  skipped ", "    ");
  }
  if (a.columns.empty()) return;

  out << "\nISSUES BY SCENARIO\n";
  matrix(out, data, a);
  out << '\n'
      << wrap("agree: an option every decider and every party with a stance accepts, outright or together "
              "with other agreed terms; possible: no agreement, but an option every decider accepts and none "
              "rules out; consent: every such option still needs a decider's consent; " + blocked_example(data, a) +
              ": every option is blocked, and these sets of parties (| between sets, + within one) could each "
              "open it by their own moves, ? when not proven; *: rests on an ASSUMED (what-if) stance; conflicts: cross-issue conflicts between the "
              "parties' terms.",
              "Legend: ", "        ");

  if (!a.columns.empty()) {
    out << "\nBEST DEAL\n";
    for (size_t c = 0; c < a.columns.size(); ++c)
      out << wrap(best_deal_words(a.columns[c].table, a.columns[c].deals), pad("  " + label(c), 7), "       ");
  }

  out << "\nWHAT OPENED AND CLOSED\n";
  bool any = false;
  for (size_t c = 0; c < a.columns.size(); ++c) {
    const AcrossColumn& col = a.columns[c];
    if (col.reference < 0) continue;
    any = true;
    const AcrossColumn& ref = a.columns[col.reference];
    out << wrap(label(col.reference) + " -> " + label(c) + ": " + ref.scenario->name + " -> " + col.scenario->name,
                "  ", "    ");
    bool moved = false;
    for (const auto& ch : a.changes) {
      if (ch.column != static_cast<int>(c)) continue;
      moved = true;
      const Issue& is = data.catalog.issues[ch.issue];
      std::string line = is.id + ": " + state_words(ref.table, ch.from) + " -> " + state_words(col.table, ch.to);
      const std::string agreed = agreed_change_words(is, ch.from.agreed, ch.to.agreed);
      if (!agreed.empty()) line += " (" + agreed + ")";
      out << wrap(line, "    ", "      ");
    }
    if (!moved) out << "    no issue changed status\n";
  }
  if (!any) out << "  nothing to set side by side: one scenario\n";
}

}  // namespace positions
