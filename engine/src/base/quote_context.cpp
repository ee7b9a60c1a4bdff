#include "quote_context.hpp"

#include <array>
#include <cctype>
#include <string_view>

namespace positions {

namespace {

bool has_word(std::string_view s) {
  // Letters and digits; bytes of multi-byte UTF-8 characters other than
  // quotation marks and dashes count as letters.
  for (size_t i = 0; i < s.size(); ++i) {
    const unsigned char c = static_cast<unsigned char>(s[i]);
    if (std::isalnum(c)) return true;
    if (c == 0xE2 && i + 2 < s.size()) { i += 2; continue; }  // ’ “ ” — … and the like
    if (c >= 0xC0) return true;
  }
  return false;
}

// Bytes of closing punctuation after a sentence end: quotation marks, brackets.
size_t closers(std::string_view t, size_t i) {
  size_t n = 0;
  for (;;) {
    if (i + n < t.size() && (t[i + n] == '"' || t[i + n] == ')' || t[i + n] == '\'')) { ++n; continue; }
    if (i + n + 2 < t.size() && t.compare(i + n, 3, "\xE2\x80\x9D") == 0) { n += 3; continue; }  // ”
    if (i + n + 2 < t.size() && t.compare(i + n, 3, "\xE2\x80\x99") == 0) { n += 3; continue; }  // ’
    return n;
  }
}

bool abbreviation(std::string_view t, size_t dot) {
  size_t b = dot;
  while (b > 0 && std::isalpha(static_cast<unsigned char>(t[b - 1]))) --b;
  const std::string_view word = t.substr(b, dot - b);
  if (word.size() == 1) return true;  // U.S., an initial
  static const std::array<std::string_view, 18> known = {"Jan", "Feb", "Mar", "Apr", "Aug", "Sep", "Sept", "Oct",
                                                         "Nov", "Dec", "Sen", "Rep", "Dr", "Mr", "Mrs", "Ms",
                                                         "St", "Gen"};
  for (auto k : known)
    if (word == k) return true;
  return false;
}

// Whether a sentence ends just after position `i` (one past its last byte of
// punctuation), looking at what follows.
bool starts_sentence(std::string_view t, size_t i) {
  if (i >= t.size()) return true;
  if (t[i] != ' ') return false;
  while (i < t.size() && t[i] == ' ') ++i;
  if (i >= t.size()) return true;
  const unsigned char c = static_cast<unsigned char>(t[i]);
  return std::isupper(c) || std::isdigit(c) || c == '"' || t.compare(i, 3, "\xE2\x80\x9C") == 0;
}

// The end (one past) of the sentence that contains position `from`.
size_t sentence_end(std::string_view t, size_t from) {
  for (size_t i = from; i < t.size(); ++i) {
    if (t[i] == '\n') return i;
    if (t[i] == '.' || t[i] == '!' || t[i] == '?') {
      if (t[i] == '.' && abbreviation(t, i)) continue;
      const size_t after = i + 1 + closers(t, i + 1);
      if (starts_sentence(t, after)) return after;
    }
  }
  return t.size();
}

// The start of the sentence that contains position `at`.
size_t sentence_start(std::string_view t, size_t at) {
  size_t start = 0;
  while (start < at) {
    const size_t end = sentence_end(t, start);
    if (end > at || end >= t.size()) break;
    size_t next = end;
    while (next < t.size() && (t[next] == ' ' || t[next] == '\n' || t[next] == '\r')) ++next;
    if (next == end) ++next;
    if (next > at) break;
    start = next;
  }
  return start;
}

}  // namespace

QuoteContext quote_context(const std::string& text, const std::string& quote) {
  QuoteContext c;
  c.quote = quote;
  if (quote.empty()) return c;
  const size_t at = text.find(quote);
  if (at == std::string::npos) return c;
  c.found = true;
  const std::string_view t(text);
  const size_t start = sentence_start(t, at);
  const size_t qend = at + quote.size();
  // From the quote's last character: a quote that ends its sentence ends the
  // context (but for closing quotation marks).
  size_t end = sentence_end(t, qend - 1);
  if (end < qend) end = qend;
  c.before = text.substr(start, at - start);
  c.after = text.substr(qend, end - qend);
  c.starts_inside = has_word(c.before);
  c.ends_inside = has_word(c.after);
  return c;
}

QuoteContext evidence_context(const Evidence& e) {
  if (!e.doc || !e.doc->found) {
    QuoteContext c;
    c.quote = e.quote;
    return c;
  }
  return quote_context(e.doc->text, e.quote);
}

}  // namespace positions
