#include "briefing_words.hpp"

#include <cstdio>

namespace positions::wording {

std::string and_list(const std::vector<std::string>& items) {
  if (items.size() <= 1) return items.empty() ? "" : items[0];
  std::vector<std::string> head(items.begin(), items.end() - 1);
  return join(head) + " and " + items.back();
}

std::string plural(size_t n, const std::string& one, const std::string& many) {
  return std::to_string(n) + " " + (n == 1 ? one : many);
}

std::string signed_fixed(double v) {
  char buf[32];
  std::snprintf(buf, sizeof buf, "%+.2f", v);
  return buf;
}

std::string fixed(double v, int digits) {
  char buf[48];
  std::snprintf(buf, sizeof buf, "%.*f", digits, v);
  return buf;
}

void DocWriter::heading(int level, Line line, std::string anchor) {
  doc::Block b;
  b.kind = doc::Block::Kind::heading;
  b.level = level;
  b.line = std::move(line);
  b.anchor = std::move(anchor);
  d_.blocks.push_back(std::move(b));
}

void DocWriter::para(Line line) {
  doc::Block b;
  b.kind = doc::Block::Kind::paragraph;
  b.line = std::move(line);
  d_.blocks.push_back(std::move(b));
}

void DocWriter::bullets(std::vector<Line> items) {
  doc::Block b;
  b.kind = doc::Block::Kind::bullets;
  b.items = std::move(items);
  d_.blocks.push_back(std::move(b));
}

void DocWriter::figure(std::string name, Line caption) {
  doc::Block b;
  b.kind = doc::Block::Kind::figure;
  b.figure = std::move(name);
  b.line = std::move(caption);
  d_.blocks.push_back(std::move(b));
}

void DocWriter::table(std::vector<Line> header, std::vector<std::vector<Line>> rows) {
  doc::Block b;
  b.kind = doc::Block::Kind::table;
  b.items = std::move(header);
  b.rows = std::move(rows);
  d_.blocks.push_back(std::move(b));
}

std::string DocWriter::names(const std::vector<int>& slots) const {
  std::vector<std::string> out;
  for (int s : slots) out.push_back(name(s));
  return and_list(out);
}

std::string DocWriter::codes(const std::vector<int>& slots) const {
  std::vector<std::string> out;
  for (int s : slots) out.push_back(code(s));
  return join(out);
}

Line DocWriter::option_codes(int issue_index, const std::vector<int>& options, const std::string& last) const {
  Line out;
  for (size_t k = 0; k < options.size(); ++k) {
    if (k) out.push_back(doc::t(k + 1 == options.size() ? last : ", "));
    out.push_back(doc::code(issue(issue_index).options[options[k]].id));
  }
  return out;
}

Line DocWriter::term_codes(const std::vector<Term>& terms, const std::string& last) const {
  Line out;
  for (size_t k = 0; k < terms.size(); ++k) {
    if (k) out.push_back(doc::t(k + 1 == terms.size() ? last : ", "));
    out.push_back(doc::code(cat_.term_name(terms[k])));
  }
  return out;
}

}  // namespace positions::wording
