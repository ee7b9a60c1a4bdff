// The briefing's "Would it hold?": the graph model derived from the deal
// problem (docs/stability.md, "Derived models"), and whether the status quo
// and the fairest deal are equilibria, each with the reasons the stability
// report gives (stability_words). A group of linked issues too large for the
// model is skipped with a sentence saying why.
#include "briefing_words.hpp"
#include "deal_stability.hpp"
#include "stability_words.hpp"

namespace positions::brief {

namespace {

namespace st = stability;

// "holds": stable for every party under Nash; "holds only if the others
// respond": an equilibrium under GMR, SMR or SEQ only; "would not hold".
std::string holds_words(const st::Analysis& a, int state) {
  auto in = [&](st::Concept c) {
    const auto& e = a.equilibria[static_cast<int>(c)];
    return std::binary_search(e.begin(), e.end(), state);
  };
  if (in(st::Concept::nash)) return "holds: no party can do better on its own";
  if (in(st::Concept::gmr) || in(st::Concept::smr) || in(st::Concept::seq))
    return "holds only for fear of the others' responses: a party could do better on its own, but each such move "
           "can be answered with one that leaves it no better off";
  return "would not hold: some party can do better on its own, whatever the others answer";
}

// Per party: why the state is (not) stable for it, in the stability report's words.
std::vector<Line> reasons(const st::Model& m, const st::Analysis& a, int state) {
  std::vector<Line> out;
  for (int d = 0; d < m.dm_count(); ++d) {
    const st::Verdict& nash = a.at(st::Concept::nash, d, state);
    const st::Concept c = nash.stable ? st::Concept::nash : st::Concept::gmr;
    out.push_back({doc::t(st::explain(m, c, d, state, a.at(c, d, state)) + ".")});
  }
  return out;
}

void state_paragraph(DocWriter& w, const std::string& what, const st::Model& m, const st::Analysis& a, int state) {
  w.para({doc::strong(what + " " + holds_words(a, state) + "."),
          doc::t(" It is " + st::state_words(m, state) + " of the model; an equilibrium under " +
                 st::concepts_where_equilibrium(a, state) + ".")});
  w.bullets(reasons(m, a, state));
}

}  // namespace

void stability_section(DocWriter& w) {
  if (!w.b_.deals) return;
  const st::DealStability r = st::deal_stability(*w.b_.deals);
  w.heading(2, {doc::t("Would it hold?")}, "stability");
  if (!r.derivation.derived) {
    w.para({doc::t("Not analysed: " + st::no_model_words(w.b_.deals->problem, r.derivation.none, {}) + ". "),
            doc::code("positions stability"),
            doc::t(" with fewer parties, or a model written by hand, can answer it (docs/stability.md).")});
    return;
  }
  const st::Derived& d = *r.derivation.derived;
  const st::Model& m = d.model;
  w.para({doc::t("The Graph Model for Conflict Resolution ("), doc::code("positions stability"),
          doc::t(", docs/stability.md) asks whether a party could do better by giving or withdrawing its consent, "
                 "and whether the others could answer such a move. The model, derived from the stances:")});
  std::vector<Line> notes;
  for (const std::string& n : m.notes) notes.push_back({doc::t(n + ".")});
  w.bullets(notes);
  state_paragraph(w, "The status quo", m, *r.analysis, m.status_quo);
  if (!r.deal) {
    w.para({doc::t("No deal every compared party could sign exists (see the verdict), so there is no deal to "
                   "test: what holds is the status quo.")});
    return;
  }
  std::vector<std::string> outside_titles;
  for (int i : r.deal_outside) outside_titles.push_back(w.issue(i).title);
  // A deal that settles nothing the model covers leaves it at its status
  // quo: the model would only say the status quo again, not test the deal.
  if (r.deal_inside.empty()) {
    w.para({doc::t("The fairest deal settles nothing this model covers (its terms are on " + and_list(outside_titles) +
                   "), so the model cannot say whether it would hold.")});
    return;
  }
  Line outside;
  if (!outside_titles.empty())
    outside.push_back(doc::t(" Its terms on " + and_list(outside_titles) + " are outside the model."));
  state_paragraph(w, "The fairest deal", m, *r.analysis, r.deal_state);
  if (!outside.empty()) w.para(outside);
}

}  // namespace positions::brief
