#include "source_text.hpp"

#include <array>
#include <cstdint>
#include <cstring>
#include <memory>

namespace positions {

namespace {
bool continuation(char c) { return (static_cast<unsigned char>(c) & 0xC0) == 0x80; }
}  // namespace

SourceText::SourceText(std::string text) : text_(std::move(text)) {
  starts_.push_back(0);
  const char* const begin = text_.data();
  const char* const end = begin + text_.size();
  for (const char* p = begin; (p = static_cast<const char*>(std::memchr(p, '\n', end - p))) != nullptr;)
    starts_.push_back(static_cast<std::size_t>(++p - begin));
}

std::string SourceText::line(int line) const {
  if (line < 1 || static_cast<std::size_t>(line) > starts_.size()) return {};
  const std::size_t begin = starts_[static_cast<std::size_t>(line - 1)];
  std::size_t end = text_.find('\n', begin);
  if (end == std::string::npos) end = text_.size();
  if (end > begin && text_[end - 1] == '\r') --end;
  return text_.substr(begin, end - begin);
}

int SourceText::column(int line, int byte_column) const {
  if (line < 1 || static_cast<std::size_t>(line) > starts_.size() || byte_column < 0)
    return byte_column + 1;
  const std::size_t begin = starts_[static_cast<std::size_t>(line - 1)];
  int column = 1;
  for (std::size_t i = begin; i < begin + static_cast<std::size_t>(byte_column) && i < text_.size(); ++i)
    if (!continuation(text_[i])) ++column;
  return column;
}

std::pair<int, int> SourceText::position(std::size_t offset) const {
  int line = 1;
  std::size_t lo = 0, hi = starts_.size();
  while (hi - lo > 1) {  // the last line start at or before offset
    std::size_t mid = (lo + hi) / 2;
    if (starts_[mid] <= offset) lo = mid; else hi = mid;
  }
  line = static_cast<int>(lo) + 1;
  return {line, column(line, static_cast<int>(offset - starts_[lo]))};
}

void SourceMap::add(const std::string& file, std::string text) {
  texts_[file] = std::make_shared<const std::string>(std::move(text));
}

std::string SourceMap::line(const std::string& file, int line) const {
  const auto it = texts_.find(file);
  if (it == texts_.end() || line < 1) return {};
  // Only the one line is looked for; diagnostics are few.
  const std::string& text = *it->second;
  std::size_t begin = 0;
  for (int n = 1; n < line; ++n) {
    begin = text.find('\n', begin);
    if (begin == std::string::npos) return {};
    ++begin;
  }
  std::size_t end = text.find('\n', begin);
  if (end == std::string::npos) end = text.size();
  if (end > begin && text[end - 1] == '\r') --end;
  return text.substr(begin, end - begin);
}

void SourceMap::attach(std::vector<Diagnostic>& diagnostics) const {
  for (auto& d : diagnostics)
    if (d.where.line > 0 && d.source_line.empty()) d.source_line = line(d.where.file, d.where.line);
}

std::size_t utf8_length_at(const std::string& s, std::size_t i) {
  auto c = static_cast<unsigned char>(s[i]);
  std::size_t n = c < 0x80 ? 1 : (c >> 5) == 0x6 ? 2 : (c >> 4) == 0xE ? 3 : (c >> 3) == 0x1E ? 4 : 0;
  if (n == 0 || i + n > s.size()) return 0;
  if (n == 2 && c < 0xC2) return 0;  // overlong
  for (std::size_t k = 1; k < n; ++k)
    if (!continuation(s[i + k])) return 0;
  if (n == 3) {
    auto c1 = static_cast<unsigned char>(s[i + 1]);
    if ((c == 0xE0 && c1 < 0xA0) || (c == 0xED && c1 >= 0xA0)) return 0;  // overlong, surrogate
  }
  if (n == 4) {
    auto c1 = static_cast<unsigned char>(s[i + 1]);
    if ((c == 0xF0 && c1 < 0x90) || (c == 0xF4 && c1 >= 0x90) || c > 0xF4) return 0;
  }
  return n;
}

std::size_t invalid_utf8_at(const std::string& s) {
  for (std::size_t i = 0; i < s.size();) {
    // Data files are mostly ASCII: eight bytes at a time while no high bit is set.
    std::uint64_t word;
    if (i + 8 <= s.size() && (std::memcpy(&word, s.data() + i, 8), (word & 0x8080808080808080ull) == 0)) {
      i += 8;
      continue;
    }
    const std::size_t n = utf8_length_at(s, i);
    if (n == 0) return i;
    i += n;
  }
  return std::string::npos;
}

std::size_t control_character_at(const std::string& s) {
  static constexpr auto refused = [] {
    std::array<bool, 256> t{};
    for (int c = 0; c < 0x20; ++c) t[c] = c != '\t' && c != '\n' && c != '\r';
    t[0x7F] = true;
    return t;
  }();
  for (std::size_t i = 0; i < s.size(); ++i)
    if (refused[static_cast<unsigned char>(s[i])]) return i;
  return std::string::npos;
}

}  // namespace positions
