#include <functional>
#include <algorithm>
#include <cstdio>

#include "compare_report.hpp"
#include "ansi.hpp"
#include "text_layout.hpp"
#include "verdict_words.hpp"
#include "wording.hpp"

namespace positions {

void write_lens_text(std::ostream& out, const Table& t, const Lens& lens) {
  std::vector<std::string> names;
  for (int s = 0; s < t.slots(); ++s) names.push_back(t.party(s).code + " = " + t.party(s).name);
  if (lens.scenario) {
    out << wrap(lens.scenario->name + ": " + lens.scenario->title, "Scenario  ", "          ");
    if (lens.scenario_by_default)
      out << wrap("(the latest scenario; choose another with --scenario)", "          ", "          ");
  } else {
    out << "Scenario  none: each party's latest stances as of the date\n";
  }
  out << "As of     " << t.as_of.str() << '\n';
  if (t.on_record_only)
    out << wrap("on-record stances only (--evidence on_record): stances resting on reported or inferred "
                "words count as silence", "Evidence  ", "          ");
  out << wrap(join(names, "; "), "Parties   ", "          ");
}

namespace {

class TextWriter {
 public:
  TextWriter(std::ostream& out, const Table& t, const Comparison& c, bool color)
      : out_(out), t_(t), c_(c), color_(color) {}

  void summary() {
    out_ << "\nSUMMARY\n";
    std::vector<std::string> by_status[4];
    for (const auto& f : c_.issues) {
      std::string id = issue(f.issue).id;
      if (f.status == IssueStatus::blocked) id += " (" + opened_by(f) + ")";
      by_status[static_cast<int>(f.status)].push_back(id);
    }
    const char* label[] = {"Agreement  ", "Possible   ", "No consent ", "Blocked    "};
    for (int s = 0; s < 4; ++s)
      out_ << wrap(by_status[s].empty() ? "none" : join(by_status[s]), std::string("  ") + label[s],
                   "             ");
    out_ << wrap(std::to_string(c_.cross.size()) + (c_.cross.size() == 1 ? " conflict" : " conflicts") +
                     " between terms of different issues",
                 "  Cross      ", "             ");
  }

  void issues() {
    out_ << "\nISSUES\n";
    for (const auto& f : c_.issues) issue_section(f);
  }

  void pairs() {
    out_ << "\nPARTIES, CLOSEST FIRST\n";
    out_ << wrap("Closeness runs from -1 (they collide on every issue both address) to +1 (they overlap on every one), weighted by priority.",
                 "  ", "  ");
    size_t width = 0;
    for (const auto& p : c_.pairs) width = std::max(width, code(p.a).size() + code(p.b).size() + 8);
    for (const auto& p : c_.pairs) {
      std::string head = "  " + code(p.a) + " - " + code(p.b);
      head.resize(width, ' ');
      if (!p.closeness) {
        out_ << head << "no issue addressed by both\n";
        continue;
      }
      out_ << head << signed_fixed(*p.closeness) << '\n';
      list_issues("overlap", p.overlap);
      list_issues("collide", p.collide);
      list_issues("apart", p.apart);
    }
  }

  void cross() {
    out_ << "\nCROSS-ISSUE CONFLICTS\n";
    if (c_.cross.empty()) {
      out_ << "  none\n";
      return;
    }
    for (const auto& x : c_.cross) {
      out_ << wrap(conflict_words(t_, x), "  ", "    ");
      if (x.rule >= 0) out_ << wrap(rule_words(t_.catalog(), x.rule), "    rule: ", "      ");
    }
  }

 private:
  const Issue& issue(int i) const { return t_.catalog().issues[i]; }
  std::string code(int slot) const { return t_.party(slot).code; }
  std::string term(Term x) const { return t_.catalog().term_name(x); }
  std::string opened_by(const IssueFinding& f) const {
    return opened_by_words(t_, party_sets(f.opened_by), f.opened_by_proven);
  }
  std::string codes(const std::vector<int>& slots) const {
    std::vector<std::string> out;
    for (int s : slots) out.push_back(code(s));
    return join(out);
  }

  void list_issues(const char* label, const std::vector<int>& ids) {
    if (ids.empty()) return;
    std::vector<std::string> names;
    for (int i : ids) names.push_back(issue(i).id);
    std::string first = std::string("      ") + label + ": ";
    out_ << wrap(join(names), first, std::string(first.size(), ' '));
  }

