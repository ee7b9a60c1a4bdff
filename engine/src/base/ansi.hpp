// Terminal colour: the one place that knows the escape codes. Callers decide
// whether colour is wanted (a terminal, no NO_COLOR, TERM not "dumb", no
// --no-color).
//
// Colour is added after escaping: paint() only marks where a tint begins and
// ends, with a NUL byte and a letter, and terminal_text() (applied by the
// CLI to everything it writes) first escapes everything else (visible.hpp)
// and then turns the marks into ANSI escapes. The marks cannot be forged:
// NUL never comes from elsewhere (argv and file names cannot hold it, the
// loader refuses it in data, and other programs' output is made visible
// before it is used).
#pragma once

#include <string>
#include <string_view>

namespace positions {

enum class Tint { bold, red, green, yellow };

// `text` marked for the tint when `on`; `text` unchanged otherwise.
std::string paint(std::string_view text, Tint tint, bool on = true);

// `text` as it may be written to a terminal: visible(), with paint()'s marks
// turned into ANSI escapes.
std::string terminal_text(std::string_view text);

}  // namespace positions
