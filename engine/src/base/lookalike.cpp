#include "lookalike.hpp"

#include <cstdio>

namespace positions {

namespace {

struct Lookalike {
  std::string_view utf8;
  const char* name;
  const char* ascii;  // empty: dropped
};

constexpr Lookalike kLookalikes[] = {
    {"\u00A0", "a non-breaking space", " "},
    {"\u202F", "a narrow non-breaking space", " "},
    {"\u2007", "a figure space", " "},
    {"\u2009", "a thin space", " "},
    {"\u2018", "a curly quote", "'"},
    {"\u2019", "a curly quote", "'"},
    {"\u201C", "a curly quote", "\""},
    {"\u201D", "a curly quote", "\""},
    {"\u2013", "an en dash", "-"},
    {"\u2014", "an em dash", "-"},
    {"\u200B", "a zero-width space", ""},
    {"\u00AD", "a soft hyphen", ""},
    {"\uFEFF", "a byte-order mark", ""},
};

char32_t code_point(std::string_view utf8) {
  auto b = [&](size_t i) { return static_cast<char32_t>(static_cast<unsigned char>(utf8[i])); };
  if (utf8.size() == 2) return (b(0) & 0x1F) << 6 | (b(1) & 0x3F);
  return (b(0) & 0x0F) << 12 | (b(1) & 0x3F) << 6 | (b(2) & 0x3F);
}

}  // namespace

std::string describe_lookalike(std::string_view s) {
  size_t best = std::string_view::npos;
  const Lookalike* found = nullptr;
  for (const auto& l : kLookalikes) {
    size_t at = s.find(l.utf8);
    if (at < best) best = at, found = &l;
  }
  if (!found) return {};
  char code[16];
  std::snprintf(code, sizeof code, "U+%04X", static_cast<unsigned>(code_point(found->utf8)));
  return std::string("contains ") + found->name + " (" + code + ")";
}

std::string without_lookalikes(std::string_view s) {
  std::string out(s);
  for (const auto& l : kLookalikes) {
    for (size_t at = out.find(l.utf8); at != std::string::npos; at = out.find(l.utf8, at)) {
      out.replace(at, l.utf8.size(), l.ascii);
      at += std::string_view(l.ascii).size();
    }
  }
  const auto strip = [](char c) { return c == ' ' || c == '"' || c == '\'' || c == '\t'; };
  size_t b = 0, e = out.size();
  while (b < e && strip(out[b])) ++b;
  while (e > b && strip(out[e - 1])) --e;
  return out.substr(b, e - b);
}

}  // namespace positions
