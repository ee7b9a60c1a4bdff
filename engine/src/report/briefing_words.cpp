#include "briefing_words.hpp"

#include <cstdio>

namespace positions::brief {

const char* status_word(IssueStatus s) {
  switch (s) {
    case IssueStatus::agreement: return "agreed";
    case IssueStatus::possible: return "open";
    case IssueStatus::needs_consent: return "awaiting consent";
    case IssueStatus::blocked: return "blocked";
  }
  return "?";
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

std::string DocWriter::names(const std::vector<int>& slots) const { return positions::names(t_, slots); }

std::string DocWriter::codes(const std::vector<int>& slots) const { return positions::codes(t_, slots); }

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

Line DocWriter::stance_terms(const Stance& st, int issue_index) const {
  Line says;
  auto clause = [&](const char* verb, OptionSet set) {
    if (!set) return;
    says.push_back(doc::t(std::string(says.empty() ? "" : " ") + verb));
    append(says, option_codes(issue_index, options_in(set)));
    says.push_back(doc::t("."));
  };
  clause("Wants ", st.wants);
  clause("Also accepts ", st.accepts);
  clause("Rules out ", st.rules_out);
  for (const auto& c : st.conditional) {
    says.push_back(doc::t(std::string(says.empty() ? "" : " ") + "Accepts "));
    append(says, option_codes(issue_index, options_in(c.accepts)));
    says.push_back(doc::t(" only if "));
    append(says, term_codes(c.if_all));
    says.push_back(doc::t("."));
  }
  if (says.empty()) says.push_back(doc::t("Takes no position on the terms."));
  return says;
}

void DocWriter::citations(const Party& party, const Stance& st) {
  for (const auto& e : st.evidence) {
    doc::Block b;
    b.kind = doc::Block::Kind::citation;
    b.line = {doc::t("“" + e.quote + "”")};
    std::string who = voice_words(e);
    if (const Speaker* sp = party.speaker(e.speaker); sp && !sp->role.empty() && e.about.empty() && e.relayed_by.empty())
      who += " (" + sp->role + ")";
    b.attribution = {doc::t(who + ", " + when_words(e.date) + ", "), doc::badge(basis_words(e.basis), to_string(e.basis)),
                     doc::t(", source " + source_words(e))};
    d_.blocks.push_back(std::move(b));
  }
}

Line DocWriter::cross_sentence(const Table& table, const CrossConflict& x) const {
  auto names = [&](const std::vector<int>& slots) { return positions::names(table, slots); };
  const std::string one_a = x.by_a.size() == 1 ? "s" : "";
  const std::string one_b = x.by_b.size() == 1 ? "s" : "";
  Line line;
  switch (x.kind) {
    case ConflictKind::excludes:
      line = {doc::t(names(x.by_a) + " want" + one_a + " "), doc::code(cat_.term_name(x.a)),
              doc::t(" and " + names(x.by_b) + " want" + one_b + " "), doc::code(cat_.term_name(x.b)),
              doc::t(", which cannot both hold")};
      break;
    case ConflictKind::needs:
      line = {doc::t(names(x.by_a) + " want" + one_a + " "), doc::code(cat_.term_name(x.a)),
              doc::t(", which requires "), doc::code(cat_.term_name(x.b)),
              doc::t(", which " + names(x.by_b) + " rule" + one_b + " out")};
      break;
    case ConflictKind::condition:
      line = {doc::t(names(x.by_a) + " accept" + one_a + " "), doc::code(cat_.term_name(x.a)),
              doc::t(" only if "), doc::code(cat_.term_name(x.b)),
              doc::t(", which " + names(x.by_b) + " rule" + one_b + " out")};
      break;
  }
  if (x.rule >= 0) line.push_back(doc::t(": " + cat_.rules[x.rule].reason));
  else line.push_back(doc::t("."));
  return line;
}


}  // namespace positions::brief
