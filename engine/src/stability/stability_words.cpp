#include "stability_words.hpp"

#include <algorithm>
#include <vector>

#include "derive.hpp"
#include "table.hpp"
#include "text_layout.hpp"

namespace positions::stability {

std::string state_words(const Model& m, int state) {
  const std::string note = m.state_notes.empty() ? std::string() : ": " + m.state_notes[state];
  return "state " + std::to_string(state + 1) + " (" + m.pattern(state) + note + ")";
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

namespace positions::stability {

namespace {

std::string issue_list(const Table& t, const std::vector<int>& issues) {
  std::vector<std::string> ids;
  for (int i : issues) ids.push_back(t.catalog().issues[i].id);
  return join(ids);
}

std::string term_id(const Table& t, int issue, int option) {
  return t.catalog().issues[issue].id + "." + t.catalog().issues[issue].options[option].id;
}

// "324 states and 10 consent options"
std::string size_words(double states, int options) {
  const long long n = static_cast<long long>(states);
  return std::to_string(n) + (n == 1 ? " state and " : " states and ") + std::to_string(options) +
         (options == 1 ? " consent option" : " consent options");
}

}  // namespace

std::string derived_model_name(const Table& t, const std::vector<int>& issues) {
  return "Derived from the positions of " + std::to_string(t.slots()) + " parties on " + issue_list(t, issues);
}

std::string derived_model_source(const Table& t) { return "derived from the table as of " + t.as_of.str(); }

std::string consent_option_id(const Table& t, int slot, int issue, int option) {
  return t.party(slot).code + "." + term_id(t, issue, option);
}

std::string consent_option_label(const Table& t, int slot, int issue, int option) {
  return t.party(slot).code + " consents to " + term_id(t, issue, option);
}

std::vector<std::string> derived_notes(const DealProblem& pb, const Derived& d, const DeriveOptions& options) {
  const Table& t = *pb.table;
  std::vector<std::string> notes;
  notes.push_back("covers the issues " + issue_list(t, d.issues) +
                  "; each decider consents to at most one option of each, and an issue is settled on an "
                  "option when all its deciders consent");
  std::vector<std::string> held, open;
  for (int i : d.issues)
    if (pb.no_agreement[i] != kOpen) held.push_back(term_id(t, i, pb.no_agreement[i]));
    else open.push_back(t.catalog().issues[i].id);
  std::string sq = "the status quo is the outcome without a deal: nobody consents";
  if (!held.empty()) sq += "; " + join(held) + (held.size() == 1 ? " holds" : " hold");
  if (!open.empty()) sq += "; " + join(open) + " " + (open.size() == 1 ? "stays" : "stay") + " open";
  notes.push_back(sq);
  // Options nobody compared can settle, grouped by who is missing.
  std::vector<std::pair<std::vector<int>, std::vector<std::string>>> missing;
  for (int i : d.issues)
    for (int o = 0; o < pb.options(i); ++o) {
      const Consent& c = pb.consent[i][o];
      if (c.not_compared.empty()) continue;
      auto it = std::find_if(missing.begin(), missing.end(), [&](const auto& m) { return m.first == c.not_compared; });
      if (it == missing.end()) it = missing.insert(missing.end(), {c.not_compared, {}});
      it->second.push_back(term_id(t, i, o));
    }
  for (const auto& [who, terms] : missing) {
    std::vector<std::string> codes;
    for (int p : who) codes.push_back(t.data->parties[p].code);
    notes.push_back(join(terms) + " cannot be settled: " + (terms.size() == 1 ? "it needs" : "they need") +
                    " the consent of " + join(codes, " and ") + (codes.size() == 1 ? ", who is" : ", who are") +
                    " not compared");
  }
  std::vector<std::string> idle;
  for (int slot = 0; slot < t.slots(); ++slot)
    if (std::find(d.slots.begin(), d.slots.end(), slot) == d.slots.end()) idle.push_back(t.party(slot).code);
  if (!idle.empty())
    notes.push_back(join(idle) + (idle.size() == 1 ? " decides none of these options, so it is not a decision maker"
                                                    : " decide none of these options, so they are not decision makers") +
                    " here");
  std::vector<std::string> left;
  for (const GroupSize& g : d.left_out)
    left.push_back(issue_list(t, g.issues) +
                   (g.options == 0 ? " (nothing the compared parties can settle)"
                    : g.fits       ? ""
                                   : " (too large: " + size_words(g.states, g.options) + ")"));
  if (!left.empty())
    notes.push_back("not covered (a model holds one group of linked issues, of at most " +
                    std::to_string(options.max_states) + " states and " + std::to_string(max_options) +
                    " consent options): " + join(left, "; "));
  return notes;
}

std::string settled_words(const Table& t, const Package& x) {
  std::vector<std::string> terms;
  for (int i = 0; i < static_cast<int>(x.size()); ++i)
    if (x[i] != kOpen) terms.push_back(term_id(t, i, x[i]));
  return terms.empty() ? "nothing settled" : join(terms) + " settled";
}

std::string no_model_words(const DealProblem& pb, const NoModel& none, const DeriveOptions& options) {
  if (none.smallest.empty())
    return "no group of linked issues has an option that the compared parties can settle by themselves";
  return "every group of linked issues is too large for a derived graph model: the smallest (" +
         issue_list(*pb.table, none.smallest) + ") has " + size_words(none.states, none.options) + ", more than " +
         std::to_string(options.max_states) + " states or " + std::to_string(max_options) + " options";
}

Error no_model_error(const DealProblem& pb, const NoModel& none, const DeriveOptions& options) {
  return Error(Location{pb.catalog().file}, no_model_words(pb, none, options),
               none.smallest.empty() ? "compare the parties who decide these issues (the catalog's decided_by)"
                                     : "compare fewer parties, raise --max-states, or write the model by hand "
                                       "(docs/stability.md)");
}

}  // namespace positions::stability
