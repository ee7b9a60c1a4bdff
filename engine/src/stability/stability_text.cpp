// The analysis in 80 columns: the model in brief, the equilibria, a table of
// stability by state (small models), and the reasons at the status quo and
// at every equilibrium.
#include <algorithm>
#include <set>
#include <sstream>

#include "text_layout.hpp"
#include "stability_words.hpp"

namespace positions::stability {

namespace {

constexpr int table_limit = 64;  // states: a larger model lists equilibria only

std::string fit(const std::string& s, std::size_t width) {
  std::string out = s.size() > width ? s.substr(0, width) : s;
  out.resize(width, ' ');
  return out;
}

std::string numbers(const std::vector<int>& states) {
  if (states.empty()) return "none";
  std::vector<std::string> n;
  for (int s : states) n.push_back(std::to_string(s + 1));
  return join(n);
}

// "  Nash            1, 4": the label in a column of 18, the list wrapped
// under itself (wrap keeps a prefix but trims its trailing spaces, so the
// first line's prefix is a placeholder replaced afterwards).
std::string labelled(const std::string& label, const std::string& text) {
  std::string out = wrap(text, std::string(18, '#'), std::string(18, ' '));
  return out.replace(0, 18, "  " + fit(label, 16));
}

const char* direction_words(Direction d) {
  switch (d) {
    case Direction::both: return "";
    case Direction::forward_only: return " (once taken, stays taken)";
    case Direction::backward_only: return " (once dropped, stays dropped)";
  }
  return "";
}

void reasons(std::ostream& out, const Model& m, const Analysis& a, int s) {
  for (int d = 0; d < m.dm_count(); ++d) {
    const Verdict& nash = a.at(Concept::nash, d, s);
    if (nash.stable) {
      out << wrap(explain(m, Concept::nash, d, s, nash) + " (so stable under every concept)", "    ", "      ");
      continue;
    }
    for (int c = 0; c < concept_count; ++c)
      out << wrap(explain(m, static_cast<Concept>(c), d, s, a.at(static_cast<Concept>(c), d, s)), "    ", "      ");
  }
  if (a.coalitions_analysed) out << wrap(coalition_words(m, s, a.coalition[s]), "    ", "      ");
}

}  // namespace

void write_stability_text(std::ostream& out, const Model& m, const Analysis& a) {
  out << wrap(m.name.empty() ? m.source : m.name + " (" + m.source + ")", "", "  ");
  out << m.dm_count() << " decision makers, " << m.options.size() << " options, " << m.state_count()
      << " feasible states";
  if (m.status_quo >= 0) out << "; status quo: state " << m.status_quo + 1;
  out << "\n";
  for (const std::string& note : m.notes) out << wrap(note, "  note: ", "        ");
  out << "\nOptions, in the order of the Y/N patterns:\n";
  for (std::size_t k = 0; k < m.options.size(); ++k) {
    const GmcrOption& o = m.options[k];
    out << wrap(std::to_string(k + 1) + ". " + m.dms[o.owner].name + ": " + o.label + direction_words(o.direction),
                "  ", "     ");
  }
  out << "\nEquilibria (stable for every decision maker):\n";
  for (int c = 0; c < concept_count; ++c)
    out << labelled(concept_name(static_cast<Concept>(c)), numbers(a.equilibria[c]));
  if (a.coalitions_analysed) out << labelled("coalition Nash", numbers(a.coalition_equilibria));
  else out << "  coalition Nash  not analysed above 4096 states\n";

  if (m.state_count() <= table_limit) {
    out << "\nStability by state: a letter per stable concept, n = Nash, g = GMR,\n"
           "m = SMR, s = SEQ; '.' unstable. eq: the concepts under which it is an\n"
           "equilibrium, C = coalition Nash.\n";
    const std::size_t col = std::max<std::size_t>(4, std::min<std::size_t>(9, (80 - 14 - m.options.size() - 10) /
                                                                                    std::max(1, m.dm_count())));
    out << "  " << fit("state", 6) << fit("pattern", std::max<std::size_t>(8, m.options.size() + 1));
    for (const auto& dm : m.dms) out << fit(dm.name, col - 1) << ' ';
    out << "eq\n";
    for (int s = 0; s < m.state_count(); ++s) {
      out << "  " << fit(std::to_string(s + 1) + (s == m.status_quo ? "*" : ""), 6)
          << fit(m.pattern(s), std::max<std::size_t>(8, m.options.size() + 1));
      for (int d = 0; d < m.dm_count(); ++d) {
        std::string cell;
        for (int c = 0; c < concept_count; ++c) cell += a.at(static_cast<Concept>(c), d, s).stable ? "ngms"[c] : '.';
        out << fit(cell, col);
      }
      std::string eq;
      for (int c = 0; c < concept_count; ++c)
        eq += std::binary_search(a.equilibria[c].begin(), a.equilibria[c].end(), s) ? "ngms"[c] : '.';
      if (a.coalitions_analysed && a.coalition[s].stable) eq += 'C';
      out << eq << "\n";
    }
    if (m.status_quo >= 0) out << "  * the status quo\n";
  }

  if (m.status_quo >= 0) {
    out << "\n"
        << wrap("The status quo, " + state_words(m, m.status_quo) + ": equilibrium under " +
                    concepts_where_equilibrium(a, m.status_quo),
                "", "  ");
    reasons(out, m, a, m.status_quo);
    out << wrap("Unilateral improvements from the status quo reach " + std::to_string(a.reached_from_status_quo) +
                    (a.reached_from_status_quo == 1 ? " state" : " states") + "; the equilibria among them, by a shortest path:",
                "\n", "");
    if (a.from_status_quo.empty()) out << "  none\n";
    for (const Path& p : a.from_status_quo)
      out << wrap(state_words(m, p.target) + " (" + concepts_where_equilibrium(a, p.target) + "): " + path_words(m, p),
                  "  ", "    ");
  }

  std::set<int> shown;
  for (const auto& list : a.equilibria) shown.insert(list.begin(), list.end());
  if (m.state_count() > table_limit) return;
  for (int s : shown) {
    if (s == m.status_quo) continue;
    out << "\n" << wrap("Why " + state_words(m, s) + " is an equilibrium under " + concepts_where_equilibrium(a, s) + ":", "", "  ");
    reasons(out, m, a, s);
  }
}

}  // namespace positions::stability
