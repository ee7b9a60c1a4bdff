// Writing a Comparison for people (text, 80 columns) and for tools (JSON).
#pragma once

#include <functional>
#include <ostream>

#include "positions/compare.hpp"

namespace positions {

// What the comparison looks through, as the reader must be told.
class JsonWriter;

struct Lens {
  const Scenario* scenario = nullptr;  // none with --as-of alone
  bool scenario_by_default = false;    // the latest, since none was named
};

void write_compare_text(std::ostream& out, const Table& table, const Comparison& c, const Lens& lens);
// `more` may add keys at the end of the document's top object (compare's deals).
void write_compare_json(std::ostream& out, const Table& table, const Comparison& c, const Lens& lens,
                        const std::function<void(JsonWriter&)>& more = {});

// The Scenario / As of / Parties lines that head every text report.
void write_lens_text(std::ostream& out, const Table& table, const Lens& lens);

// The "scenario", "as_of" and "parties" keys that head every JSON report.
void write_lens_json(JsonWriter& w, const Table& table, const Lens& lens);

// Shared by the writers: "us", "Vladimir Putin", "red line", "on record".
std::string speaker_name(const Party& party, const Evidence& e);
std::string priority_words(Priority p);
std::string basis_words(Basis b);

}  // namespace positions
