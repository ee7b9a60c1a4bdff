#include "verdict_words.hpp"

#include "json_shapes.hpp"

#include <ostream>

#include "json_writer.hpp"
#include "text_layout.hpp"
#include "wording.hpp"

namespace positions {

namespace {

std::string code(const DealProblem& pb, int slot) { return pb.table->party(slot).code; }
std::string dataset_code(const DealProblem& pb, int idx) { return pb.table->data->parties[idx].code; }

std::string codes(const DealProblem& pb, const std::vector<int>& slots) {
  std::vector<std::string> c;
  for (int s : slots) c.push_back(code(pb, s));
  return join(c);
}

std::string option_list(const DealProblem& pb, int issue, OptionSet set, const char* sep = " or ") {
  std::vector<std::string> ids;
  for (int o : options_in(set)) ids.push_back(pb.catalog().term_name({issue, o}));
  return join(ids, sep);
}

// How the verdict names parties and terms: codes and ids for compare, deals
// and JSON; names, titles and labels for the briefing's page one.
struct Namer {
  const DealProblem& pb;
  Naming n;
  bool plain() const { return n == Naming::plain; }
  std::string party(int slot) const { return plain() ? pb.table->party(slot).name : code(pb, slot); }
  std::string outsider(int idx) const {
    return plain() ? pb.table->data->parties[idx].name : dataset_code(pb, idx);
  }
  std::string parties(const std::vector<int>& slots) const {
    if (!plain()) return codes(pb, slots);
    std::vector<std::string> out;
    for (int s : slots) out.push_back(party(s));
    return and_list(out);
  }
  std::string label(int issue, int option) const {
    return "“" + pb.catalog().issues[issue].options[option].label + "”";
  }
  // What a red line asks for: "donetsk.ru_all or donetsk.x", or "“A” or “B”
  // on Control of Donetsk oblast".
  std::string must_get(int issue, OptionSet set) const {
    if (!plain()) return option_list(pb, issue, set);
    std::vector<std::string> out;
    for (int o : options_in(set)) out.push_back(label(issue, o));
    return join(out, " or ") + " on " + pb.catalog().issues[issue].title;
  }
  // One option of the red line, as the subject of why it cannot be settled:
  // its id, its label, or "it" when it is the only one.
  std::string subject(int issue, int option, bool only) const {
    if (!plain()) return pb.catalog().issues[issue].options[option].id;
    return only ? "it" : label(issue, option);
  }
};

std::string block_words(const Namer& nm, int issue, const OptionBlock& b, bool only) {
  std::vector<std::string> why;
  if (!b.refused_by.empty()) why.push_back("is ruled out by " + nm.parties(b.refused_by));
  if (!b.no_consent.empty())
    why.push_back("lacks the consent of " + nm.parties(b.no_consent) + ", who " +
                  (b.no_consent.size() == 1 ? "has" : "have") + " not given it");
  if (!b.not_compared.empty()) {
    if (nm.plain())
      for (int idx : b.not_compared)
        why.push_back("needs the consent of " + nm.outsider(idx) + ", who is not among the parties compared");
    else
      why.push_back(consent_words(nm.pb, {}, b.not_compared));
  }
  if (!b.other_red_lines.empty()) why.push_back("lies outside the red line of " + nm.parties(b.other_red_lines));
  if (b.through_rules) why.push_back("is shut out by the catalog's rules together with the other red lines");
  return nm.subject(issue, b.option, only) + " " + join(why, ", ");
}

// What was checked is the package with the largest sum of gains, so that is
// what is claimed of these parties.
std::string below_no_agreement_words(const Namer& nm, const std::vector<int>& slots) {
  std::vector<std::string> who;
  for (int s : slots) who.push_back(nm.party(s));
  return "no package the red lines and consents allow is one every party would sign; the one with the largest "
         "sum of gains leaves " + and_list(who) + " worse off than no agreement";
}

}  // namespace

std::string among_words(const DealProblem& pb, Naming n) {
  const Namer nm{pb, n};
  std::vector<int> all;
  for (int s = 0; s < pb.parties; ++s) all.push_back(s);
  return "among " + nm.parties(all) + " as of " + pb.table->as_of.str();
}

std::string collision_words(const DealProblem& pb, const Collision& c, Naming n) {
  const Namer nm{pb, n};
  switch (c.kind) {
    case Collision::red_line: {
      std::vector<std::string> parts;
      for (const OptionBlock& b : c.blocks) parts.push_back(block_words(nm, c.issue, b, c.blocks.size() == 1));
      return nm.party(c.slot) + " must get " + nm.must_get(c.issue, c.options) + " (its red line), and " +
             join(parts, "; ");
    }
    case Collision::below_no_agreement:
      return below_no_agreement_words(nm, {c.slot});
    case Collision::nobody_gains:
      return "no package the red lines and consents allow makes any party better off than no agreement without "
             "leaving another worse off";
  }
  return "";
}

std::vector<std::string> collision_clauses(const DealProblem& pb, const std::vector<Collision>& cs, Naming n) {
  const Namer nm{pb, n};
  std::vector<std::string> out;
  std::vector<int> below;
  for (const Collision& c : cs)
    if (c.kind == Collision::below_no_agreement) below.push_back(c.slot);
  for (const Collision& c : cs) {
    if (c.kind != Collision::below_no_agreement) out.push_back(collision_words(pb, c, n));
    else if (c.slot == below.front()) out.push_back(below_no_agreement_words(nm, below));
  }
  return out;
}

std::string verdict_headline(const DealAnalysis& a, Naming n) {
  const Verdict& v = a.verdict;
  // In plain words the briefing's front matter has just named the parties and the date.
  const std::string among = n == Naming::plain ? "" : " " + among_words(a.problem, n);
  if (v.deal_possible) return "A deal is possible" + among + ".";
  std::string w = std::string(v.proven ? "No deal is possible" : "No deal was found in time") + among;
  if (!v.collisions.empty()) w += ": " + collision_clauses(a.problem, v.collisions, n)[0];
  return w + ".";
}

std::string consent_words(const DealProblem& pb, const std::vector<int>& silent, const std::vector<int>& not_compared) {
  std::vector<std::string> parts;
  if (!silent.empty())
    parts.push_back(silent.size() == 1 ? "needs " + code(pb, silent[0]) + "'s consent"
                                       : "needs the consent of " + and_list([&] {
                                           std::vector<std::string> c;
                                           for (int s : silent) c.push_back(code(pb, s));
                                           return c;
                                         }()));
  if (!not_compared.empty()) {
    std::vector<std::string> c;
    for (int idx : not_compared) c.push_back(dataset_code(pb, idx));
    const std::string who = join(c);
    parts.push_back("needs " + who + "'s consent; " + who + (c.size() == 1 ? " is" : " are") + " not compared");
  }
  return join(parts, "; ");
}

std::string unsettleable_words(const DealProblem& pb, const Unsettleable& u) {
  return pb.catalog().term_name({u.issue, u.option}) + " " + consent_words(pb, {}, u.not_compared);
}

std::string firmness_words(const Verdict& v, Naming n) {
  if (v.on_record_only) return "Firmness: every stance behind this rests on on-record words.";
  std::string w = "Firmness: some stances behind this are reported or inferred, not on the record";
  // The option is for the command line, not for the reader of a briefing.
  const std::string only = n == Naming::plain ? "counting only on-record stances"
                                              : "counting only on-record stances (--evidence on_record)";
  if (v.checked_on_record)
    w += v.deal_possible_on_record == v.deal_possible
             ? "; " + only + " gives the same verdict."
             : "; " + only + ", " +
                   (v.deal_possible_on_record ? "a deal is possible." : "no deal is possible.");
  else
    w += ".";
  return w;
}

std::string utility_rule_words() {
  return "Utility of party p: the sum over the issues p addresses of its priority weight (low 1, medium 2, "
         "high 3, red line 4) times the value of what the package settles: 4 for an option p wants; for one it "
         "accepts (outright, or on a condition the package meets) 3 if one step from a wanted option on an "
         "ordered scale, else 2; 0 for one it did not mention (an issue left open is worth what no agreement "
         "leaves there); -2 to -4 for one it rules out (-4 on an unordered scale, on an ordered one -1 minus "
         "the steps to what it accepts, at most -4); divided by 4 x the sum of its weights, so -1 to 1. "
         "Gain: utility minus the utility of no agreement.";
}

std::string cost_rule_words() {
  return "Cost of a move by party p on issue i (w: p's priority weight, low 1 to red line 4): a decider lifting "
         "a ruling-out costs w x (1 + d/(n-1)) on an ordered scale (d steps from the nearest option p accepts, "
         "n options) and w x 2 on an unordered one; a decider consenting to an option it did not accept costs "
         "w (1 if silent); dropping a condition costs what p gives up, w(t) x value(t) / 2 for each term t it "
         "asked in return (the cheapest alternative; value at least 2); re-pointing a condition to a term U p "
         "accepts, instead of the term T it asked, costs w(U) x max(1, value(T) - value(U)) / 2 (value(T) at "
         "least 2); crossing a red line costs 12. Moves make the package feasible; \"not a deal\" says when "
         "some party would still be worse off with it than with no agreement.";
}

std::string ranking_words() {
  return "Deals: packages every compared party could sign (each red line met, each issue settled only on an "
         "option its deciders accept, nobody worse off than no agreement, somebody better off) that no other "
         "such package beats for one party without hurting another; fairest first by the Nash product of every "
         "party's gain over no agreement; when a gain is 0, first by how many parties gain, then the product of "
         "the positive gains, then the smallest gain, then the sum.";
}

std::string blocking_words(const DealProblem& pb, const std::vector<BlockingSet>& sets) {
  std::vector<std::string> parts;
  for (const BlockingSet& b : sets) parts.push_back(opening_set_words(*pb.table, b.parties));
  if (parts.empty()) return "no party alone or together can open it by its own moves";
  return "who would have to move: " + join(parts, ", or ");
}

std::string moves_search_words(const Verdict& v) {
  const std::string stopped = "the search stopped at its time limit", longer = " (--time-limit gives it longer)";
  if (v.deal_possible) return "";
  switch (v.moves_search) {
    case Verdict::MovesSearch::found:
      return v.moves_proven ? "" : "not proven the cheapest: " + stopped + longer;
    case Verdict::MovesSearch::none_possible:
      return "none; whatever the compared parties do, the catalog's rules or a party not compared stand in the way";
    case Verdict::MovesSearch::stopped:
      return "not found; " + stopped + " before it could tell" + longer;
    case Verdict::MovesSearch::not_needed:
      break;
  }
  return "none is needed to meet the red lines, which packages already meet; no such package is one every party "
         "would sign";
}

namespace {

const char* moves_search_name(Verdict::MovesSearch m) {
  switch (m) {
    case Verdict::MovesSearch::found: return "found";
    case Verdict::MovesSearch::none_possible: return "none_possible";
    case Verdict::MovesSearch::stopped: return "stopped";
    case Verdict::MovesSearch::not_needed: break;
  }
  return "not_needed";
}

}  // namespace

void write_verdict_text(std::ostream& out, const DealAnalysis& a) {
  const Verdict& v = a.verdict;
  const DealProblem& pb = a.problem;
  out << "VERDICT\n" << wrap(verdict_headline(a), "  ", "  ");
  const std::vector<std::string> clauses = collision_clauses(pb, v.collisions);
  for (size_t k = 1; k < clauses.size(); ++k) out << wrap("Also: " + clauses[k] + ".", "  ", "  ");
  if (!v.deal_possible && !v.cheapest_moves.empty()) {
    const MoveSet& m = v.cheapest_moves[0];
    std::vector<std::string> moves;
    for (const Move& mv : m.moves) {
      std::string w = code(pb, mv.slot) + " " + move_kind_names(mv.kind).word + " " + pb.catalog().issues[mv.issue].id;
      if (mv.option != kOpen) w += "." + pb.catalog().issues[mv.issue].options[mv.option].id;
      moves.push_back(w);
    }
    const std::string unproven = moves_search_words(v);
    out << wrap("Cheapest moves towards a deal (cost " + fixed(m.cost) + "): " + join(moves, "; ") +
                    (v.moves_open_a_deal ? "; every party would then sign (valued on the stances before the moves)."
                                         : "; even then some party would be worse off than with no agreement.") +
                    (unproven.empty() ? "" : " They are " + unproven + "."),
                "  ", "  ");
  } else if (!v.deal_possible && v.moves_search != Verdict::MovesSearch::not_needed) {
    // Said, so that no line is not read as "no moves exist".
    out << wrap("Cheapest moves towards a deal: " + moves_search_words(v) + ".", "  ", "  ");
  }
  // One line per issue and set of missing deciders.
  for (size_t k = 0; k < v.unsettleable.size();) {
    size_t e = k + 1;
    while (e < v.unsettleable.size() && v.unsettleable[e].issue == v.unsettleable[k].issue &&
           v.unsettleable[e].not_compared == v.unsettleable[k].not_compared)
      ++e;
    std::vector<std::string> terms;
    for (size_t j = k; j < e; ++j) terms.push_back(pb.catalog().term_name({v.unsettleable[j].issue, v.unsettleable[j].option}));
    std::vector<std::string> c;
    for (int idx : v.unsettleable[k].not_compared) c.push_back(dataset_code(pb, idx));
    out << wrap(join(terms) + (e - k == 1 ? " needs " : " need ") + join(c) + "'s consent; " + join(c) +
                    (c.size() == 1 ? " is" : " are") + " not compared.",
                "  ", "  ");
    k = e;
  }
  out << wrap(firmness_words(v), "  ", "  ");
}

void write_verdict_json(JsonWriter& w, const DealAnalysis& a) {
  const Verdict& v = a.verdict;
  const DealProblem& pb = a.problem;
  auto slots = [&](const std::vector<int>& s) {
    std::vector<std::string> c;
    for (int x : s) c.push_back(code(pb, x));
    w.strings(c);
  };
  w.key("verdict").begin_object();
  w.key("deal_possible").value(v.deal_possible);
  w.key("proven").value(v.proven);
  w.key("headline").value(verdict_headline(a));
  w.key("collisions").begin_array();
  for (const Collision& c : v.collisions) {
    w.begin_object();
    w.key("kind").value(c.kind == Collision::red_line             ? "red_line"
                        : c.kind == Collision::below_no_agreement ? "below_no_agreement"
                                                                  : "nobody_gains");
    w.key("party");
    if (c.slot >= 0) w.value(code(pb, c.slot)); else w.null();
    if (c.kind == Collision::red_line) {
      w.key("issue").value(pb.catalog().issues[c.issue].id);
      w.key("must_get").begin_array();
      for (const OptionBlock& b : c.blocks) {
        w.begin_object();
        w.key("option").value(pb.catalog().issues[c.issue].options[b.option].id);
        w.key("ruled_out_by");
        slots(b.refused_by);
        w.key("no_consent_from");
        slots(b.no_consent);
        std::vector<std::string> nc;
        for (int idx : b.not_compared) nc.push_back(dataset_code(pb, idx));
        w.key("needs_consent_of_not_compared").strings(nc);
        w.key("outside_red_line_of");
        slots(b.other_red_lines);
        w.key("through_rules").value(b.through_rules);
        w.end_object();
      }
      w.end_array();
    }
    w.key("text").value(collision_words(pb, c));
    w.end_object();
  }
  w.end_array();
  w.key("cheapest_moves").begin_array();
  for (const MoveSet& m : v.cheapest_moves) write_move_set_json(w, pb, m);
  w.end_array();
  w.key("moves_search").value(moves_search_name(v.moves_search));
  w.key("moves_proven").value(v.moves_proven);
  w.key("moves_open_a_deal").value(v.moves_open_a_deal);
  w.key("unsettleable").begin_array();
  for (const Unsettleable& u : v.unsettleable) {
    w.begin_object();
    w.key("term").value(pb.catalog().term_name({u.issue, u.option}));
    std::vector<std::string> nc;
    for (int idx : u.not_compared) nc.push_back(dataset_code(pb, idx));
    w.key("needs_consent_of_not_compared").strings(nc);
    w.end_object();
  }
  w.end_array();
  w.key("firmness").begin_object();
  w.key("on_record_only").value(v.on_record_only);
  w.key("checked_on_record").value(v.checked_on_record);
  w.key("deal_possible_on_record");
  if (v.checked_on_record) w.value(v.deal_possible_on_record); else w.value(v.deal_possible);
  w.end_object();
  w.key("utility_rule").value(utility_rule_words());
  w.key("ranking_rule").value(ranking_words());
  w.key("cost_rule").value(cost_rule_words());
  w.end_object();
}

}  // namespace positions
