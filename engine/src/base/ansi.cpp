#include "ansi.hpp"

#include "visible.hpp"

namespace positions {

namespace {

// The mark paint() writes: NUL, then one of these letters.
constexpr char kMark = '\0';

const char* escape_for(char letter) {
  switch (letter) {
    case 'b': return "\x1b[1m";
    case 'r': return "\x1b[31m";
    case 'g': return "\x1b[32m";
    case 'y': return "\x1b[33m";
    case '0': return "\x1b[0m";
    default: return nullptr;
  }
}

}  // namespace

std::string paint(std::string_view text, Tint tint, bool on) {
  if (!on) return std::string(text);
  const char letter = tint == Tint::bold ? 'b' : tint == Tint::red ? 'r' : tint == Tint::green ? 'g' : 'y';
  std::string out{kMark, letter};
  out += text;
  out += kMark;
  out += '0';
  return out;
}

std::string terminal_text(std::string_view text) {
  std::string out;
  std::size_t start = 0;
  for (std::size_t i = 0; i < text.size(); ++i) {
    if (text[i] != kMark || i + 1 == text.size() || !escape_for(text[i + 1])) continue;
    out += visible(text.substr(start, i - start));
    out += escape_for(text[i + 1]);
    start = i + 2;
    ++i;
  }
  out += visible(text.substr(start));
  return out;
}

}  // namespace positions
