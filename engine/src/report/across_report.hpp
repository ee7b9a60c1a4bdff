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

}  // namespace positions
