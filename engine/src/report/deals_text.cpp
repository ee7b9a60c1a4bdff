#include <algorithm>
#include <cmath>
#include <cstdio>

#include "deals_citations.hpp"
#include "deals_report.hpp"
#include "text_layout.hpp"
#include "verdict_words.hpp"
#include "wording.hpp"

namespace positions {

namespace {

class DealsText {
 public:
  DealsText(std::ostream& out, const DealAnalysis& a)
      : out_(out), a_(a), pb_(a.problem), cat_(a.problem.catalog()) {}

  void deals(size_t top, bool cite) {
    const DealsResult& d = a_.deals;
    out_ << "\nDEALS\n";
    out_ << wrap(scoring_words(), "  ", "  ");
    if (d.deals.empty()) {
      out_ << "  No package is one every party could sign: see VERDICT and CONCESSIONS.\n";
    }
    if (!d.proven) out_ << wrap(unproven_words(), "  ", "  ");
    for (size_t k = 0; k < std::min(top, d.deals.size()); ++k) deal(k, d.deals[k], cite);
  }

  void partial() {
    const DealsResult& d = a_.deals;
    out_ << "\nPARTIAL DEALS\n";
    if (d.settles_everything()) {
      out_ << "  A feasible package settles every issue.\n";
      return;
    }
    out_ << wrap("No feasible package settles every issue: at most " + std::to_string(d.most_settled) + " of " +
                     std::to_string(d.issues) + " can be settled together. Per group of linked issues, the " +
                     "largest sets that can be settled together (groups that settle in full are left out):",
                 "  ", "  ");
    for (const ComponentDeals& c : d.components) {
      if (c.most_settled == static_cast<int>(c.issues.size())) continue;
      out_ << wrap(issue_ids(cat_, c.issues), "  - ", "    ");
      if (c.most_settled == 0) {
        out_ << wrap("nothing here can be settled: every option is refused or lacks a decider's consent, a red "
                     "line cannot be met, or an option needs one that is shut out",
                     "      ", "      ");
        continue;
      }
      for (const SettledAlternative& alt : c.largest) {
        out_ << wrap("settles " + issue_ids(cat_, alt.settled) + "; open: " + issue_ids(cat_, alt.open), "      ", "        ");
        out_ << wrap("e.g. " + package_terms(cat_, alt.part), "        ", "          ");
      }
      if (c.more_largest) out_ << "      (more sets of the same size)\n";
    }
  }

  void concessions(bool all_alternatives) {
    const ConcessionsResult& c = a_.concessions;
    out_ << "\nCONCESSIONS\n";
    if (c.blocked.empty() && !c.whole_table.needed) {
      out_ << "  None needed: a feasible package settles every issue.\n";
      return;
    }
    out_ << wrap(cost_rule_words(), "  ", "  ");
    if (c.blocked.empty()) out_ << "  No issue is blocked: each can be settled by some feasible package.\n";
    for (const Concession& con : c.blocked) {
      if (!con.complete && con.alternatives.empty()) {
        out_ << '\n' << wrap(issue_ids(cat_, con.target) + ": NOT PROVEN: the search stopped at the time limit before it "
                              "could tell whether a feasible package settles it.", "  ", "  ");
        continue;
      }
      out_ << '\n' << wrap(issue_ids(cat_, con.target) + " is blocked: no feasible package settles it.", "  ", "  ");
      const size_t at = static_cast<size_t>(&con - c.blocked.data());
      if (at < c.blocking.size()) out_ << wrap(blocking_words(pb_, c.blocking[at]) + ".", "    ", "    ");
      alternatives(con, all_alternatives ? con.alternatives.size() : 1);
    }
    const Concession& w = c.whole_table;
    out_ << '\n';
    if (!w.needed) {
      out_ << "  The whole table: a feasible package settles every issue; no move is needed.\n";
      return;
    }
    out_ << wrap("The whole table: to settle every issue at once, the cheapest sets of moves:", "  ", "  ");
    alternatives(w, all_alternatives ? w.alternatives.size() : 1);
  }

  void citations() {
    out_ << "\nWHAT THE DEALS AND CONCESSIONS REST ON\n";
    const auto cited = cited_stances(a_, a_.deals.deals.size());
    if (cited.empty()) out_ << "  no stance is cited\n";
    for (const auto& [issue, slot] : cited) {
      const Stance* st = pb_.at[slot][issue].stance;
      const Party& party = pb_.table->party(slot);
      const auto clauses = stance_clauses(cat_, issue, *st);
      std::string head = party.code + " on " + cat_.issues[issue].id + " (" + priority_words(st->priority) +
                         ", since " + when_words(st->when) + "): " + (clauses.empty() ? "no option named" : join(clauses, "; "));
      out_ << wrap(head, "  ", "    ");
      if (st->assumed) out_ << wrap(assumed_words(*st), "    ", "      ");
      for (const Evidence& e : st->evidence) {
        out_ << wrap(citation_words(party, e), "    ", "      ");
        out_ << wrap("\"" + e.quote + "\"", "      ", "       ");
      }
    }
  }

