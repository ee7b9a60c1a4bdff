// Characters that word processors paste in place of plain ASCII ones (curly
// quotes, non-breaking spaces, dashes, invisible marks): named in hints, so an
// analyst sees why a key that looks right is unknown. Private to the engine.
#pragma once

#include <string>
#include <string_view>

namespace positions {

// "contains a non-breaking space (U+00A0)" for the first such character in
// `s`, or empty when there is none.
std::string describe_lookalike(std::string_view s);

// `s` with each such character replaced by its ASCII twin (or dropped, for
// invisible ones), then stripped of the quotes and spaces around it.
std::string without_lookalikes(std::string_view s);

}  // namespace positions
