// Text from the data, the arguments, file names or another program, made safe
// to show on a terminal: nothing in it can move the cursor, set a title,
// ring a bell or change colours. Applied once, where the CLI writes
// (terminal_text() in ansi.hpp) and in the diagnostics formatter.
#pragma once

#include <string>
#include <string_view>

namespace positions {

// `s` with every character a terminal would obey shown as text instead:
// - C0 controls but tab and line feed, NUL included: \x1b, \x0d, \x00;
// - DEL and the C1 controls (U+007F..U+009F): \u007f, \u009b (the form JSON
//   also reads, so a JSON document stays valid and means the same);
// - the bidirectional overrides and isolates (U+202A..U+202E,
//   U+2066..U+2069), which reorder what is shown: \u202e;
// - a byte that is not part of valid UTF-8: \xff.
// Everything else, backslashes included, is unchanged; applying it twice
// changes nothing more.
std::string visible(std::string_view s);

// visible() for one-line places (a file name, a party code in a message):
// line feed and tab are shown too, as \x0a and \x09.
std::string visible_inline(std::string_view s);

}  // namespace positions
