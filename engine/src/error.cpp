#include "positions/error.hpp"

namespace positions {

namespace {

constexpr const char* kBold = "\x1b[1m";
constexpr const char* kRed = "\x1b[31m";
constexpr const char* kYellow = "\x1b[33m";
constexpr const char* kReset = "\x1b[0m";

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

}  // namespace

std::string format(const Diagnostic& d, bool color) {
  const bool warning = d.severity == Severity::warning;
  std::string place = d.where.file;
  if (d.where.line > 0) {
    place += ':' + std::to_string(d.where.line) + ':' + std::to_string(d.where.column);
  }
  std::string out;
  if (!place.empty()) out += color ? kBold + place + ":" + kReset + " " : place + ": ";
  if (warning) out += color ? std::string(kYellow) + "warning:" + kReset + " " : "warning: ";
  out += d.message;
  if (d.where.line > 0 && !d.source_line.empty()) {
    out += "\n" + d.source_line + "\n" + caret_padding(d.source_line, d.where.column);
    out += color ? std::string(warning ? kYellow : kRed) + "^" + kReset : "^";
  }
  if (!d.hint.empty()) out += "\n  hint: " + d.hint;
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
