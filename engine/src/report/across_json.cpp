#include "across_report.hpp"
#include "json_shapes.hpp"

namespace positions {

void write_across_json(std::ostream& out, const Dataset& data, const Across& a) {
  JsonWriter w(out);
  begin_json_document(w, "across");
  write_across_members(w, data, a);
  w.end_object();
  w.finish();
}

void write_across_members(JsonWriter& w, const Dataset& data, const Across& a) {
  const Catalog& cat = data.catalog;
  w.key("parties").begin_array();
  for (int p : a.parties) w.value(data.parties[p].code);
  w.end_array();
  w.key("scenarios").begin_array();
  for (const auto& col : a.columns) {
    const Scenario& sc = *col.scenario;
    w.begin_object();
    w.key("scenario");
    write_scenario_json(w, data, sc);
    w.key("issues").begin_array();
    for (size_t i = 0; i < col.issues.size(); ++i) {
      w.begin_object();
      w.key("id").value(cat.issues[i].id);
      w.key("state");
      write_issue_state_json(w, col.table, cat.issues[i], col.issues[i]);
      w.end_object();
    }
    w.end_array();
    w.key("cross_conflicts").value(col.cross_conflicts);
    w.key("best_deal").value(best_deal_words(col.table, col.deals));
    w.end_object();
  }
  w.end_array();
  w.key("skipped").begin_array();
  for (const auto& s : a.skipped) {
    w.begin_object();
    w.key("name").value(s.scenario->name);
    w.key("missing").begin_array();
    for (int p : s.missing) w.value(data.parties[p].code);
    w.end_array();
    w.end_object();
  }
  w.end_array();
  w.key("changes").begin_array();
  for (const auto& ch : a.changes) {
    const AcrossColumn& col = a.columns[ch.column];
    const AcrossColumn& ref = a.columns[col.reference];
    w.begin_object();
    w.key("from").value(ref.scenario->name);
    w.key("to").value(col.scenario->name);
    w.key("issue").value(cat.issues[ch.issue].id);
    write_issue_change_json(w, cat.issues[ch.issue], ref.table, ch.from, col.table, ch.to);
    w.end_object();
  }
  w.end_array();
}

}  // namespace positions
