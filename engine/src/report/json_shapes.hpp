// The JSON shapes that more than one output writes, each written here and
// only here, so a stance, a scenario, a rule, a conflict or an issue's state
// reads the same in compare, deals, diff, across, report and list. Their
// schemas are the definitions of docs/json/common.schema.json; a change here
// is a change there and in docs/json.md.
#pragma once

#include <optional>
#include <vector>

#include "compare.hpp"
#include "concessions.hpp"
#include "issue_state.hpp"
#include "json_writer.hpp"
#include "positions/model.hpp"
#include "table.hpp"

namespace positions {

// [party codes] of table slots.
void write_party_codes_json(JsonWriter& w, const Table& table, const std::vector<int>& slots);
// [[party codes]]: sets of table slots, such as the sets that could open a
// blocked issue.
void write_party_sets_json(JsonWriter& w, const Table& table, const std::vector<std::vector<int>>& sets);
// [party codes] of dataset parties (deciders that are not compared).
void write_dataset_codes_json(JsonWriter& w, const Dataset& data, const std::vector<int>& parties);
// [issue ids] of catalog issue indices.
void write_issue_ids_json(JsonWriter& w, const Catalog& catalog, const std::vector<int>& issues);
// [option ids] of one issue.
void write_option_ids_json(JsonWriter& w, const Issue& issue, OptionSet set);
// [term names] a part of a package settles, in catalog order.
void write_settled_terms_json(JsonWriter& w, const Catalog& catalog, const SettledTerms& part);

// {source, date, speaker (null when none), speaker_name, quote, basis}
void write_evidence_json(JsonWriter& w, const Party& party, const Evidence& e);

// {party, issue, silent: true} when `st` is null; else {party, issue,
// silent: false, date, priority, weight, wants, accepts, rules_out,
// conditional, assumed, rationale (only when assumed), note (only when
// there is one), evidence}.
void write_stance_json(JsonWriter& w, const Catalog& catalog, const Party& party, int issue, const Stance* st);

// {name, title, date, builds_on (null for a dated scenario), lineage,
// parties}, and chosen_by_default only where the scenario is the lens of a
// report (compare, deals, report): whether it was taken as the latest since
// none was named.
void write_scenario_json(JsonWriter& w, const Dataset& data, const Scenario& sc,
                         std::optional<bool> chosen_by_default = std::nullopt);

// {term, kind ("excludes"|"requires"), other, reason}, or null when `rule` < 0.
void write_rule_json(JsonWriter& w, const Catalog& catalog, int rule);

// {kind, term_a, parties_a, term_b, parties_b, rule (a rule or null)}
void write_conflict_json(JsonWriter& w, const Table& table, const CrossConflict& x);

// {cost, crosses_red_line, moves: [{party, issue, option (null: the issue
// as a whole), kind ("lift_ruling_out"|"drop_condition"|"consent"|
// "cross_red_line"|"repoint_condition"), distance, cost, red_line, and for a
// re-pointed condition from, to}], opens: [terms], opens_a_deal, worse_off:
// [parties]}, for the concessions and the verdict's cheapest moves alike.
void write_move_set_json(JsonWriter& w, const DealProblem& pb, const MoveSet& m);

// {status, blocked_by: [[party codes]], blocked_by_proven, agreed, assumed}
void write_issue_state_json(JsonWriter& w, const Table& table, const Issue& issue, const IssueState& s);

// The "was" and "now" keys of an issue whose standing changed between two
// tables (shared by --across and diff).
void write_issue_change_json(JsonWriter& w, const Issue& issue, const Table& was_table, const IssueState& was,
                             const Table& now_table, const IssueState& now);

}  // namespace positions
