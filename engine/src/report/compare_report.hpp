// Writing a Comparison for people (text, 80 columns) and for tools (JSON).
#pragma once

#include <functional>
#include <ostream>

#include "compare.hpp"
#include "lens.hpp"
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

// One party's stance on one issue as a JSON object ({"party", "silent": true}
// when it has none): terms, priority, assumed and rationale, evidence.
void write_stance_json(JsonWriter& w, const Catalog& catalog, const Party& party, int issue, const Stance* st);

// The members of compare's JSON object after "format" and "version" (scenario,
// as_of, parties, issues, pairs, cross_conflicts), for documents that embed them.
void write_comparison_members(JsonWriter& w, const Table& table, const Comparison& c, const Lens& lens);

// Shared by the writers: "us", "Vladimir Putin", "red line", "on record".
std::string speaker_name(const Party& party, const Evidence& e);
std::string priority_words(Priority p);
std::string basis_words(Basis b);
// "us, ua want ceasefire.current_lines; ru wants donetsk.ru_all"
std::string conflict_words(const Table& table, const CrossConflict& x);
// "ceasefire.current_lines excludes donetsk.ru_all: the reason"
std::string rule_words(const Catalog& catalog, int rule);

}  // namespace positions
