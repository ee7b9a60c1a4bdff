#include "across_report.hpp"
#include "compare_report.hpp"
#include "diff_report.hpp"
#include "json_writer.hpp"

namespace positions {

namespace {

void scenario(JsonWriter& w, const Scenario& sc) {
  w.begin_object();
  w.key("name").value(sc.name);
  w.key("title").value(sc.title);
  w.key("date").value(sc.date.str());
  w.key("builds_on");
  if (sc.builds_on.empty()) w.null(); else w.value(sc.builds_on);
  w.end_object();
}

void conflict(JsonWriter& w, const Table& t, const CrossConflict& x) {
  auto codes = [&](const std::vector<int>& slots) {
    w.begin_array();
    for (int s : slots) w.value(t.party(s).code);
    w.end_array();
  };
  w.begin_object();
  w.key("kind").value(to_string(x.kind));
  w.key("term_a").value(t.catalog().term_name(x.a));
  w.key("parties_a");
  codes(x.by_a);
  w.key("term_b").value(t.catalog().term_name(x.b));
  w.key("parties_b");
  codes(x.by_b);
  w.key("rule");
  if (x.rule >= 0) w.value(rule_words(t.catalog(), x.rule)); else w.null();
  w.end_object();
}

void conflicts(JsonWriter& w, const Table& t, const std::vector<CrossConflict>& list) {
  w.begin_array();
  for (const auto& x : list) conflict(w, t, x);
  w.end_array();
}

}  // namespace

void write_diff_json(std::ostream& out, const ScenarioDiff& d) {
  JsonWriter w(out);
  w.begin_object();
  w.key("format").value("positions-diff");
  w.key("version").value(1);
  write_diff_members(w, d);
  w.end_object();
  w.finish();
}

void write_diff_members(JsonWriter& w, const ScenarioDiff& d) {
  const Catalog& cat = d.from.catalog();
  w.key("from");
  scenario(w, *d.from_scenario);
  w.key("to");
  scenario(w, *d.to_scenario);
  w.key("parties").begin_array();
  for (int s = 0; s < d.from.slots(); ++s) w.value(d.from.party(s).code);
  w.end_array();
  w.key("stances").begin_array();
  for (const auto& m : d.stances) {
    w.begin_object();
    w.key("party").value(d.from.party(m.slot).code);
    w.key("issue").value(cat.issues[m.issue].id);
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
    conflict(w, d.from, was);
    w.key("now");
    conflict(w, d.to, now);
    w.end_object();
  }
  w.end_array();
  w.end_object();
}

}  // namespace positions
