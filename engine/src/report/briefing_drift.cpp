// The briefing's drift: what moved since the previous scenario (stances, with
// the earlier words cited; issues that opened or closed; conflicts that came or
// went), and, with --across, the issues side by side in every scenario.
#include <algorithm>
#include <iterator>
#include <map>

#include "briefing_words.hpp"
#include "across_report.hpp"
#include "diff.hpp"

namespace positions::brief {

namespace {

class DriftWords : public DocWriter {
 public:
  DriftWords(const DocWriter& w, const Drift& d) : DocWriter(w), d_(d.diff), left_out_(d.left_out) {}

  // The bottom line's sentence: a change of government first (its stances
  // changed because another government speaks for the party, not because the
  // same one moved), then who moved on what, and which issues opened or
  // closed, by title. In brief (page one): counts, the issues whose status
  // changed, and how many have other blockers; in full, which stances and
  // who blocks what.
  Line plain(bool brief) const {
    std::vector<std::string> parts;
    std::vector<std::string> reblocked;
    std::map<int, std::vector<int>> moved, with_government;
    for (const auto& m : d_.stances) (m.new_government ? with_government : moved)[m.slot].push_back(m.issue);
    for (int s = 0; s < d_.to.slots(); ++s) {
      const std::string gov = government_change(s);
      if (gov.empty()) continue;
      const std::vector<int>& changed = with_government[s];
      parts.push_back("A change of government, not a move: " + gov + "; " +
                      (changed.empty() ? std::string("no stance changed with it")
                                       : plural(changed.size(), "stance", "stances") + " changed with it" +
                                             (brief ? "" : " (" + titles(changed) + ")")));
    }
    if (!moved.empty()) {
      size_t n = 0;
      std::vector<std::string> who;
      for (const auto& [slot, issues] : moved) {
        n += issues.size();
        who.push_back(d_.to.party(slot).name + " on " + plural(issues.size(), "issue", "issues"));
      }
      parts.push_back(plural(n, "stance", "stances") + " moved" +
                      (with_government.empty() ? "" : " by the parties themselves") + " (" + join(who, "; ") + ")");
    }
    for (const auto& m : d_.issues) {
      const std::string title = issue(m.issue).title;
      if (m.from.status != m.to.status) {
        parts.push_back(title + " is now " + status_word(m.to.status) + " (was " + status_word(m.from.status) + ")");
        continue;
      }
      if (brief) {
        reblocked.push_back(title);
        continue;
      }
      // The same status, other sets that could open it.
      std::vector<std::string> who;
      if (m.from.blocked_by != m.to.blocked_by)
        who.push_back("now " + opened_by_words(d_.to, m.to.blocked_by, m.to.blocked_by_proven, true) + " (was " +
                      opened_by_words(d_.from, m.from.blocked_by, m.from.blocked_by_proven, true) + ")");
      if (who.empty()) who.push_back("its agreed terms changed");
      parts.push_back(title + ": " + and_list(who));
    }
    if (!reblocked.empty())
      parts.push_back(reblocked.size() == 1 ? reblocked[0] + " has other blockers"
                                            : plural(reblocked.size(), "issue has", "issues have") + " other blockers");
    if (!d_.appeared.empty() || !d_.vanished.empty())
      parts.push_back(plural(d_.appeared.size(), "conflict", "conflicts") + " across issues appeared and " +
                      std::to_string(d_.vanished.size()) + " vanished");
    Line l{doc::t(parts.empty() ? "nothing; every stance holds as it did." : join(parts, "; ") + ".")};
    if (brief) {
      l.push_back(doc::t(" In detail "));
      l.push_back(doc::link("below the matrix", "details"));
    } else {
      l.push_back(doc::t(" Stance by stance, with the words: "));
      l.push_back(doc::link("the annex", "drift"));
    }
    l.push_back(doc::t("."));
    return l;
  }

