#include "compare_report.hpp"
#include "json_shapes.hpp"

namespace positions {

namespace {

// A table's party lists and stances, by slot.
class JsonOut {
 public:
  JsonOut(JsonWriter& w, const Table& t) : w_(w), t_(t) {}

  void slots(const std::vector<int>& slots) { write_party_codes_json(w_, t_, slots); }

  void stance(int slot, int issue) {
    write_stance_json(w_, t_.catalog(), t_.party(slot), issue, t_.at[slot][issue].stance);
  }

 private:
  JsonWriter& w_;
  const Table& t_;
};

}  // namespace

void write_lens_json(JsonWriter& w, const Table& t, const Lens& lens) {
  w.key("scenario");
  if (lens.scenario) {
    write_scenario_json(w, *t.data, *lens.scenario, lens.scenario_by_default);
  } else {
    w.null();
  }
  w.key("as_of").value(t.as_of.str());
  w.key("evidence").value(t.on_record_only ? "on_record" : "all");
  w.key("parties").begin_array();
  for (int s = 0; s < t.slots(); ++s) {
    w.begin_object();
    w.key("code").value(t.party(s).code);
    w.key("name").value(t.party(s).name);
    w.end_object();
  }
  w.end_array();
}

void write_compare_json(std::ostream& out, const Table& t, const Comparison& c, const Lens& lens,
                        const std::function<void(JsonWriter&)>& more) {
  JsonWriter w(out);
  begin_json_document(w, "compare");
  write_comparison_members(w, t, c, lens);
  if (more) more(w);
  w.end_object();
  w.finish();
}

void write_comparison_members(JsonWriter& w, const Table& t, const Comparison& c, const Lens& lens) {
  JsonOut j(w, t);
  const Catalog& cat = t.catalog();
  write_lens_json(w, t, lens);

  w.key("issues").begin_array();
  for (const auto& f : c.issues) {
    const Issue& is = cat.issues[f.issue];
    w.begin_object();
    w.key("id").value(is.id);
    w.key("title").value(is.title);
    w.key("ordered").value(is.ordered);
    w.key("status").value(to_string(f.status));
    w.key("silent");
    j.slots(f.silent);
    w.key("opened_by");
    write_party_sets_json(w, t, party_sets(f.opened_by));
    w.key("opened_by_proven").value(f.opened_by_proven);
    w.key("options").begin_array();
    for (const auto& o : f.options) {
      w.begin_object();
      w.key("id").value(is.options[o.option].id);
      w.key("label").value(is.options[o.option].label);
      w.key("agreed").value(o.agreed);
      w.key("together_with").begin_array();
      for (Term x : o.together_with) w.value(cat.term_name(x));
      w.end_array();
      w.key("blocked").value(o.blocked);
      w.key("needs_consent");
      j.slots(o.needs_consent);
      w.key("not_compared");
      write_dataset_codes_json(w, *t.data, o.not_compared);
      w.key("wanted_by");
      j.slots(o.wanted_by);
      w.key("accepted_by");
      j.slots(o.accepted_by);
      w.key("conditional_by");
      j.slots(o.conditional_by);
      w.key("ruled_out_by");
      j.slots(o.ruled_out_by);
      w.key("open_for");
      j.slots(o.open_for);
      w.key("blocked_through_rules").begin_array();
      for (const auto& b : o.via_rules) {
        w.begin_object();
        w.key("party").value(t.party(b.slot).code);
        w.key("ruled_out").value(cat.term_name(b.root));
        w.key("needed").value(cat.term_name(b.needed));
        w.key("rule");
        write_rule_json(w, cat, b.rule);
        w.key("condition_of");
        if (b.condition_of >= 0) w.value(t.party(b.condition_of).code); else w.null();
        w.end_object();
      }
      w.end_array();
      w.end_object();
    }
    w.end_array();
    w.key("stances").begin_array();
    for (int s = 0; s < t.slots(); ++s) j.stance(s, f.issue);
    w.end_array();
    w.end_object();
  }
  w.end_array();

  w.key("pairs").begin_array();
  for (const auto& p : c.pairs) {
    w.begin_object();
    w.key("a").value(t.party(p.a).code);
    w.key("b").value(t.party(p.b).code);
    w.key("closeness");
    if (p.closeness) w.value(*p.closeness); else w.null();
    w.key("overlap_weight").value(p.overlap_weight);
    w.key("collide_weight").value(p.collide_weight);
    w.key("total_weight").value(p.total_weight);
    w.key("overlap");
    write_issue_ids_json(w, cat, p.overlap);
    w.key("collide");
    write_issue_ids_json(w, cat, p.collide);
    w.key("apart");
    write_issue_ids_json(w, cat, p.apart);
    w.end_object();
  }
  w.end_array();

  w.key("cross_conflicts").begin_array();
  for (const auto& x : c.cross) write_conflict_json(w, t, x);
  w.end_array();
}

}  // namespace positions
