// Every phrase of the verdict, the utility and cost rules and the new moves
// (issue 10), as functions returning strings, for the wording module to fold in.
#pragma once

#include <string>

#include "deal_analysis.hpp"
#include "wording.hpp"  // Naming

namespace positions {

// "among us, ru, ua as of 2025-10-20" (plain: "among Russia and Ukraine ...")
std::string among_words(const DealProblem& pb, Naming n = Naming::ids);
// "A deal is possible among us, ru, ua as of 2025-10-20." or "No deal is
// possible among ...: <the first collision>." Plain: without "among ...".
std::string verdict_headline(const DealAnalysis& a, Naming n = Naming::ids);
// One collision: "ru must get donetsk.ru_all or ... and none can be settled:
// ru_all is ruled out by ua; ..."; plain: "Russia must get “All of Donetsk”
// on Control of Donetsk oblast (its red line), and it is ruled out by Ukraine"
std::string collision_words(const DealProblem& pb, const Collision& c, Naming n = Naming::ids);
// The collisions as the verdict says them, the first in its headline and
// the rest as "Also:" lines: one clause each, except that the parties below
// no agreement share one ("... leaves b and c worse off than no agreement").
std::vector<std::string> collision_clauses(const DealProblem& pb, const std::vector<Collision>& cs,
                                           Naming n = Naming::ids);
// What an option lacks to be settled: "needs ru's consent", "needs the
// consent of ru and ua", "needs eu's consent; eu is not compared".
std::string consent_words(const DealProblem& pb, const std::vector<int>& silent, const std::vector<int>& not_compared);
// "needs eu's consent; eu is not compared" for security_guarantees.western_guarantees
std::string unsettleable_words(const DealProblem& pb, const Unsettleable& u);
// Whether the verdict rests on on-record words only, and whether it changes
// when only they count.
std::string firmness_words(const Verdict& v, Naming n = Naming::ids);
// What the search for the cheapest moves towards a deal came to, when it
// found none or no proof: "none; whatever the compared parties do, the
// catalog's rules or a party not compared stand in the way"; "not found; the
// search stopped at its time limit before it could tell (--time-limit gives
// it longer)"; with no
// deal and packages meeting every red line, "none is needed to meet the red
// lines, which packages already meet; no such package is one every party
// would sign"; found but not proven: "not proven the cheapest: ...". Empty
// when the moves are found and proven, or a deal is possible.
std::string moves_search_words(const Verdict& v);
// How a utility is built, in one paragraph.
std::string utility_rule_words();
// How a move is priced.
std::string cost_rule_words();
// How deals are ranked.
std::string ranking_words();
// Who would have to move on a blocked issue: "who would have to move: ru
// alone, or ua and us together"
std::string blocking_words(const DealProblem& pb, const std::vector<BlockingSet>& sets);
// The text section that leads compare and deals.
void write_verdict_text(std::ostream& out, const DealAnalysis& a);
// The JSON "verdict" member.
class JsonWriter;
void write_verdict_json(JsonWriter& w, const DealAnalysis& a);

}  // namespace positions