  void section() {
    heading(2, {doc::t("What moved since " + d_.from_scenario->title)}, "drift");
    std::vector<int> slots;
    for (int s = 0; s < d_.to.slots(); ++s) slots.push_back(s);
    Line intro{doc::t("From "), doc::code(d_.from_scenario->name),
               doc::t(" (" + d_.from_scenario->date.str() + ") to "), doc::code(d_.to_scenario->name),
               doc::t(" (" + d_.to_scenario->date.str() + "), for " + party_names(d_.to, slots) + ".")};
    if (!left_out_.empty()) {
      std::vector<std::string> out;
      for (int p : left_out_) out.push_back(t_.data->parties[p].name);
      intro.push_back(doc::t(" " + and_list(out) + (out.size() == 1 ? " is" : " are") + " left out: not part of "));
      intro.push_back(doc::code(d_.from_scenario->name));
      intro.push_back(doc::t("."));
    }
    para(intro);

    heading(3, {doc::t("Stances that moved")});
    for (int s = 0; s < d_.to.slots(); ++s) {
      const std::string gov = government_change(s, true);
      if (!gov.empty())
        para({doc::strong("A change of government, not a move: "),
              doc::t(gov + ". Its stances below changed with the government, not by a move of the same one.")});
    }
    if (d_.stances.empty()) para({doc::t("None: every party's terms are as they were.")});
    for (const auto& m : d_.stances) stance_move(m);

    heading(3, {doc::t("Issues that opened or closed")});
    std::vector<Line> lines;
    for (const auto& m : d_.issues) lines.push_back(issue_move(m));
    if (lines.empty()) para({doc::t("None: every issue stands where it stood.")});
    else bullets(std::move(lines));

    heading(3, {doc::t("Conflicts across issues that came or went")});
    std::vector<Line> cross;
    for (const auto& x : d_.appeared) cross.push_back(labelled("New: ", cross_sentence(d_.to, x)));
    for (const auto& x : d_.vanished) cross.push_back(labelled("Gone: ", cross_sentence(d_.from, x)));
    for (const auto& [was, now] : d_.regrouped)
      cross.push_back(labelled("Now held by others: ", cross_sentence(d_.to, now)));
    if (cross.empty()) para({doc::t("None.")});
    else bullets(std::move(cross));
  }

 private:
  // The party's change of government between the two scenarios, in plain
  // words, or "" when the same government speaks for it in both.
  std::string government_change(int slot, bool carried_over = false) const {
    return government_change_words(d_.to.party(slot), d_.from_scenario->date, d_.to_scenario->date, Naming::plain,
                                   carried_over ? t_.data : nullptr);
  }

  std::string titles(const std::vector<int>& issues) const {
    std::vector<std::string> out;
    for (int i : issues) out.push_back(issue(i).title);
    return and_list(out);
  }

  static std::string party_names(const Table& t, const std::vector<int>& slots) {
    std::vector<std::string> out;
    for (int s : slots) out.push_back(t.party(s).name);
    return and_list(out);
  }

  static Line labelled(const std::string& label, Line rest) {
    Line l{doc::strong(label)};
    append(l, rest);
    return l;
  }

  Line issue_move(const IssueMove& m) const {
    Line l{issue_link(m.issue),
           doc::t(": was " + state_words(d_.from, m.from) + "; now " + state_words(d_.to, m.to))};
    const std::string agreed = agreed_change_words(issue(m.issue), m.from.agreed, m.to.agreed);
    l.push_back(doc::t(agreed.empty() ? "." : " (" + agreed + ")."));
    return l;
  }

  void stance_move(const StanceMove& m) {
    const Party& party = d_.to.party(m.slot);
    heading(4, {doc::t(party.name + " on "), issue_link(m.issue)});
    Line then{doc::strong("Then")};
    if (m.from) {
      then.push_back(doc::t(" (stance of " + m.from->when.str() + ", " + priority_phrase(m.from->priority) + "): "));
      append(then, stance_terms(*m.from, m.issue));
    } else {
      then.push_back(doc::t(": had said nothing on it."));
    }
    para(then);
    if (m.from) citations(party, *m.from);
    Line now{doc::strong("Now")};
    if (m.to) {
      now.push_back(doc::t(" (stance of " + m.to->when.str() + ", " + priority_phrase(m.to->priority) + "): "));
      if (m.to->assumed) {
        now.push_back(doc::badge("assumed", "assumed"));
        now.push_back(doc::t(" "));
      }
      append(now, stance_terms(*m.to, m.issue));
      now.push_back(doc::t(" The words are under "));
      now.push_back(issue_link(m.issue));
      now.push_back(doc::t("."));
    } else {
      now.push_back(doc::t(": says nothing on it."));
    }
    para(now);
  }

