#include "positions/error.hpp"

#include <algorithm>
#include <utility>
#include <vector>

#include "ansi.hpp"
#include "source_text.hpp"
#include "visible.hpp"

namespace positions {

namespace {

// Spaces (and the line's own tabs, so the caret lines up) up to the 1-based
// character column `column` of `line`.
std::string caret_padding(const std::string& line, int column) {
  std::string pad;
  int col = 1;
  for (size_t i = 0; i < line.size() && col < column; ++i) {
    const auto c = static_cast<unsigned char>(line[i]);
    if ((c & 0xC0) == 0x80) continue;  // a UTF-8 continuation byte: same character
    pad += c == '\t' ? '\t' : ' ';
    ++col;
  }
  if (col < column) pad.append(static_cast<size_t>(column - col), ' ');
  return pad;
}

constexpr int kMaxShown = 100;  // characters of a source line shown

// The source line as it can be shown on a terminal: bytes that are not UTF-8
// and control characters (but tabs) become '?', and a long line is cut to a
// window around the column, marked with "...". Returns the line and the column
// of the caret in it.
std::pair<std::string, int> shown_line(const std::string& line, int column) {
  std::vector<std::string> chars;  // one entry per character
  for (size_t i = 0; i < line.size();) {
    size_t n = utf8_length_at(line, i);
    const auto c = static_cast<unsigned char>(line[i]);
    // C1 controls (U+0080..U+009F, bytes C2 80..C2 9F) and the bidirectional
    // controls (E2 80 AA..AE, E2 81 A6..A9) are as unsafe as C0 ones.
    const auto c1 = n >= 2 ? static_cast<unsigned char>(line[i + 1]) : 0;
    const auto c2 = n >= 3 ? static_cast<unsigned char>(line[i + 2]) : 0;
    const bool unsafe = (c == 0xC2 && c1 <= 0x9F) || (c == 0xE2 && c1 == 0x80 && c2 >= 0xAA && c2 <= 0xAE) ||
                        (c == 0xE2 && c1 == 0x81 && c2 >= 0xA6 && c2 <= 0xA9);
    if (n == 0 || (c < 0x20 && c != '\t') || c == 0x7F || unsafe) {
      chars.emplace_back("?");
      ++i;
    } else {
      chars.emplace_back(line.substr(i, n));
      i += n;
    }
  }
  const int count = static_cast<int>(chars.size());
  int first = 1, last = count;
  if (count > kMaxShown) {
    first = std::max(1, std::min(column - kMaxShown / 2, count - kMaxShown + 1));
    last = first + kMaxShown - 1;
  }
  std::string out = first > 1 ? "..." : "";
  for (int k = first; k <= last; ++k) out += chars[static_cast<size_t>(k - 1)];
  if (last < count) out += "...";
  return {out, column - first + 1 + (first > 1 ? 3 : 0)};
}

}  // namespace

std::string format(const Diagnostic& d, bool color) {
  const bool warning = d.severity == Severity::warning;
  std::string place = visible_inline(d.where.file);
  if (d.where.line > 0) {
    place += ':' + std::to_string(d.where.line) + ':' + std::to_string(d.where.column);
  }
  std::string out;
  if (!place.empty()) out += paint(place + ":", Tint::bold, color) + " ";
  if (warning) out += paint("warning:", Tint::yellow, color) + " ";
  out += visible(d.message);
  if (d.where.line > 0 && !d.source_line.empty()) {
    auto [line, column] = shown_line(d.source_line, d.where.column);
    out += "\n" + line + "\n" + caret_padding(line, column);
    out += paint("^", warning ? Tint::yellow : Tint::red, color);
  }
  if (!d.hint.empty()) out += "\n  hint: " + visible(d.hint);
  return out;
}

Error::Error(std::vector<Diagnostic> problems) : problems_(std::move(problems)) {
  for (const auto& p : problems_) {
    if (!text_.empty()) text_ += '\n';
    text_ += format(p);
  }
}

Error::Error(Location where, std::string message, std::string hint)
    : Error(std::vector<Diagnostic>{{std::move(where), std::move(message), std::move(hint), {}, Severity::error}}) {}

}  // namespace positions
