// What the parts of a briefing's wording share: adding blocks to the
// document, and naming parties, issues and terms. Private to the engine.
#pragma once

#include <string>
#include <vector>

#include "briefing.hpp"
#include "compare_report.hpp"
#include "report.hpp"
#include "text_layout.hpp"
#include "wording.hpp"

namespace positions::brief {

using doc::Line;

// "agreed", "open" or "blocked": an issue's status as the briefing says it.
const char* status_word(IssueStatus s);


class DocWriter {
 public:
  DocWriter(const Briefing& b, doc::Document& d)
      : b_(b), t_(*b.table), c_(*b.comparison), cat_(t_.catalog()), d_(d) {}

  // --- blocks ---
  void heading(int level, Line line, std::string anchor = {});
  void para(Line line);
  void bullets(std::vector<Line> items);
  void figure(std::string name, Line caption);
  void table(std::vector<Line> header, std::vector<std::vector<Line>> rows);
  static void append(Line& to, const Line& more) { to.insert(to.end(), more.begin(), more.end()); }

  // --- names ---
  std::string name(int slot) const { return t_.party(slot).name; }
  std::string code(int slot) const { return t_.party(slot).code; }
  std::string names(const std::vector<int>& slots) const;
  std::string codes(const std::vector<int>& slots) const;
  const Issue& issue(int i) const { return cat_.issues[i]; }
  static std::string anchor(const Issue& is) { return "issue-" + is.id; }
  doc::Span issue_link(int i) const { return doc::link(issue(i).title, anchor(issue(i))); }
  // `id` codes for options of one issue, joined with commas and "and".
  Line option_codes(int issue_index, const std::vector<int>& options, const std::string& last = " and ") const;
  Line term_codes(const std::vector<Term>& terms, const std::string& last = " and ") const;

  // --- sentences ---
  // "Wants `a`. Also accepts `b`. Rules out `c`. Accepts `d` only if `x.y`."
  Line stance_terms(const Stance& st, int issue_index) const;
  // The stance's evidence as cited quotes: speaker and role, date, basis, source.
  void citations(const Party& party, const Stance& st);
  // A cross-issue conflict in words, the parties named from `table` (whose
  // slots it refers to), with the rule's reason.
  Line cross_sentence(const Table& table, const CrossConflict& x) const;
  Line cross_sentence(const CrossConflict& x) const { return cross_sentence(t_, x); }

  const Briefing& b_;
  const Table& t_;
  const Comparison& c_;
  const Catalog& cat_;
  doc::Document& d_;
};

// Sections in their own files; each writes nothing when the briefing lacks
// the analysis it reads.
void deals_section(DocWriter& w);  // "Deals and concessions"
void drift_section(DocWriter& w);   // "What moved since ..." (section)
void across_section(DocWriter& w);  // "Across scenarios"
void stability_section(DocWriter& w);  // "Would it hold?" (briefing_stability.cpp)

// The core, page one: the bottom line and the position matrix (briefing_core.cpp).
void bottom_line(DocWriter& w);      // "Bottom line": verdict, findings, cheapest path, what moved
void position_matrix(DocWriter& w);  // "Who wants what": issues by parties
void core_details(DocWriter& w);     // "The bottom line in detail": what page one counts, in full
// The bottom line's plain-language sentences (titles, labels and names, no ids):
Line deals_path(DocWriter& w);  // the cheapest path to a deal; needs w.b_.deals
// What moved since the previous scenario; needs w.b_.drift. Brief: counts
// for page one; else who moved on what and who blocks what now.
Line drift_line(DocWriter& w, bool brief);

}  // namespace positions::brief