  void summary_footer() {
    out_ << wrap("Every deal, the partial deals, the concessions and the cited words: positions deals with the "
                 "same parties and options.",
                 "  ", "  ");
  }

 private:
  std::string code(int slot) const { return pb_.table->party(slot).code; }
  std::string option_id(int issue, int o) const { return cat_.issues[issue].options[o].id; }

  std::string scoring_words() const {
    const DealsResult& d = a_.deals;
    std::vector<int> silent;
    for (int s = 0; s < pb_.parties; ++s)
      if (pb_.total_weight[s] == 0) silent.push_back(s);
    std::string w = ranking_words() + " " + utility_rule_words();
    if (!silent.empty()) w += " " + codes(*pb_.table, silent) + " addressed no issue and " + (silent.size() == 1 ? "is" : "are") + " left out.";
    w += " Issues are searched in " + plural(d.components.size(), "group", "groups") + " linked by rules or conditions.";
    return w;
  }

  std::string unproven_words() const {
    const DealsResult& d = a_.deals;
    std::string w = "NOT PROVEN: the search did not finish within the time limit (--time-limit). ";
    if (d.proven_deals > 0)
      w += "Deals 1 to " + std::to_string(d.proven_deals) + " are exact; the rest";
    else
      w += "The deals below";
    w += " are the best found so far and may miss fairer ones or include dominated ones.";
    if (d.bound)
      w += " No package has a Nash product above " + nash_words(*d.bound) + " (worst-off at most " +
           fixed(std::min(1.0, d.bound->min_u)) + ").";
    return w;
  }

  void deal(size_t k, const Deal& d, bool cite) {
    out_ << "\n  DEAL " << k + 1 << "  Nash product of gains " << nash_words(d.score) << ", smallest gain "
         << fixed(d.score.min_u) << '\n';
    std::vector<std::string> us;
    for (int s = 0; s < pb_.parties; ++s)
      us.push_back(code(s) + " " + (pb_.total_weight[s] ? fixed(d.utility[s]) + " (no agreement " +
                                                              fixed(utility(pb_, s, pb_.disagreement[s])) + ")"
                                                        : "-"));
    out_ << wrap(join(us), "    utility: ", "             ");
    std::vector<int> open;
    size_t width = 0;
    for (int i = 0; i < pb_.issues; ++i)
      if (d.package[i] != kOpen) width = std::max(width, cat_.issues[i].id.size());
    width = std::min<size_t>(width, 24);
    for (int i = 0; i < pb_.issues; ++i) {
      if (d.package[i] == kOpen) {
        open.push_back(i);
        continue;
      }
      std::string head = "    " + cat_.issues[i].id;
      head.resize(std::max(head.size() + 2, 4 + width + 2), ' ');
      out_ << head << option_id(i, d.package[i]) << '\n';
      if (cite) out_ << wrap(support_words(pb_, {i, d.package[i]}), std::string(6, ' '), std::string(8, ' '));
    }
    if (!open.empty()) out_ << wrap(issue_ids(cat_, open), "    open: ", "          ");
  }

  void alternatives(const Concession& c, size_t count) {
    if (!c.possible) {
      out_ << wrap("No move by a compared party opens it: the catalog's rules forbid it, or a party whose consent "
                   "it needs is not compared.", "    ", "    ");
      return;
    }
    if (!c.complete)
      out_ << wrap("NOT PROVEN: the search stopped at the time limit; the moves below are the cheapest found so far.",
                   "    ", "    ");
    for (size_t k = 0; k < std::min(count, c.alternatives.size()); ++k) {
      const MoveSet& m = c.alternatives[k];
      out_ << "    " << k + 1 << ". cost " << fixed(m.cost)
           << (m.crosses_red_line() ? "  (crosses a red line)" : "") << '\n';
      for (const Move& mv : m.moves) out_ << wrap(move_words(pb_, mv), "       ", "         ");
      out_ << wrap("opens: " + package_terms(cat_, m.package), "       ", "         ");
      if (!m.rational) out_ << wrap(opened_package_words(pb_, m), "       ", "         ");
    }
  }

  std::ostream& out_;
  const DealAnalysis& a_;
  const DealProblem& pb_;
  const Catalog& cat_;
};

}  // namespace

void write_deals_text(std::ostream& out, const DealAnalysis& a, const Lens& lens) {
  write_lens_text(out, *a.problem.table, lens);
  out << '\n';
  write_verdict_text(out, a);
  DealsText w(out, a);
  w.deals(a.deals.deals.size(), true);
  w.partial();
  w.concessions(true);
  w.citations();
}

void write_deals_summary_text(std::ostream& out, const DealAnalysis& a, int top) {
  DealsText w(out, a);
  w.deals(static_cast<size_t>(std::max(top, 0)), false);
  w.concessions(false);
  out << '\n';
  w.summary_footer();
}

}  // namespace positions
