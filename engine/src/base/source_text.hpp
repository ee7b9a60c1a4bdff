// A file's text with its lines indexed, to turn yaml-cpp's byte positions into
// the character columns users see and to quote a line under a message.
// Private to the engine.
#pragma once

#include <cstddef>
#include <string>
#include <vector>

#include "positions/error.hpp"

namespace positions {

class SourceText {
 public:
  SourceText() = default;
  explicit SourceText(std::string text);

  const std::string& text() const { return text_; }
  // The text, moved out; no line is left to quote.
  std::string take_text() {
    starts_.assign(1, 0);
    return std::move(text_);
  }
  // The 1-based line `line` without its line break; empty when out of range.
  std::string line(int line) const;
  // The 1-based character column of the 0-based byte `byte_column` on the
  // 1-based line `line`.
  int column(int line, int byte_column) const;
  // 1-based line and character column of a byte offset.
  std::pair<int, int> position(std::size_t offset) const;

 private:
  std::string text_;
  std::vector<std::size_t> starts_;  // byte offset of each line's start
};

// The length of the valid UTF-8 sequence starting at byte i, or 0.
std::size_t utf8_length_at(const std::string& s, std::size_t i);
// Offset of the first byte that is not valid UTF-8, or npos.
std::size_t invalid_utf8_at(const std::string& s);
// Offset of the first control character YAML does not allow in a file (C0
// controls other than tab, line feed and carriage return, and DEL), or npos.
std::size_t control_character_at(const std::string& s);

}  // namespace positions
