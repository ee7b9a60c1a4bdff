// The briefing's deals: the cheapest path to a deal in the summary, and a
// section with the fairest deals, what can be settled, and the cheapest
// concessions. Every term and move names the party whose stance it rests on;
// that stance and its cited words are in the issue's section.
#include "briefing_words.hpp"
#include "deal_analysis.hpp"
#include "deals_report.hpp"
#include "verdict_words.hpp"

namespace positions::brief {

namespace {

class DealsWords : public DocWriter {
 public:
  DealsWords(const DocWriter& w, const DealAnalysis& a) : DocWriter(w), a_(a), pb_(a.problem) {}

  // The cheapest path in plain words, for the bottom line.
  Line path() const {
    const DealsResult& d = a_.deals;
    const Verdict& v = a_.verdict;
    Line l;
    // The verdict's cheapest moves towards a deal (every red line met), not
    // the moves that would settle every issue: a deal need not settle all.
    if (v.deal_possible && !d.deals.empty()) {
      l.push_back(doc::t("none is needed; the fairest deal: "));
      append(l, plain_package(d.deals[0].package));
    } else if (v.cheapest_moves.empty()) {
      l.push_back(doc::t(moves_search_words(v) + "."));
    } else {
      const MoveSet& m = v.cheapest_moves[0];
      const std::string unproven = moves_search_words(v);
      l.push_back(doc::t(move_set_summary(pb_, m) + ": cost " + fixed(m.cost) +
                         (m.crosses_red_line() ? ", crossing a red line" : "") +
                         (v.moves_open_a_deal ? "; every party would then sign." :
                                                "; even then some party would be worse off than with no agreement.") +
                         (unproven.empty() ? "" : " They are " + unproven + ".")));
    }
    if (!d.proven)
      l.push_back(doc::t(" (Not proven: the search stopped at its time limit; the best found so far.)"));
    l.push_back(doc::t(" In full in the annex: "));
    l.push_back(doc::link("Deals and concessions", "deals"));
    l.push_back(doc::t("."));
    return l;
  }

  void section() {
    heading(2, {doc::t("Deals and concessions")}, "deals");
    para({doc::t(ranking_words() + " " + utility_rule_words())});
    const DealsResult& d = a_.deals;
    if (d.deals.empty()) para({doc::t("No deal is feasible.")});
    for (size_t k = 0; k < d.deals.size(); ++k) deal(k, d.deals[k]);
    partial();
    concessions();
  }

 private:
  // "Ceasefire on “Along the current line”; Sanctions on “Lifted in stages”."
  Line plain_package(const Package& x) const {
    std::vector<std::string> parts;
    for (int i = 0; i < pb_.issues; ++i)
      if (x[i] != kOpen) parts.push_back(issue(i).title + " on “" + issue(i).options[x[i]].label + "”");
    return {doc::t(parts.empty() ? "it settles nothing." : join(parts, "; ") + ".")};
  }

  Line settles(const Package& x) const {
    Line out;
    std::vector<int> open;
    bool first = true;
    for (int i = 0; i < pb_.issues; ++i) {
      if (x[i] == kOpen) {
        open.push_back(i);
        continue;
      }
      if (!first) out.push_back(doc::t("; "));
      first = false;
      out.push_back(issue_link(i));
      out.push_back(doc::t(" on "));
      out.push_back(doc::code(issue(i).options[x[i]].id));
    }
    if (first) out.push_back(doc::t("settles nothing"));
    if (!open.empty()) {
      std::vector<std::string> titles;
      for (int i : open) titles.push_back(issue(i).title);
      out.push_back(doc::t(first ? "; leaves every issue open." : "; leaves open: " + join(titles, "; ") + "."));
    } else {
      out.push_back(doc::t("."));
    }
    return out;
  }

  std::string utilities(const Deal& deal) const {
    std::vector<std::string> parts;
    for (int s = 0; s < pb_.parties; ++s) {
      if (pb_.total_weight[s] == 0) continue;
      parts.push_back(name(s) + " " + fixed(deal.utility[s]));
    }
    std::string out = "Utility: " + join(parts, ", ");
    std::vector<int> nothing;
    for (int s = 0; s < pb_.parties; ++s)
      if (!a_.deals.counted[s] && pb_.total_weight[s] > 0) nothing.push_back(s);
    if (!nothing.empty())
      out += " (" + names(nothing) + (nothing.size() == 1 ? " gets" : " get") +
             " nothing from any feasible deal, so the ranking leaves " + (nothing.size() == 1 ? "it" : "them") +
             " out)";
    return out;
  }