  const ScenarioDiff& d_;
  const std::vector<int>& left_out_;
};

}  // namespace

Line drift_line(DocWriter& w, bool brief) { return DriftWords(w, *w.b_.drift).plain(brief); }

void drift_section(DocWriter& w) {
  if (w.b_.drift) DriftWords(w, *w.b_.drift).section();
}

void across_section(DocWriter& w) {
  if (!w.b_.across) return;
  const Across& a = *w.b_.across;
  const Dataset& data = *w.t_.data;
  w.heading(2, {doc::t("Across scenarios")}, "across");
  w.para({doc::t("The same parties in every scenario they all take part in, in the data's order (by date; a "
                 "what-if is read against the scenario it builds on, a dated scenario against the one before). "
                 "Each cell: the issue's status, and who blocks it.")});
  std::vector<doc::Line> header{{doc::t("Issue")}};
  for (const auto& col : a.columns)
    header.push_back({doc::code(col.scenario->name), doc::t(" " + col.scenario->date.str())});
  std::vector<std::vector<doc::Line>> rows;
  for (int i = 0; i < static_cast<int>(data.catalog.issues.size()); ++i) {
    std::vector<doc::Line> row{{w.issue_link(i)}};
    for (const auto& col : a.columns) {
      const IssueState& s = col.issues[i];
      row.push_back({doc::t(state_words(col.table, s) + (s.assumed ? " (assumed)" : ""))});
    }
    rows.push_back(std::move(row));
  }
  std::vector<doc::Line> cross{{doc::t("Conflicts across issues")}};
  for (const auto& col : a.columns) cross.push_back({doc::t(std::to_string(col.cross_conflicts))});
  rows.push_back(std::move(cross));
  w.table(std::move(header), std::move(rows));
  std::vector<doc::Line> deals;
  for (const auto& col : a.columns)
    deals.push_back({doc::t("Fairest deal in "), doc::code(col.scenario->name),
                     doc::t(": " + best_deal_words(col.table, col.deals) + ".")});
  if (!deals.empty()) {
    w.para({doc::t("The fairest deal in each, as compare --across finds it:")});
    w.bullets(std::move(deals));
  }
  std::vector<doc::Line> changes;
  for (const auto& ch : a.changes) {
    const AcrossColumn& col = a.columns[ch.column];
    const AcrossColumn& ref = a.columns[col.reference];
    doc::Line l{doc::code(col.scenario->name), doc::t(" against "), doc::code(ref.scenario->name), doc::t(": "),
                w.issue_link(ch.issue),
                doc::t(" was " + state_words(ref.table, ch.from) + ", now " + state_words(col.table, ch.to))};
    const std::string agreed = agreed_change_words(w.issue(ch.issue), ch.from.agreed, ch.to.agreed);
    l.push_back(doc::t(agreed.empty() ? "." : " (" + agreed + ")."));
    changes.push_back(std::move(l));
  }
  if (changes.empty()) {
    w.para({doc::t("No issue changed status from one scenario to the next.")});
  } else {
    w.para({doc::t("What changed from each scenario to the one it is read against:")});
    w.bullets(std::move(changes));
  }
  std::vector<doc::Line> skipped;
  for (const auto& s : a.skipped) {
    std::vector<std::string> names;
    for (int p : s.missing) names.push_back(data.parties[p].name);
    skipped.push_back({doc::code(s.scenario->name), doc::t(" is left out: " + and_list(names) +
                                                           (names.size() == 1 ? " takes" : " take") + " no part in it.")});
  }
  if (!skipped.empty()) {
    w.para({doc::t("Scenarios left out:")});
    w.bullets(std::move(skipped));
  }
}

}  // namespace positions::brief
