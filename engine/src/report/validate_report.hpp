// Writing the result of checking data (`positions validate`): every problem
// as file:line:column and a count, for people (text) and for tools (JSON).
#pragma once

#include <ostream>

#include "positions/load.hpp"

namespace positions {

// `color`: the error count in red, and each diagnostic's own colours (a
// terminal only).
void write_validate_text(std::ostream& out, const Validation& v, bool color = false);
void write_validate_json(std::ostream& out, const Validation& v);

}  // namespace positions