  void deal(size_t k, const Deal& d) {
    heading(3, {doc::t("Deal " + std::to_string(k + 1))});
    para({doc::t(utilities(d) + ". Nash product of the gains over no agreement " + nash_words(d.score) +
                 "; smallest gain " + fixed(d.score.min_u) + ".")});
    std::vector<std::vector<Line>> rows;
    std::vector<std::string> open;
    for (int i = 0; i < pb_.issues; ++i) {
      if (d.package[i] == kOpen) {
        open.push_back(issue(i).title);
        continue;
      }
      const Option& o = issue(i).options[d.package[i]];
      rows.push_back({{issue_link(i)},
                      {doc::code(o.id), doc::t(" " + o.label)},
                      {doc::t(support_words(pb_, {i, d.package[i]}))}});
    }
    if (!rows.empty()) table({{doc::t("Issue")}, {doc::t("Term")}, {doc::t("Where the parties stand")}}, std::move(rows));
    if (!open.empty()) para({doc::t("Left open: " + join(open, "; ") + ".")});
  }

  void partial() {
    const DealsResult& d = a_.deals;
    heading(3, {doc::t("What can be settled together")});
    if (d.settles_everything()) {
      para({doc::t("A feasible deal settles every issue.")});
      return;
    }
    para({doc::t("No feasible deal settles every issue: at most " + std::to_string(d.most_settled) + " of " +
                 std::to_string(d.issues) +
                 " can be settled together. Per group of issues linked by rules or conditions (groups that "
                 "settle in full left out):")});
    std::vector<Line> lines;
    for (const ComponentDeals& c : d.components) {
      if (c.most_settled == static_cast<int>(c.issues.size())) continue;
      Line l{doc::t(titles(c.issues) + ": ")};
      if (c.most_settled == 0) {
        l.push_back(doc::t("nothing can be settled; every term is ruled out, or needs one that is."));
      } else {
        for (size_t k = 0; k < c.largest.size(); ++k) {
          const SettledAlternative& alt = c.largest[k];
          if (k) l.push_back(doc::t(" Or: "));
          l.push_back(doc::t("settles " + titles(alt.settled) + " (for example "));
          append(l, term_codes(alt.part.terms));
          l.push_back(doc::t("), leaving " + titles(alt.open) + " open."));
        }
        if (c.more_largest) l.push_back(doc::t(" (More sets of the same size.)"));
      }
      lines.push_back(std::move(l));
    }
    bullets(std::move(lines));
  }

  std::string titles(const std::vector<int>& issues) const {
    std::vector<std::string> out;
    for (int i : issues) out.push_back(issue(i).title);
    return out.empty() ? "none" : join(out, "; ");
  }

  void concessions() {
    const ConcessionsResult& c = a_.concessions;
    heading(3, {doc::t("What would open the blocked issues")});
    para({doc::t("The cheapest moves, by cost. " + cost_rule_words())});
    std::vector<Line> lines;
    if (c.blocked.empty()) lines.push_back({doc::t("No issue is blocked: each can be settled by some feasible deal.")});
    for (const Concession& con : c.blocked) {
      Line l;
      for (size_t k = 0; k < con.target.size(); ++k) {
        if (k) l.push_back(doc::t(", "));
        l.push_back(issue_link(con.target[k]));
      }
      l.push_back(doc::t(": "));
      append(l, cheapest(con));
      lines.push_back(std::move(l));
    }
    if (c.whole_table.needed) {
      Line l{doc::strong("Every issue at once: ")};
      append(l, cheapest(c.whole_table));
      lines.push_back(std::move(l));
    }
    bullets(std::move(lines));
  }

  // The cheapest alternative in words, and how many others there are.
  Line cheapest(const Concession& c) const {
    if (!c.possible) return {doc::t("no move opens it; the catalog's rules alone forbid it.")};
    if (c.alternatives.empty()) return {doc::t("no set of moves was found within the time limit.")};
    const MoveSet& m = c.alternatives[0];
    Line l{doc::t("cost " + fixed(m.cost) + (m.crosses_red_line() ? ", crossing a red line" : "") + ": ")};
    for (size_t k = 0; k < m.moves.size(); ++k) {
      if (k) l.push_back(doc::t("; "));
      append(l, move_line(pb_, m.moves[k], Naming::plain));
    }
    l.push_back(doc::t("."));
    if (c.alternatives.size() > 1)
      l.push_back(doc::t(" Next cheapest: cost " + fixed(c.alternatives[1].cost) + "."));
    if (!c.complete) l.push_back(doc::t(" (Not proven: the search stopped at its time limit.)"));
    return l;
  }

  const DealAnalysis& a_;
  const DealProblem& pb_;
};

}  // namespace

Line deals_path(DocWriter& w) { return DealsWords(w, *w.b_.deals).path(); }

void deals_section(DocWriter& w) {
  if (w.b_.deals) DealsWords(w, *w.b_.deals).section();
}

}  // namespace positions::brief
