#include "diff_report.hpp"
#include "json_shapes.hpp"

namespace positions {

namespace {

void conflicts(JsonWriter& w, const Table& t, const std::vector<CrossConflict>& list) {
  w.begin_array();
  for (const auto& x : list) write_conflict_json(w, t, x);
  w.end_array();
}

}  // namespace

void write_diff_json(std::ostream& out, const ScenarioDiff& d) {
  JsonWriter w(out);
  begin_json_document(w, "diff");
  write_diff_members(w, d);
  w.end_object();
  w.finish();
}

void write_diff_members(JsonWriter& w, const ScenarioDiff& d) {
  const Catalog& cat = d.from.catalog();
  w.key("from");
  write_scenario_json(w, *d.from.data, *d.from_scenario);
  w.key("to");
  write_scenario_json(w, *d.to.data, *d.to_scenario);
  w.key("parties").begin_array();
  for (int s = 0; s < d.from.slots(); ++s) w.value(d.from.party(s).code);
  w.end_array();
  w.key("stances").begin_array();
  for (const auto& m : d.stances) {
    w.begin_object();
    w.key("party").value(d.from.party(m.slot).code);
    w.key("issue").value(cat.issues[m.issue].id);
    w.key("change_of_government").value(m.new_government);
    w.key("was");
    write_stance_json(w, cat, d.from.party(m.slot), m.issue, m.from);
    w.key("now");
    write_stance_json(w, cat, d.to.party(m.slot), m.issue, m.to);
    w.end_object();
  }
  w.end_array();
  w.key("issues").begin_array();
  for (const auto& m : d.issues) {
    w.begin_object();
    w.key("id").value(cat.issues[m.issue].id);
    write_issue_change_json(w, cat.issues[m.issue], d.from, m.from, d.to, m.to);
    w.end_object();
  }
  w.end_array();
  w.key("conflicts").begin_object();
  w.key("appeared");
  conflicts(w, d.to, d.appeared);
  w.key("vanished");
  conflicts(w, d.from, d.vanished);
  w.key("held_by_others").begin_array();
  for (const auto& [was, now] : d.regrouped) {
    w.begin_object();
    w.key("was");
    write_conflict_json(w, d.from, was);
    w.key("now");
    write_conflict_json(w, d.to, now);
    w.end_object();
  }
  w.end_array();
  w.end_object();
}

}  // namespace positions
