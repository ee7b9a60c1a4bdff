// Writing an Across (issues by scenarios) for people (text, 80 columns) and
// for tools (JSON).
#pragma once

#include <ostream>

#include "across.hpp"
#include "json_writer.hpp"
#include "wording.hpp"

namespace positions {

void write_across_text(std::ostream& out, const Dataset& data, const Across& a);
void write_across_json(std::ostream& out, const Dataset& data, const Across& a);
// Its members after "format" and "version", for documents that embed them.
void write_across_members(JsonWriter& w, const Dataset& data, const Across& a);

// {"status", "blocked_by", "agreed", "assumed"}
void write_issue_state_json(JsonWriter& w, const Table& table, const Issue& issue, const IssueState& s);
// The "was" and "now" keys of an issue whose standing changed between two
// tables (shared by --across and diff).
void write_issue_change_json(JsonWriter& w, const Issue& issue, const Table& was_table, const IssueState& was,
                             const Table& now_table, const IssueState& now);

}  // namespace positions
