// Writing a ScenarioDiff for people (text, 80 columns) and for tools (JSON).
#pragma once

#include <ostream>

#include "diff.hpp"

namespace positions {

void write_diff_text(std::ostream& out, const ScenarioDiff& d);
void write_diff_json(std::ostream& out, const ScenarioDiff& d);

// The members of the diff's JSON object after "format" and "version", for
// documents that embed it (the report's "drift").
class JsonWriter;
void write_diff_members(JsonWriter& w, const ScenarioDiff& d);

}  // namespace positions
