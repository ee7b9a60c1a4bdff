// Writing a Comparison for people (text, 80 columns) and for tools (JSON).
#pragma once

#include <functional>
#include <ostream>

#include "compare.hpp"
#include "positions/analysis.hpp"
#include "wording.hpp"
#include "json_writer.hpp"

namespace positions {

// `color`: status words in colour (a terminal only).
void write_compare_text(std::ostream& out, const Table& table, const Comparison& c, const Lens& lens,
                        bool color = false,
                        const std::function<void(std::ostream&)>& lead = {});
// `more` may add keys at the end of the document's top object (compare's deals).
void write_compare_json(std::ostream& out, const Table& table, const Comparison& c, const Lens& lens,
                        const std::function<void(JsonWriter&)>& more = {});

// The Scenario / As of / Parties lines that head every text report.
void write_lens_text(std::ostream& out, const Table& table, const Lens& lens);

// The "scenario", "as_of" and "parties" keys that head every JSON report.
void write_lens_json(JsonWriter& w, const Table& table, const Lens& lens);

// The members of compare's JSON object after "format" and "version" (scenario,
// as_of, parties, issues, pairs, cross_conflicts), for documents that embed them.
void write_comparison_members(JsonWriter& w, const Table& table, const Comparison& c, const Lens& lens);


}  // namespace positions
