// The core of a briefing, what a decision maker reads first: the bottom line
// (the verdict, the findings that matter, the cheapest path to a deal, what
// moved) and the position matrix (issues by parties). Plain language: issue
// titles, option labels and party names; the ids are in the annex. Every
// finding rests on the stances shown in the matrix, whose cited words are in
// the annex's issue sections.
#include <algorithm>

#include "briefing_words.hpp"
#include "deal_analysis.hpp"
#include "verdict_words.hpp"

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
constexpr Mark kConditional{"◐ if", "m-cond"};
constexpr Mark kRulesOut{"✗ rules out", "m-rules"};
constexpr Mark kRedLine{"‼ red line", "m-redline"};
constexpr Mark kSilent{"– silent", "m-silent"};
constexpr Mark kAssumed{"A assumed", "m-assumed"};

doc::Span mark(const Mark& m) { return doc::badge(m.word, m.cls); }

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
      append(moved, drift_line(*this, true));
      para(moved);
    }
  }

  // What page one only counts, in full: whose demand collides with whose
  // refusal on each blocked issue, term by term, and what moved, party by
  // party and issue by issue.
  void details() {
    std::vector<Line> lines;
    for (const auto& f : c_.issues)
      if (f.status == IssueStatus::blocked)
        lines.push_back({doc::strong(issue(f.issue).title + ": "), doc::t(collisions(f))});
    if (lines.empty() && !b_.drift) return;
    heading(2, {doc::t("The bottom line in detail")}, "details");
    if (!lines.empty()) bullets(std::move(lines));
    if (b_.drift) {
      Line moved{doc::strong("What moved since " + b_.drift->diff.from_scenario->title + ": ")};
      append(moved, drift_line(*this, false));
      para(moved);
    }
  }

  // --- the position matrix ---
  // One row per issue (its title, status, and each party's priority on it),
  // then one row per term of the issue (where each party stands on it).
  void matrix() {
    heading(2, {doc::t("Who wants what")}, "matrix");
    std::vector<Line> header{{doc::t("Issue, and its terms")}, {doc::t("Status")}};
    for (int s = 0; s < t_.slots(); ++s) header.push_back({doc::t(short_name(s))});
    std::vector<std::vector<Line>> rows;
    for (const auto& f : c_.issues) {
      // Who could open it beside the title, where the wide column keeps the
      // row to one line; the status column holds the status alone.
      Line title{doc::strong(issue(f.issue).title)};
      if (f.status == IssueStatus::blocked)
        title.push_back(doc::em(" · " + opened_by_words(t_, party_sets(f.opened_by), f.opened_by_proven, true)));
      std::vector<Line> row{std::move(title), status_cell(f)};
      for (int s = 0; s < t_.slots(); ++s) row.push_back(priority_cell(s, f.issue));
      rows.push_back(std::move(row));
      // An issue nobody compared has spoken on shows no terms: each would be a
      // row of blanks, and the row above already says "silent" for all.
      if (f.silent.size() == static_cast<size_t>(t_.slots())) continue;
      for (const auto& o : f.options) {
        // A term's own status, where the issue's does not already say it.
        // Awaiting consent (or agreed), a term's lack of consent is the
        // issue's own word; only an open issue tells its terms apart.
        Line status;
        const bool lacks_consent = !o.needs_consent.empty() || !o.not_compared.empty();
        if (o.agreed) status = {doc::badge("agreed", "agreement")};
        else if (o.blocked && f.status != IssueStatus::blocked) status = {doc::em("ruled out")};
        else if (f.status == IssueStatus::possible) status = {doc::em(lacks_consent ? "needs consent" : "open")};
        std::vector<Line> term{{doc::t(issue(f.issue).options[o.option].label)}, status};
        bool mentioned = !status.empty();
        for (int s = 0; s < t_.slots(); ++s) {
          term.push_back(term_cell(s, f.issue, o.option));
          mentioned = mentioned || !term.back().empty();
        }
        // A term nobody mentions, with no status of its own, is a row of
        // blanks: left out here (page one is short of lines), in the annex.
        if (mentioned) rows.push_back(std::move(term));
      }
    }
    table(std::move(header), std::move(rows));
    d_.blocks.back().anchor = "matrix-table";
    para({doc::em("Key: "), mark(kWants), doc::t(" its aim; "), mark(kAccepts), doc::t(" would take it; "),
          mark(kConditional), doc::t(" only if a term of another issue holds; "), mark(kRulesOut),
          doc::t(" refuses it; blank: not mentioned, so not refused; "), mark(kRedLine),
          doc::t(" the issue is its red line; "), mark(kSilent),
          doc::t(" no stance on the issue; "), mark(kAssumed),
          doc::t(" a what-if's assumption. Agreed: every decider and every party with a stance accepts it "
                 "(outright, or with other agreed terms); open: no decider refuses it and all consent; awaiting "
                 "consent: a decider has not accepted it; blocked: each term is refused by a decider or shut out by "
                 "a rule. Terms no party mentions are left out here; they and the cited words are in the annex.")});
  }

 private:
  // A party's name for the matrix, without its parenthesised qualifier
  // ("United States (sitting administration)" heads its column as "United
  // States"), unless that would leave two columns with one name. The front
  // matter names each party in full.
  std::string short_name(int slot) const {
    auto cut = [&](int s) {
      const std::string& n = name(s);
      const size_t k = n.find(" (");
      return k == std::string::npos || k == 0 ? n : n.substr(0, k);
    };
    for (int s = 0; s < t_.slots(); ++s)
      if (s != slot && cut(s) == cut(slot)) return name(slot);
    return cut(slot);
  }

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
  // The verdict first (whether a deal is possible, and whose red line collides
  // with whose refusal or missing consent), then how firm it is, then the tally.
  Line verdict() const {
    Line out;
    const int issues = static_cast<int>(c_.issues.size());
    const std::vector<int> blocked = with_status(IssueStatus::blocked);
    if (b_.deals) {
      // The analysis's verdict (red lines, consent, no agreement), as compare and deals lead with it.
      out.push_back(doc::strong(verdict_headline(*b_.deals, Naming::plain)));
      out.push_back(doc::t(" " + firmness_words(b_.deals->verdict, Naming::plain)));
    } else {
      out.push_back(doc::strong(blocked.empty() ? "No issue is blocked: every issue has a term no party rules out."
                                                : "Not every issue can be settled today."));
    }
    // Who blocks what is in the findings and the matrix.
    std::string tally = "Of " + plural(static_cast<size_t>(issues), "issue", "issues") + ", " +
                        std::to_string(blocked.size()) + " blocked";
    if (const int n = count(IssueStatus::needs_consent)) tally += ", " + std::to_string(n) + " awaiting consent";
    tally += ", " + std::to_string(count(IssueStatus::possible)) + " open and " +
             std::to_string(count(IssueStatus::agreement)) + " agreed.";
    out.push_back(doc::t(" " + tally));
    return out;
  }

  // The three to five findings that matter: each blocked issue and who blocks
  // it, the terms that collide across issues, where agreement stands.
  std::vector<Line> findings() const {
    constexpr size_t kMost = 5;
    std::vector<Line> out;
    for (const auto& f : c_.issues) {
      if (f.status != IssueStatus::blocked || out.size() + 2 > kMost) continue;
      out.push_back({doc::strong(issue(f.issue).title + ": "), doc::t(collisions(f, true))});
    }
    if (!c_.cross.empty() && out.size() < kMost) {
      std::vector<int> linked;
      for (const auto& x : c_.cross) linked.insert(linked.end(), {x.a.issue, x.b.issue});
      std::sort(linked.begin(), linked.end());
      linked.erase(std::unique(linked.begin(), linked.end()), linked.end());
      out.push_back({doc::strong("Across issues: "),
                     doc::t(plural(c_.cross.size(), "conflict", "conflicts") +
                            " through the catalog's rules and the parties' conditions tie " + titles(linked) +
                            " together; "),
                     doc::link("each is in the annex", "cross"), doc::t(".")});
    }
    // Agreed and open share one finding: page one is short of lines.
    const std::vector<int> agreed = with_status(IssueStatus::agreement);
    const std::vector<int> open = with_status(IssueStatus::possible);
    Line settled;
    if (!agreed.empty())
      settled = {doc::strong("Agreed: "), doc::t(titles(agreed) + " (a term every party accepts)" +
                                                 (open.empty() ? "." : ". "))};
    if (!open.empty()) {
      settled.push_back(doc::strong("Open: "));
      settled.push_back(doc::t(titles(open) + " (a term its deciders accept, though not every party does)."));
    }
    if (!settled.empty() && out.size() < kMost) out.push_back(std::move(settled));
    const PairFinding* closest = nullptr;
    const PairFinding* furthest = nullptr;
    for (const auto& p : c_.pairs)
      if (p.closeness) {
        if (!closest) closest = &p;
        furthest = &p;
      }
    if (closest && closest != furthest && out.size() < kMost)
      out.push_back({doc::strong("Closest: "), doc::t(name(closest->a) + " and " + name(closest->b) +
                                                      "; furthest apart: " + name(furthest->a) + " and " +
                                                      name(furthest->b) + ".")});
    return out;
  }

  // Whose demand collides with whose refusal on a blocked issue: the
  // weightiest demand another party rules out, and the converse when there
  // is one. "Russia wants “A” (a red line), which Ukraine rules out; ..."
  // In brief, without the terms: "Russia's demand (a red line) is ruled out
  // by Ukraine, and Ukraine's (high priority) by Russia."
  std::string collisions(const IssueFinding& f, bool brief = false) const {
    struct Hit {
      int wants, refuses, option, weight;
    };
    std::vector<Hit> hits;
    for (const auto& o : f.options)
      for (int s : o.wanted_by)
        for (int r : o.ruled_out_by)
          if (r != s) hits.push_back({s, r, o.option, weight(t_.at[s][f.issue].stance->priority)});
    std::stable_sort(hits.begin(), hits.end(), [](const Hit& x, const Hit& y) { return x.weight > y.weight; });
    std::vector<std::string> said;
    for (const Hit& h : hits) {
      if (said.size() == 2) break;
      if (!said.empty() && !(h.wants == hits[0].refuses && h.refuses == hits[0].wants)) continue;
      const std::string priority = priority_phrase(t_.at[h.wants][f.issue].stance->priority);
      if (!brief)
        said.push_back(name(h.wants) + " wants " + label({f.issue, h.option}) + " (" + priority + "), which " +
                       name(h.refuses) + " rules out");
      else if (said.empty())
        said.push_back(name(h.wants) + "'s demand (" + priority + ") is ruled out by " + name(h.refuses));
      else
        said.push_back(name(h.wants) + "'s (" + priority + ") by " + name(h.refuses));
    }
    if (said.empty()) return "every term is ruled out by some party, directly or through a rule.";
    return join(said, brief ? ", and " : "; ") + ".";
  }

  Line status_cell(const IssueFinding& f) const {
    switch (f.status) {
      case IssueStatus::agreement: return {doc::badge("agreed", "agreement")};
      case IssueStatus::possible: return {doc::badge("open", "possible")};
      case IssueStatus::needs_consent: return {doc::badge(status_word(f.status), "possible")};
      case IssueStatus::blocked: break;
    }
    return {doc::badge("blocked", "blocked")};
  }

  Line priority_cell(int slot, int i) const {
    const Stance* st = t_.at[slot][i].stance;
    if (!st) return {mark(kSilent)};
    Line out;
    if (st->assumed) out = {mark(kAssumed), doc::t(" ")};
    if (st->priority == Priority::red_line) out.push_back(mark(kRedLine));
    else out.push_back(doc::em(priority_words(st->priority)));
    return out;
  }

  Line term_cell(int slot, int i, int option) const {
    const Stance* st = t_.at[slot][i].stance;
    if (!st) return {};
    const OptionSet bit = OptionSet{1} << option;
    if (st->wants & bit) return {mark(kWants)};
    if (st->accepts & bit) return {mark(kAccepts)};
    if (st->rules_out & bit) return {mark(kRulesOut)};
    for (const auto& c : st->conditional)
      if (c.accepts & bit) return {mark(kConditional)};
    return {};
  }
};

}  // namespace

void bottom_line(DocWriter& w) { Core(w).bottom_line(); }
void position_matrix(DocWriter& w) { Core(w).matrix(); }
void core_details(DocWriter& w) { Core(w).details(); }

}  // namespace positions::brief
