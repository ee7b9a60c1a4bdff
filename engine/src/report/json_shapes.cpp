#include "json_shapes.hpp"

#include "quote_context.hpp"
#include "wording.hpp"  // speaker_name, voice_words

namespace positions {

void write_party_codes_json(JsonWriter& w, const Table& t, const std::vector<int>& slots) {
  w.begin_array();
  for (int s : slots) w.value(t.party(s).code);
  w.end_array();
}

void write_party_sets_json(JsonWriter& w, const Table& t, const std::vector<std::vector<int>>& sets) {
  w.begin_array();
  for (const auto& set : sets) write_party_codes_json(w, t, set);
  w.end_array();
}

void write_dataset_codes_json(JsonWriter& w, const Dataset& data, const std::vector<int>& parties) {
  w.begin_array();
  for (int p : parties) w.value(data.parties[p].code);
  w.end_array();
}

void write_issue_ids_json(JsonWriter& w, const Catalog& cat, const std::vector<int>& issues) {
  w.begin_array();
  for (int i : issues) w.value(cat.issues[i].id);
  w.end_array();
}

void write_option_ids_json(JsonWriter& w, const Issue& issue, OptionSet set) {
  w.begin_array();
  for (int o : options_in(set)) w.value(issue.options[o].id);
  w.end_array();
}

void write_settled_terms_json(JsonWriter& w, const Catalog& catalog, const SettledTerms& part) {
  w.begin_array();
  for (Term t : part.terms) w.value(catalog.term_name(t));
  w.end_array();
}

namespace {
void id_or_null(JsonWriter& w, const char* key, const std::string& id) {
  if (id.empty()) w.key(key).null();
  else w.key(key).value(id);
}
}  // namespace

void write_evidence_json(JsonWriter& w, const Party& party, const Evidence& e) {
  w.begin_object();
  w.key("source").value(e.source);
  if (e.doc) w.key("source_title").value(e.doc->title);
  else w.key("source_title").null();
  w.key("date").value(e.date.str());
  w.key("date_precision").value(to_string(e.date.precision));
  w.key("date_approximate").value(e.date.about);
  w.key("counts_as").value(e.date.day.str());
  id_or_null(w, "date_note", e.date_note);
  id_or_null(w, "speaker", e.speaker);
  w.key("speaker_name").value(speaker_name(party, e));
  id_or_null(w, "about", e.about);
  id_or_null(w, "relayed_by", e.relayed_by);
  w.key("voice").value(voice_words(e));
  w.key("quote").value(e.quote);
  w.key("basis").value(to_string(e.basis));
  w.key("context");
  {
    const QuoteContext c = evidence_context(e);
    if (!c.found) {
      w.null();
    } else {
      w.begin_object();
      w.key("before").value(c.before);
      w.key("quote").value(c.quote);
      w.key("after").value(c.after);
      w.key("starts_inside_sentence").value(c.starts_inside);
      w.key("ends_inside_sentence").value(c.ends_inside);
      w.end_object();
    }
  }
  w.end_object();
}

void write_stance_json(JsonWriter& w, const Catalog& cat, const Party& party, int issue, const Stance* st) {
  const Issue& is = cat.issues[issue];
  w.begin_object();
  w.key("party").value(party.code);
  w.key("issue").value(is.id);
  w.key("silent").value(st == nullptr);
  if (!st) {
    w.end_object();
    return;
  }
  w.key("date").value(st->when.str());
  w.key("counts_from").value(st->date.str());
  if (st->government >= 0 && !st->assumed) w.key("government").value(government_name(party, st->government));
  else w.key("government").null();
  if (st->carried_from.empty()) w.key("carried_from").null();
  else w.key("carried_from").value(st->carried_from);
  w.key("priority").value(to_string(st->priority));
  w.key("weight").value(weight(st->priority));
  w.key("wants");
  write_option_ids_json(w, is, st->wants);
  w.key("accepts");
  write_option_ids_json(w, is, st->accepts);
  w.key("rules_out");
  write_option_ids_json(w, is, st->rules_out);
  w.key("conditional").begin_array();
  for (const auto& c : st->conditional) {
    w.begin_object();
    w.key("accepts");
    write_option_ids_json(w, is, c.accepts);
    w.key("if").begin_array();
    for (Term x : c.if_all) w.value(cat.term_name(x));
    w.end_array();
    w.end_object();
  }
  w.end_array();
  w.key("assumed").value(st->assumed);
  if (st->assumed) w.key("rationale").value(st->rationale);
  if (!st->note.empty()) w.key("note").value(st->note);
  w.key("evidence").begin_array();
  for (const auto& e : st->evidence) write_evidence_json(w, party, e);
  w.end_array();
  w.end_object();
}

void write_scenario_json(JsonWriter& w, const Dataset& data, const Scenario& sc, std::optional<bool> chosen_by_default) {
  w.begin_object();
  w.key("name").value(sc.name);
  w.key("title").value(sc.title);
  w.key("date").value(sc.date.str());
  w.key("builds_on");
  if (sc.builds_on.empty()) w.null();
  else w.value(sc.builds_on);
  w.key("lineage").strings(sc.lineage);
  w.key("parties").begin_array();
  for (int p : sc.parties) w.value(data.parties[p].code);
  w.end_array();
  if (chosen_by_default) w.key("chosen_by_default").value(*chosen_by_default);
  w.end_object();
}

void write_rule_json(JsonWriter& w, const Catalog& cat, int rule) {
  if (rule < 0) {
    w.null();
    return;
  }
  const Rule& r = cat.rules[rule];
  w.begin_object();
  w.key("term").value(cat.term_name(r.term));
  w.key("kind").value(r.kind == RuleKind::excludes ? "excludes" : "requires");
  w.key("other").value(cat.term_name(r.other));
  w.key("reason").value(r.reason);
  w.end_object();
}

void write_conflict_json(JsonWriter& w, const Table& t, const CrossConflict& x) {
  w.begin_object();
  w.key("kind").value(to_string(x.kind));
  w.key("term_a").value(t.catalog().term_name(x.a));
  w.key("parties_a");
  write_party_codes_json(w, t, x.by_a);
  w.key("term_b").value(t.catalog().term_name(x.b));
  w.key("parties_b");
  write_party_codes_json(w, t, x.by_b);
  w.key("rule");
  write_rule_json(w, t.catalog(), x.rule);
  w.end_object();
}

void write_issue_state_json(JsonWriter& w, const Table& t, const Issue& issue, const IssueState& s) {
  w.begin_object();
  w.key("status").value(to_string(s.status));
  w.key("blocked_by");
  write_party_sets_json(w, t, s.blocked_by);
  w.key("blocked_by_proven").value(s.blocked_by_proven);
  w.key("agreed");
  write_option_ids_json(w, issue, s.agreed);
  w.key("assumed").value(s.assumed);
  w.end_object();
}

void write_issue_change_json(JsonWriter& w, const Issue& issue, const Table& was_table, const IssueState& was,
                             const Table& now_table, const IssueState& now) {
  w.key("was");
  write_issue_state_json(w, was_table, issue, was);
  w.key("now");
  write_issue_state_json(w, now_table, issue, now);
}

void write_move_set_json(JsonWriter& w, const DealProblem& pb, const MoveSet& m) {
  const Catalog& cat = pb.catalog();
  w.begin_object();
  w.key("cost").value(m.cost);
  w.key("crosses_red_line").value(m.crosses_red_line());
  w.key("moves").begin_array();
  for (const Move& mv : m.moves) {
    w.begin_object();
    w.key("party").value(pb.table->party(mv.slot).code);
    w.key("issue").value(cat.issues[mv.issue].id);
    w.key("option");
    if (mv.option == kOpen) w.null();
    else w.value(cat.issues[mv.issue].options[mv.option].id);
    w.key("kind").value(move_kind_names(mv.kind).json);
    w.key("distance").value(mv.distance);
    w.key("cost").value(mv.cost);
    w.key("red_line").value(mv.red_line);
    if (mv.kind == Move::repoint_condition) {
      w.key("from").value(cat.term_name(mv.from));
      w.key("to").value(cat.term_name(mv.to));
    }
    w.end_object();
  }
  w.end_array();
  w.key("opens");
  write_settled_terms_json(w, cat, m.package);
  w.key("opens_a_deal").value(m.rational);
  w.key("worse_off").begin_array();
  for (int s : m.worse_off) w.value(pb.table->party(s).code);
  w.end_array();
  w.end_object();
}

}  // namespace positions
