// Laying out text for an 80-column terminal.
#pragma once

#include <string>
#include <string_view>
#include <vector>

namespace positions {

inline constexpr int kTextWidth = 80;

// Width in terminal columns of UTF-8 text (one per code point).
int display_width(std::string_view s);

// Words of `text` filled into lines of at most `width` columns; the first line
// starts with `first`, the others with `rest` (both count toward the width).
// A word longer than a line stands alone on its line.
std::string wrap(std::string_view text, const std::string& first, const std::string& rest,
                 int width = kTextWidth);

// "a, b and c"
std::string join(const std::vector<std::string>& items, const std::string& sep = ", ");

}  // namespace positions
