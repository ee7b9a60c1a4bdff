#include "visible.hpp"

#include <cstdio>

#include "source_text.hpp"

namespace positions {

namespace {

std::string hex(const char* form, unsigned value) {
  char buf[12];
  std::snprintf(buf, sizeof buf, form, value);
  return buf;
}

std::string escape(std::string_view s, bool keep_layout) {
  const std::string text(s);
  std::string out;
  out.reserve(text.size());
  for (std::size_t i = 0; i < text.size();) {
    const auto c = static_cast<unsigned char>(text[i]);
    const std::size_t n = utf8_length_at(text, i);
    if (n == 0) {  // not UTF-8: the byte itself
      out += hex("\\x%02x", c);
      ++i;
      continue;
    }
    unsigned cp = c;
    if (n == 2) cp = ((c & 0x1Fu) << 6) | (static_cast<unsigned char>(text[i + 1]) & 0x3Fu);
    if (n == 3)
      cp = ((c & 0x0Fu) << 12) | ((static_cast<unsigned char>(text[i + 1]) & 0x3Fu) << 6) |
           (static_cast<unsigned char>(text[i + 2]) & 0x3Fu);
    if (cp < 0x20 && !(keep_layout && (cp == '\n' || cp == '\t'))) {
      out += hex("\\x%02x", cp);
    } else if ((cp >= 0x7F && cp <= 0x9F) || (cp >= 0x202A && cp <= 0x202E) || (cp >= 0x2066 && cp <= 0x2069)) {
      out += hex("\\u%04x", cp);
    } else {
      out.append(text, i, n);
    }
    i += n;
  }
  return out;
}

}  // namespace

std::string visible(std::string_view s) { return escape(s, true); }
std::string visible_inline(std::string_view s) { return escape(s, false); }

}  // namespace positions
