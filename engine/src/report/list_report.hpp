// Writing what a data folder holds (`positions list`): its parties, issues
// and scenarios, for people (text, 80 columns) and for tools (JSON).
#pragma once

#include <ostream>

#include "positions/model.hpp"

namespace positions {

void write_list_text(std::ostream& out, const Dataset& data);
void write_list_json(std::ostream& out, const Dataset& data);

}  // namespace positions
