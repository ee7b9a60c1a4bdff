// The whole result as JSON: compare's members (docs/json.md), then
// what the briefing adds: the summary, the two graphs, the deals (as in
// compare's JSON), the drift since the previous scenario (diff's members),
// across (compare --across's members) and the sources.
#include "across_report.hpp"
#include "deals_report.hpp"
#include "diff_report.hpp"
#include "json_shapes.hpp"
#include "report.hpp"

namespace positions {

namespace {

const char* link_kind(EdgeKind k) {
  switch (k) {
    case EdgeKind::excludes: return "excludes";
    case EdgeKind::needs: return "requires";
    case EdgeKind::conditional: return "conditional";
  }
  return "?";
}

void summary(JsonWriter& w, const Briefing& b) {
  const Table& t = *b.table;
  const Catalog& cat = t.catalog();
  w.key("summary").begin_object();
  for (IssueStatus status :
       {IssueStatus::agreement, IssueStatus::possible, IssueStatus::needs_consent, IssueStatus::blocked}) {
    w.key(to_string(status)).begin_array();
    for (const auto& f : b.comparison->issues) {
      if (f.status != status) continue;
      w.begin_object();
      w.key("issue").value(cat.issues[f.issue].id);
      w.key("blocked_by");
      write_party_sets_json(w, t, party_sets(f.opened_by));
      w.end_object();
    }
    w.end_array();
  }
  w.key("cross_conflicts").value(static_cast<int>(b.comparison->cross.size()));
  w.end_object();
}

void party_graph(JsonWriter& w, const Briefing& b) {
  const Table& t = *b.table;
  w.key("party_graph").begin_object();
  w.key("edges").begin_array();
  for (const auto& e : b.edges) {
    w.begin_object();
    w.key("a").value(t.party(e.a).code);
    w.key("b").value(t.party(e.b).code);
    w.key("collide");
    write_issue_ids_json(w, t.catalog(), e.collide);
    w.key("overlap");
    write_issue_ids_json(w, t.catalog(), e.overlap);
    w.key("cross_conflicts").begin_array();
    for (int x : e.cross) w.value(x);
    w.end_array();
    w.key("collide_weight").value(e.collide_weight);
    w.key("overlap_weight").value(e.overlap_weight);
    w.end_object();
  }
  w.end_array();
  w.end_object();
}

void term_graph(JsonWriter& w, const Briefing& b) {
  const Table& t = *b.table;
  const Catalog& cat = t.catalog();
  w.key("term_graph").begin_object();
  w.key("issues");
  write_issue_ids_json(w, cat, b.contested);
  w.key("edges").begin_array();
  for (const auto& link : b.links) {
    w.begin_object();
    w.key("kind").value(link_kind(link.kind));
    w.key("from").value(cat.term_name(link.from));
    w.key("to").value(cat.term_name(link.to));
    w.key("parties");
    write_party_codes_json(w, t, link.slots);
    w.end_object();
  }
  w.end_array();
  w.end_object();
}

}  // namespace

void write_report_json(std::ostream& out, const Briefing& b) {
  JsonWriter w(out);
  begin_json_document(w, "report");
  w.key("prepared_on");
  if (b.prepared_on.empty()) w.null();
  else w.value(b.prepared_on);
  write_comparison_members(w, *b.table, *b.comparison, b.lens);
  summary(w, b);
  party_graph(w, b);
  term_graph(w, b);
  if (b.deals) write_deals_json_member(w, *b.deals);
  w.key("drift");
  if (b.drift) {
    w.begin_object();
    write_diff_members(w, b.drift->diff);
    w.key("left_out").begin_array();
    for (int p : b.drift->left_out) w.value(b.table->data->parties[p].code);
    w.end_array();
    w.end_object();
  } else {
    w.null();
  }
  w.key("across");
  if (b.across) {
    w.begin_object();
    write_across_members(w, *b.table->data, *b.across);
    w.end_object();
  } else {
    w.null();
  }
  w.key("sources").strings(b.sources);
  w.end_object();
  w.finish();
}

}  // namespace positions
