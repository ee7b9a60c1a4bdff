// The core of a briefing, what a decision maker reads first: the bottom line
// (the verdict, the findings that matter, the cheapest path to a deal, what
// moved) and the position matrix (issues by parties). Plain language: issue
// titles, option labels and party names; the ids are in the annex. Every
// finding rests on the stances shown in the matrix, whose cited words are in
// the annex's issue sections.
#include <algorithm>

#include "briefing_words.hpp"
#include "deal_analysis.hpp"

namespace positions::brief {

namespace {

// The mark of each cell of the matrix: a symbol and a word, so that it reads
// in black and white, and a class that colours it on screen and in print.
struct Mark {
  const char* word;
  const char* cls;
};
constexpr Mark kWants{"★ wants", "m-wants"};
constexpr Mark kAccepts{"✓ accepts", "m-accepts"};
constexpr Mark kConditional{"◐ accepts on a condition", "m-cond"};
constexpr Mark kRulesOut{"✗ rules out", "m-rules"};
constexpr Mark kRedLine{"‼ red line", "m-redline"};
constexpr Mark kSilent{"– silent", "m-silent"};
constexpr Mark kAssumed{"A assumed", "m-assumed"};

doc::Span mark(const Mark& m) { return doc::badge(m.word, m.cls); }

std::vector<int> options_of(OptionSet set, int count) {
  std::vector<int> out;
  for (int o = 0; o < count; ++o)
    if (set & (OptionSet{1} << o)) out.push_back(o);
  return out;
}

class Core : public DocWriter {
 public:
  explicit Core(const DocWriter& w) : DocWriter(w) {}

  // --- the bottom line ---
  void bottom_line() {
    heading(2, {doc::t("Bottom line")}, "bottom-line");
    para(verdict());
    std::vector<Line> found = findings();
    if (!found.empty()) bullets(std::move(found));
    if (b_.deals) {
      Line path{doc::strong("Cheapest path to a deal: ")};
      append(path, deals_path(*this));
      para(path);
    }
    if (b_.drift) {
      Line moved{doc::strong("What moved since " + b_.drift->diff.from_scenario->title + ": ")};
      append(moved, drift_line(*this));
      para(moved);
    }
  }

  // --- the position matrix ---
  void matrix() {
    heading(2, {doc::t("Who wants what")}, "matrix");
    std::vector<Line> header{{doc::t("Issue")}, {doc::t("Status")}};
    for (int s = 0; s < t_.slots(); ++s) header.push_back({doc::t(name(s))});
    std::vector<std::vector<Line>> rows;
    for (const auto& f : c_.issues) {
      std::vector<Line> row{{issue_link(f.issue)}, status_cell(f)};
      for (int s = 0; s < t_.slots(); ++s) row.push_back(cell(s, f.issue));
      rows.push_back(std::move(row));
    }
    table(std::move(header), std::move(rows));
    d_.blocks.back().anchor = "matrix-table";
    para({doc::em("Each cell: what the party says of the issue's terms. "), mark(kWants), doc::t(" its aim; "),
          mark(kAccepts), doc::t(" would take it; "), mark(kConditional),
          doc::t(" only if a term of another issue holds; "), mark(kRulesOut), doc::t(" refuses it; "),
          mark(kRedLine), doc::t(" the issue is the party's red line; "), mark(kSilent),
          doc::t(" no stance, so nothing is refused; "), mark(kAssumed),
          doc::t(" a what-if's assumption, not stated words. Agreed: a term every party accepts. Open: no "
                 "agreed term, but one no party rules out. Blocked: every term ruled out by some party. "
                 "The cited words behind every cell are in the annex, issue by issue.")});
  }

 private:
  std::string label(Term x) const { return "“" + issue(x.issue).options[x.option].label + "”"; }
  std::string labels(int i, const std::vector<int>& options, const std::string& last = " and ") const {
    std::vector<std::string> out;
    for (int o : options) out.push_back(label({i, o}));
    if (out.size() < 2) return out.empty() ? "" : out[0];
    std::string s;
    for (size_t k = 0; k < out.size(); ++k) s += (k ? (k + 1 == out.size() ? last : ", ") : "") + out[k];
    return s;
  }

