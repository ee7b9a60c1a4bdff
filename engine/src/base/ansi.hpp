// Terminal colour: the one place that knows the escape codes. Callers decide
// whether colour is wanted (a terminal, no NO_COLOR, no --no-color).
#pragma once

#include <string>
#include <string_view>

namespace positions {

enum class Tint { bold, red, green, yellow };

// `text` wrapped in the tint's escape and a reset when `on`; `text` unchanged otherwise.
std::string paint(std::string_view text, Tint tint, bool on = true);

}  // namespace positions
