// Writing a Comparison for people (text, 80 columns) and for tools (JSON).
#pragma once

#include <ostream>

#include "positions/compare.hpp"

namespace positions {

// What the comparison looks through, as the reader must be told.
struct Lens {
  const Scenario* scenario = nullptr;  // none with --as-of alone
  bool scenario_by_default = false;    // the latest, since none was named
};

void write_compare_text(std::ostream& out, const Table& table, const Comparison& c, const Lens& lens);
void write_compare_json(std::ostream& out, const Table& table, const Comparison& c, const Lens& lens);

// The members of compare's JSON object after "format" and "version" (scenario,
// as_of, parties, issues, pairs, cross_conflicts), for documents that embed them.
class JsonWriter;
void write_comparison_members(JsonWriter& w, const Table& table, const Comparison& c, const Lens& lens);

// Shared by the writers: "us", "Vladimir Putin", "red line", "on record".
std::string speaker_name(const Party& party, const Evidence& e);
std::string priority_words(Priority p);
std::string basis_words(Basis b);

}  // namespace positions