  int count(IssueStatus s) const {
    return static_cast<int>(std::count_if(c_.issues.begin(), c_.issues.end(), [&](const IssueFinding& f) {
      return f.status == s;
    }));
  }
  std::vector<int> with_status(IssueStatus s) const {
    std::vector<int> out;
    for (const auto& f : c_.issues)
      if (f.status == s) out.push_back(f.issue);
    return out;
  }
  std::string titles(const std::vector<int>& issues) const {
    std::vector<std::string> out;
    for (int i : issues) out.push_back(issue(i).title);
    return and_list(out);
  }

  // One or two sentences: is a deal possible, and what stands in the way.
  // VERDICT: the analysis's deal verdict (issue 10: whether a deal is
  // possible, and whose red line collides with whose refusal or missing
  // consent) replaces the first sentence here when it lands; until then the
  // sentence is what the deals search and the issue statuses support.
  Line verdict() const {
    Line out;
    const int issues = static_cast<int>(c_.issues.size());
    const std::vector<int> blocked = with_status(IssueStatus::blocked);
    if (b_.deals) {
      const DealsResult& d = b_.deals->deals;
      if (d.settles_everything())
        out.push_back(doc::strong("A deal is possible: some package of terms settles every issue without "
                                  "breaking any party's refusal, condition or the catalog's rules."));
      else if (d.deals.empty())
        out.push_back(doc::strong("No deal is possible today: every package breaks a refusal, a condition or "
                                  "a rule."));
      else
        out.push_back(doc::strong("No deal settles every issue today: at most " + std::to_string(d.most_settled) +
                                  " of " + std::to_string(d.issues) + " issues can be settled together."));
    } else {
      out.push_back(doc::strong(blocked.empty() ? "No issue is blocked: every issue has a term no party rules out."
                                                : "Not every issue can be settled today."));
    }
    if (!blocked.empty()) {
      std::vector<int> who;
      for (int i : blocked)
        for (int s : blockers(c_.issues[i])) who.push_back(s);
      std::sort(who.begin(), who.end());
      who.erase(std::unique(who.begin(), who.end()), who.end());
      out.push_back(doc::t(" " + plural(blocked.size(), "issue is", "issues are") + " blocked (" +
                           titles(blocked) + "), by the refusals of " + names(who) + "."));
    }
    out.push_back(doc::t(" Of " + plural(static_cast<size_t>(issues), "issue", "issues") + ": " +
                         std::to_string(count(IssueStatus::agreement)) + " agreed, " +
                         std::to_string(count(IssueStatus::possible)) + " open, " +
                         std::to_string(blocked.size()) + " blocked."));
    return out;
  }

  // The three to five findings that matter: each blocked issue and who blocks
  // it, the terms that collide across issues, where agreement stands.
  std::vector<Line> findings() const {
    constexpr size_t kMost = 5;
    std::vector<Line> out;
    for (const auto& f : c_.issues) {
      if (f.status != IssueStatus::blocked || out.size() + 2 > kMost) continue;
      Line l{issue_link(f.issue), doc::t(" is blocked: ")};
      std::vector<std::string> parts;
      for (int s : blockers(f)) {
        std::vector<int> direct;
        for (const auto& o : f.options)
          if (std::find(o.ruled_out_by.begin(), o.ruled_out_by.end(), s) != o.ruled_out_by.end())
            direct.push_back(o.option);
        const Stance* st = t_.at[s][f.issue].stance;
        std::string part = name(s) + (st && st->priority == Priority::red_line ? ", as a red line," : "") +
                           " rules out " + labels(f.issue, direct);
        if (direct.empty()) part = name(s) + " rules out what its other terms require";
        parts.push_back(part);
      }
      l.push_back(doc::t(join(parts, "; ") + "."));
      out.push_back(std::move(l));
    }
    if (!c_.cross.empty() && out.size() < kMost) {
      const CrossConflict& x = c_.cross[0];
      Line l{doc::t(plural(c_.cross.size(), "conflict", "conflicts") + " across issues; the first: ")};
      append(l, cross_plain(x));
      out.push_back(std::move(l));
    }
    const std::vector<int> agreed = with_status(IssueStatus::agreement);
    if (!agreed.empty() && out.size() < kMost)
      out.push_back({doc::t("Agreed already: " + titles(agreed) + " (a term every party accepts).")});
    const std::vector<int> open = with_status(IssueStatus::possible);
    if (!open.empty() && out.size() < kMost)
      out.push_back({doc::t("Open, with a term no party rules out: " + titles(open) + ".")});
    const PairFinding* closest = nullptr;
    const PairFinding* furthest = nullptr;
    for (const auto& p : c_.pairs)
      if (p.closeness) {
        if (!closest) closest = &p;
        furthest = &p;
      }
    if (closest && closest != furthest && out.size() < kMost)
      out.push_back({doc::t("Closest: " + name(closest->a) + " and " + name(closest->b) + "; furthest apart: " +
                            name(furthest->a) + " and " + name(furthest->b) + ".")});
    return out;
  }

