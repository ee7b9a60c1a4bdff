#include "stability_words.hpp"

#include <algorithm>
#include <vector>

#include "text_layout.hpp"

namespace positions::stability {

std::string state_words(const Model& m, int state) {
  return "state " + std::to_string(state + 1) + " (" + m.pattern(state) + ")";
}

std::string explain(const Model& m, Concept c, int dm, int /*state*/, const Verdict& v) {
  const std::string who = m.dms[dm].name;
  if (v.stable && v.move < 0) return std::string(concept_name(c)) + " stable for " + who + ": it has no move it prefers";
  if (v.stable) {
    std::string s = std::string(concept_name(c)) + " stable for " + who + ": its best move, to " +
                    state_words(m, v.move) + ", is deterred: the others can then move to " +
                    state_words(m, v.sanction) + ", which it likes no better than now";
    if (c == Concept::smr) s += ", whatever it does next";
    if (c == Concept::seq) s += ", each of them by a move it prefers";
    return s;
  }
  std::string s = std::string(concept_name(c)) + " unstable for " + who + ": it can move to " +
                  state_words(m, v.move) + ", which it prefers";
  switch (c) {
    case Concept::nash: break;
    case Concept::gmr: s += ", and no response by the others leaves it no better off than now"; break;
    case Concept::smr:
      s += ", and no response by the others leaves it no better off than now whatever it does next";
      break;
    case Concept::seq: s += ", and no response the others would prefer leaves it no better off than now"; break;
  }
  return s;
}

std::string concepts_where_equilibrium(const Analysis& a, int state) {
  std::vector<std::string> names;
  for (int c = 0; c < concept_count; ++c)
    if (std::binary_search(a.equilibria[c].begin(), a.equilibria[c].end(), state))
      names.push_back(concept_name(static_cast<Concept>(c)));
  if (a.coalitions_analysed && a.coalition[state].stable) names.push_back("coalition Nash");
  return names.empty() ? "none" : join(names);
}

std::string coalition_words(const Model& m, int state, const CoalitionVerdict& v) {
  (void)state;
  if (v.stable) return "coalition stable: no group of decision makers can jointly move to a state each of them prefers";
  std::vector<std::string> names;
  for (int d = 0; d < m.dm_count(); ++d)
    if (v.members >> d & 1u) names.push_back(m.dms[d].name);
  if (names.size() == 1)
    return "coalition unstable: " + names[0] + " alone can move to " + state_words(m, v.move) + ", which it prefers";
  return "coalition unstable: " + join(names) + " together can move to " + state_words(m, v.move) +
         ", which each of them prefers";
}

std::string path_words(const Model& m, const Path& p) {
  if (p.steps.empty()) return "the status quo itself";
  std::vector<std::string> steps;
  for (const Step& s : p.steps) steps.push_back(m.dms[s.dm].name + " moves to " + std::to_string(s.state + 1));
  return join(steps, ", then ");
}

}  // namespace positions::stability
