// The analysis as JSON; docs/stability.md documents the shape. States are
// numbered from 1 as in the text and in GMCR+.
#include <algorithm>

#include "json_writer.hpp"
#include "stability_words.hpp"

namespace positions::stability {

namespace {

void state_or_null(JsonWriter& j, int s) {
  if (s < 0) j.null();
  else j.value(s + 1);
}

void numbers(JsonWriter& j, const std::vector<int>& states) {
  j.begin_array();
  for (int s : states) j.value(s + 1);
  j.end_array();
}

const char* direction_name(Direction d) {
  switch (d) {
    case Direction::both: return "both";
    case Direction::forward_only: return "forward";
    case Direction::backward_only: return "backward";
  }
  return "both";
}

// 1 for the decision maker's most preferred states, 2 for the next tier...
int rank(const Model& m, int d, int s) {
  std::vector<std::int64_t> better;
  for (std::int64_t p : m.payoff[d])
    if (p > m.payoff[d][s]) better.push_back(p);
  std::sort(better.begin(), better.end());
  return static_cast<int>(std::unique(better.begin(), better.end()) - better.begin()) + 1;
}

}  // namespace

void write_stability_json(std::ostream& out, const Model& m, const Analysis& a) {
  JsonWriter j(out);
  begin_json_document(j, "stability");
  j.key("model").begin_object();
  j.key("name").value(m.name);
  j.key("source").value(m.source);
  j.key("notes").strings(m.notes);
  j.key("decision_makers").begin_array();
  for (const auto& dm : m.dms) {
    j.begin_object().key("id").value(dm.id).key("name").value(dm.name).key("options").begin_array();
    for (int k : dm.options) j.value(m.options[k].id);
    j.end_array().end_object();
  }
  j.end_array();
  j.key("options").begin_array();
  for (const auto& o : m.options)
    j.begin_object()
        .key("id").value(o.id)
        .key("label").value(o.label)
        .key("decision_maker").value(m.dms[o.owner].id)
        .key("direction").value(direction_name(o.direction))
        .end_object();
  j.end_array();
  j.key("status_quo");
  state_or_null(j, m.status_quo);
  j.end_object();

  j.key("equilibria").begin_object();
  for (int c = 0; c < concept_count; ++c) {
    j.key(concept_name(static_cast<Concept>(c)));
    numbers(j, a.equilibria[c]);
  }
  j.key("coalition_nash");
  if (a.coalitions_analysed) numbers(j, a.coalition_equilibria);
  else j.null();
  j.end_object();

  j.key("states").begin_array();
  for (int s = 0; s < m.state_count(); ++s) {
    j.begin_object().key("state").value(s + 1).key("pattern").value(m.pattern(s));
    j.key("ranks").begin_array();
    for (int d = 0; d < m.dm_count(); ++d) j.value(rank(m, d, s));
    j.end_array();
    j.key("stability").begin_array();
    for (int d = 0; d < m.dm_count(); ++d) {
      j.begin_object().key("decision_maker").value(m.dms[d].id);
      for (int c = 0; c < concept_count; ++c) {
        const Verdict& v = a.at(static_cast<Concept>(c), d, s);
        j.key(concept_name(static_cast<Concept>(c))).begin_object().key("stable").value(v.stable).key("move");
        state_or_null(j, v.move);
        j.key("sanction");
        state_or_null(j, v.sanction);
        j.key("reason").value(explain(m, static_cast<Concept>(c), d, s, v)).end_object();
      }
      j.end_object();
    }
    j.end_array();
    if (a.coalitions_analysed) {
      const CoalitionVerdict& v = a.coalition[s];
      j.key("coalition").begin_object().key("stable").value(v.stable).key("members").begin_array();
      for (int d = 0; d < m.dm_count(); ++d)
        if (v.members >> d & 1u) j.value(m.dms[d].id);
      j.end_array().key("move");
      state_or_null(j, v.move);
      j.key("reason").value(coalition_words(m, s, v)).end_object();
    }
    j.end_object();
  }
  j.end_array();

  j.key("status_quo_analysis");
  if (m.status_quo < 0) {
    j.null();
  } else {
    j.begin_object().key("state").value(m.status_quo + 1).key("reached").value(a.reached_from_status_quo);
    j.key("paths").begin_array();
    for (const Path& p : a.from_status_quo) {
      j.begin_object().key("target").value(p.target + 1).key("steps").begin_array();
      for (const Step& st : p.steps)
        j.begin_object().key("decision_maker").value(m.dms[st.dm].id).key("state").value(st.state + 1).end_object();
      j.end_array().key("reason").value(path_words(m, p)).end_object();
    }
    j.end_array().end_object();
  }
  j.end_object();
  j.finish();
}

}  // namespace positions::stability