  void issue_section(const IssueFinding& f) {
    const Issue& is = issue(f.issue);
    const char* status = f.status == IssueStatus::agreement       ? "AGREEMENT"
                         : f.status == IssueStatus::possible      ? "POSSIBLE"
                         : f.status == IssueStatus::needs_consent ? "NO CONSENT"
                                                                  : "BLOCKED";
    std::string head = status;
    head.resize(11, ' ');
    std::string block = wrap(is.id + ": " + is.title, head, std::string(11, ' '));
    if (color_) {  // after wrapping, which counts the escapes as characters
      const Tint tint = f.status == IssueStatus::agreement ? Tint::green
                        : f.status == IssueStatus::blocked   ? Tint::red
                                                             : Tint::yellow;
      block.replace(0, std::char_traits<char>::length(status), paint(status, tint));
    }
    out_ << '\n' << block;
    if (is.ordered) out_ << "  (options run in order from one pole to the other)\n";
    size_t idw = 0;
    for (const auto& o : is.options) idw = std::max(idw, o.id.size());
    const std::string indent(4 + idw + 2, ' ');
    for (const auto& o : f.options) {
      const Option& opt = is.options[o.option];
      std::string head = "  " + std::string(o.agreed ? "+ " : o.blocked ? "x " : "  ") + opt.id;
      head.resize(indent.size(), ' ');
      out_ << wrap(opt.label, head, indent);
      std::vector<std::string> who;
      if (o.agreed) who.push_back(o.together_with.empty() ? "AGREED" : "AGREED " + together_words(t_.catalog(), o.together_with));
      if (!o.wanted_by.empty()) who.push_back("wanted by " + codes(o.wanted_by));
      if (!o.accepted_by.empty()) who.push_back("accepted by " + codes(o.accepted_by));
      if (!o.conditional_by.empty()) who.push_back("accepted on a condition by " + codes(o.conditional_by));
      if (!o.ruled_out_by.empty()) who.push_back("RULED OUT by " + codes(o.ruled_out_by));
      if (!o.open_for.empty() && static_cast<int>(o.open_for.size()) < t_.slots())
        who.push_back("open for " + codes(o.open_for));
      else if (!o.open_for.empty())
        who.push_back("nobody has taken a stand");
      for (const auto& b : o.via_rules) {
        const std::string chain = term(b.needed) + (b.needed == b.root ? "" : ", which leads to " + term(b.root)) +
                                  ", which " + code(b.slot) + " rules out";
        who.push_back(b.condition_of >= 0
                          ? "BLOCKED through a condition: " + code(b.condition_of) + " accepts it only if " + chain
                          : "BLOCKED through a rule: requires " + chain);
      }
      if (!o.blocked && !o.agreed && (!o.needs_consent.empty() || !o.not_compared.empty()))
        who.push_back(consent_words(c_.problem, o.needs_consent, o.not_compared));
      out_ << wrap(join(who, "; "), indent, indent);
    }
    if (f.status == IssueStatus::blocked)
      out_ << wrap(opened_by_sentence(t_, party_sets(f.opened_by), f.opened_by_proven), "  ", "    ");
    out_ << "  Said:\n";
    for (int s = 0; s < t_.slots(); ++s) {
      const Stance* st = t_.at[s][f.issue].stance;
      if (!st) {
        out_ << wrap(code(s) + " has said nothing on this as of " + t_.as_of.str(), "    ", "      ");
        continue;
      }
      std::string line = stance_heading(t_.party(s), *st);
      if (st->assumed) line += " " + assumed_words(*st);
      for (const auto& c : st->conditional)
        line += "; accepts " + option_ids(is, c.accepts) + " only if " + condition_words(t_.catalog(), c);
      out_ << wrap(line, "    ", "      ");
      if (st->evidence.empty() && !st->assumed) out_ << "      no evidence cited\n";
      for (const auto& e : st->evidence) {
        out_ << wrap(citation_words(t_.party(s), e), "      ", "        ");
        out_ << wrap("\"" + e.quote + "\"", "        ", "         ");
      }
    }
  }

  std::ostream& out_;
  const Table& t_;
  const Comparison& c_;
  bool color_;
};

}  // namespace

void write_compare_text(std::ostream& out, const Table& table, const Comparison& c, const Lens& lens,
                        bool color, const std::function<void(std::ostream&)>& lead) {
  TextWriter w(out, table, c, color);
  write_lens_text(out, table, lens);
  if (lead) {
    out << '\n';
    lead(out);
  }
  w.summary();
  w.issues();
  w.pairs();
  w.cross();
}

}  // namespace positions