  // A cross-issue conflict in plain words (the ids are in the annex).
  Line cross_plain(const CrossConflict& x) const {
    std::string s;
    switch (x.kind) {
      case ConflictKind::excludes:
        s = names(x.by_a) + " want" + (x.by_a.size() == 1 ? "s " : " ") + label(x.a) + " (" + issue(x.a.issue).title +
            "), which cannot hold together with " + label(x.b) + " (" + issue(x.b.issue).title + "), wanted by " +
            names(x.by_b) + ".";
        break;
      case ConflictKind::needs:
        s = names(x.by_a) + " want" + (x.by_a.size() == 1 ? "s " : " ") + label(x.a) + " (" + issue(x.a.issue).title +
            "), which requires " + label(x.b) + " (" + issue(x.b.issue).title + "), ruled out by " + names(x.by_b) +
            ".";
        break;
      case ConflictKind::condition:
        s = names(x.by_a) + " accept" + (x.by_a.size() == 1 ? "s " : " ") + label(x.a) + " (" +
            issue(x.a.issue).title + ") only if " + label(x.b) + " (" + issue(x.b.issue).title +
            "), which " + names(x.by_b) + (x.by_b.size() == 1 ? " rules" : " rule") + " out.";
        break;
    }
    return {doc::t(s)};
  }

  Line status_cell(const IssueFinding& f) const {
    switch (f.status) {
      case IssueStatus::agreement: return {doc::badge("agreed", "agreement")};
      case IssueStatus::possible: return {doc::badge("open", "possible")};
      case IssueStatus::blocked: break;
    }
    return {doc::badge("blocked", "blocked"), doc::br(), doc::t("by " + names(blockers(f)))};
  }

  Line cell(int slot, int i) const {
    const Stance* st = t_.at[slot][i].stance;
    if (!st) return {mark(kSilent)};
    const int n = static_cast<int>(issue(i).options.size());
    Line out;
    auto entry = [&](const Mark& m, const std::vector<int>& options) {
      if (options.empty()) return;
      if (!out.empty()) out.push_back(doc::br());
      out.push_back(mark(m));
      out.push_back(doc::t(" " + labels(i, options)));
    };
    if (st->assumed) out.push_back(mark(kAssumed));
    if (st->priority == Priority::red_line) {
      if (!out.empty()) out.push_back(doc::t(" "));
      out.push_back(mark(kRedLine));
    }
    entry(kWants, options_of(st->wants, n));
    entry(kAccepts, options_of(st->accepts, n));
    OptionSet conditional = 0;
    for (const auto& c : st->conditional) conditional |= c.accepts;
    entry(kConditional, options_of(conditional, n));
    entry(kRulesOut, options_of(st->rules_out, n));
    if (out.empty()) out.push_back(mark(kSilent));
    return out;
  }
};

}  // namespace

void bottom_line(DocWriter& w) { Core(w).bottom_line(); }
void position_matrix(DocWriter& w) { Core(w).matrix(); }

}  // namespace positions::brief
