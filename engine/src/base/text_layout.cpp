#include "text_layout.hpp"

namespace positions {

int display_width(std::string_view s) {
  int n = 0;
  for (unsigned char c : s) n += (c & 0xC0) != 0x80;
  return n;
}

std::string wrap(std::string_view text, const std::string& first, const std::string& rest,
                 int width) {
  std::string out = first;
  int col = display_width(first);
  bool line_empty = true;
  size_t i = 0;
  while (i < text.size()) {
    while (i < text.size() && (text[i] == ' ' || text[i] == '\n')) ++i;
    size_t j = i;
    while (j < text.size() && text[j] != ' ' && text[j] != '\n') ++j;
    if (j == i) break;
    std::string_view word = text.substr(i, j - i);
    int w = display_width(word);
    if (!line_empty && col + 1 + w > width) {
      out += '\n';
      out += rest;
      col = display_width(rest);
      line_empty = true;
    }
    if (!line_empty) {
      out += ' ';
      ++col;
    }
    out += word;
    col += w;
    line_empty = false;
    i = j;
  }
  return out + '\n';
}

std::string join(const std::vector<std::string>& items, const std::string& sep) {
  std::string out;
  for (size_t i = 0; i < items.size(); ++i) out += (i ? sep : "") + items[i];
  return out;
}

}  // namespace positions
