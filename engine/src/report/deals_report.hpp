// Writing deals and concessions for people (text, 80 columns) and for tools
// (JSON): the full report of `positions deals` and the short DEALS section
// that `positions compare` appends.
#pragma once

#include <ostream>

#include "compare_report.hpp"
#include "deal_analysis.hpp"

namespace positions {

class JsonWriter;

void write_deals_text(std::ostream& out, const DealAnalysis& a, const Lens& lens);
void write_deals_json(std::ostream& out, const DealAnalysis& a, const Lens& lens);

// compare's section: the first `top` deals and the cheapest concessions,
// without the citations (`positions deals` has them).
void write_deals_summary_text(std::ostream& out, const DealAnalysis& a, int top);
// compare's JSON: a "deals" key with everything write_deals_json holds
// below the lens.
void write_deals_json_member(JsonWriter& w, const DealAnalysis& a);


}  // namespace positions
