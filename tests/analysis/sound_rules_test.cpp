// Hand-checked cases for each rule of issue 10 (see docs/method.md): red
// lines, consent, no agreement, conditions met as a package, blocking sets,
// graded values and the cost of each kind of move. Each case is small enough
// to check on paper; the numbers in the comments are the arithmetic.
#include <gtest/gtest.h>

#include <cmath>
#include <memory>
#include <sstream>

#include "concessions.hpp"
#include "deal_analysis.hpp"
#include "positions/load.hpp"
#include "verdict_words.hpp"

namespace positions {
namespace {

// land: ordered (north, middle, south); aid: unordered (yes, no).
const char* kCatalog = R"(issues:
  - id: land
    title: Land
    ordered: true
    decided_by: [a, b]
    options:
      - id: north
        label: North
      - id: middle
        label: Middle
      - id: south
        label: South
  - id: aid
    title: Aid
    decided_by: [c]
    options:
      - id: yes
        label: Yes
      - id: no
        label: No
)";

struct Case {
  Dataset data;
  Table table;
  std::unique_ptr<TermModel> model;
  DealProblem pb;
  DealAnalysis analysis;

  // `parties`: code -> stances YAML; `compared`: the codes compared;
  // `no_agreement`: terms.
  Case(const std::vector<std::pair<std::string, std::string>>& parties, const std::vector<std::string>& compared,
       const std::vector<Term>& no_agreement = {}, const char* catalog = kCatalog) {
    data.catalog = parse_catalog(catalog, "catalog.yaml");
    for (const auto& [code, stances] : parties)
      data.parties.push_back(parse_party("code: " + code + "\nname: " + code + "\nstances:" +
                                             (stances.empty() ? std::string(" []\n") : "\n" + stances),
                                         code + ".yaml", data.catalog));
    Scenario sc;
    sc.name = "s";
    sc.date = *Date::parse("2025-06-01");
    sc.no_agreement = no_agreement;
    data.scenarios.push_back(sc);
    std::vector<int> slots;
    for (const auto& c : compared) slots.push_back(data.party_index(c));
    table = make_table(data, slots, sc.date, &data.scenarios[0]);
    model = std::make_unique<TermModel>(data.catalog, &table);
    pb = make_deal_problem(table, *model);
    analysis = analyse_deals(table, *model, {10, 5});
  }
};

std::string stance(const std::string& issue, const std::string& body, const std::string& priority = "medium") {
  return "  - issue: " + issue + "\n    date: 2025-01-01\n    priority: " + priority + "\n" + body;
}

enum { land, aid };
enum { north, middle, south };
enum { yes, no };

TEST(SoundRules, ARedLineLeftOpenOrSettledElsewhereIsNoDeal) {
  // a must get land.north; b (a decider) rules it out: no package settles
  // land on north, and leaving it open breaks a's red line.
  Case k({{"a", stance("land", "    wants: [north]\n    accepts: [middle]\n    must_get: [north]\n")},
          {"b", stance("land", "    wants: [middle]\n    rules_out: [north]\n")}},
         {"a", "b"});
  EXPECT_FALSE(k.pb.open_allowed[land]);
  EXPECT_EQ(k.pb.allowed[land], 0u);
  EXPECT_FALSE(feasible(k.pb, {kOpen, kOpen}));
  EXPECT_FALSE(feasible(k.pb, {middle, kOpen}));  // both accept middle, but it is not a's red line
  const Verdict& v = k.analysis.verdict;
  EXPECT_FALSE(v.deal_possible);
  ASSERT_FALSE(v.collisions.empty());
  EXPECT_EQ(v.collisions[0].kind, Collision::red_line);
  EXPECT_EQ(v.collisions[0].slot, 0);
  ASSERT_EQ(v.collisions[0].blocks.size(), 1u);
  EXPECT_EQ(v.collisions[0].blocks[0].refused_by, std::vector<int>{1});
}

TEST(SoundRules, PriorityRedLineWithoutMustGetMeansEveryOptionItAccepts) {
  Case k({{"a", stance("land", "    wants: [north]\n    accepts: [middle]\n", "red_line")},
          {"b", stance("land", "    wants: [middle]\n    accepts: [north]\n")}},
         {"a", "b"});
  EXPECT_EQ(k.pb.at[0][land].red_line, (OptionSet{1} << north) | (OptionSet{1} << middle));
  ASSERT_FALSE(k.analysis.deals.deals.empty());
  for (const Deal& d : k.analysis.deals.deals) EXPECT_NE(d.package[land], kOpen);
}

TEST(SoundRules, ASilentDeciderMeansNotSettled) {
  // aid is decided by c; c is compared but silent: aid stays open in every
  // deal, although a and b both want yes.
  Case k({{"a", stance("aid", "    wants: [yes]\n")}, {"b", stance("aid", "    wants: [yes]\n")}, {"c", ""}},
         {"a", "b", "c"});
  EXPECT_EQ(k.pb.allowed[aid], 0u);
  EXPECT_TRUE(k.analysis.deals.deals.empty());  // nothing else to settle: nobody gains
  const Concession* c = nullptr;
  for (const Concession& x : k.analysis.concessions.blocked)
    if (x.target[0] == aid) c = &x;
  ASSERT_NE(c, nullptr);
  ASSERT_FALSE(c->alternatives.empty());
  ASSERT_EQ(c->alternatives[0].moves.size(), 1u);
  EXPECT_EQ(c->alternatives[0].moves[0].kind, Move::consent);
  EXPECT_EQ(c->alternatives[0].moves[0].slot, 2);
  EXPECT_DOUBLE_EQ(c->alternatives[0].moves[0].cost, 1);  // a silent decider's consent costs 1
}

TEST(SoundRules, ADeciderNotComparedMakesTheIssueUnsettleableAndIsNamed) {
  Case k({{"a", stance("aid", "    wants: [yes]\n")}, {"b", stance("aid", "    wants: [yes]\n")}, {"c", ""}},
         {"a", "b"});
  EXPECT_EQ(k.pb.allowed[aid], 0u);
  const Verdict& v = k.analysis.verdict;
  ASSERT_EQ(v.unsettleable.size(), 2u);  // aid.yes and aid.no
  EXPECT_EQ(v.unsettleable[0].issue, aid);
  EXPECT_EQ(v.unsettleable[0].not_compared, std::vector<int>{k.data.party_index("c")});
  for (const Concession& x : k.analysis.concessions.blocked) {
    if (x.target[0] == aid) {
      EXPECT_FALSE(x.possible);
    }
  }
}

TEST(SoundRules, APartyWorseOffThanNoAgreementWouldNotSign) {
  // No agreement leaves land at south, which b wants (4 x 2 = 8). Every
  // package both deciders accept settles land on middle (b: accepted, 2 x 2 =
  // 4 < 8) or leaves it open (no one gains): no deal.
  Case k({{"a", stance("land", "    wants: [middle]\n    rules_out: [south]\n")},
          {"b", stance("land", "    wants: [south]\n    accepts: [middle]\n")}},
         {"a", "b"}, {{land, south}});
  EXPECT_EQ(k.pb.disagreement, (std::vector<int>{2 * -2, 2 * 4}));  // a: south ruled out, one step from middle
  EXPECT_TRUE(feasible(k.pb, {middle, kOpen}));
  EXPECT_FALSE(rational(k.pb, raw_utilities(k.pb, {middle, kOpen})));
  EXPECT_TRUE(k.analysis.deals.deals.empty());
  ASSERT_FALSE(k.analysis.verdict.collisions.empty());
  EXPECT_EQ(k.analysis.verdict.collisions[0].kind, Collision::below_no_agreement);
  EXPECT_EQ(k.analysis.verdict.collisions[0].slot, 1);
  // The words claim what was checked: the package with the largest sum of gains.
  EXPECT_EQ(collision_words(k.pb, k.analysis.verdict.collisions[0]),
            "no package the red lines and consents allow is one every party would sign; the one with the largest "
            "sum of gains leaves b worse off than no agreement");
}

// As above with c beside b: the package with the largest sum of gains
// (land.middle) leaves both b and c below no agreement (south). The verdict
// names them in one clause, not one "Also:" line repeating it per party.
TEST(SoundRules, PartiesBelowNoAgreementShareOneClauseOfTheVerdict) {
  Case k({{"a", stance("land", "    wants: [middle]\n    rules_out: [south]\n")},
          {"b", stance("land", "    wants: [south]\n    accepts: [middle]\n")},
          {"c", stance("land", "    wants: [south]\n    accepts: [middle]\n")}},
         {"a", "b", "c"}, {{land, south}});
  const Verdict& v = k.analysis.verdict;
  ASSERT_EQ(v.collisions.size(), 2u);
  EXPECT_EQ(v.collisions[0].kind, Collision::below_no_agreement);
  EXPECT_EQ(v.collisions[1].kind, Collision::below_no_agreement);
  const std::string clause =
      "no package the red lines and consents allow is one every party would sign; the one with the largest sum of "
      "gains leaves b and c worse off than no agreement";
  EXPECT_EQ(collision_clauses(k.pb, v.collisions), std::vector<std::string>{clause});
  EXPECT_EQ(verdict_headline(k.analysis), "No deal is possible among a, b, c as of 2025-06-01: " + clause + ".");
  std::ostringstream text;
  write_verdict_text(text, k.analysis);
  EXPECT_EQ(text.str().find("Also:"), std::string::npos) << text.str();
  // Each collision keeps its own words for the JSON.
  EXPECT_EQ(collision_words(k.pb, v.collisions[1]),
            "no package the red lines and consents allow is one every party would sign; the one with the largest "
            "sum of gains leaves c worse off than no agreement");
}

// The verdict says what became of its search for moves, so that no line of
// moves is never read as "no moves exist".
std::string verdict_text(const DealAnalysis& a) {
  std::ostringstream out;
  write_verdict_text(out, a);
  return out.str();
}

TEST(SoundRules, TheVerdictSaysItsMovesAreFoundAndProven) {
  Case k({{"a", stance("land", "    wants: [north]\n    accepts: [middle]\n    must_get: [north]\n")},
          {"b", stance("land", "    wants: [middle]\n    rules_out: [north]\n")}, {"c", ""}},
         {"a", "b", "c"});
  const Verdict& v = k.analysis.verdict;
  EXPECT_EQ(v.moves_search, Verdict::MovesSearch::found);
  EXPECT_TRUE(v.moves_proven);
  EXPECT_EQ(moves_search_words(v), "");
  EXPECT_NE(verdict_text(k.analysis).find("Cheapest moves towards a deal (cost"), std::string::npos);
}

TEST(SoundRules, NoMovesAreNeededWhenPackagesMeetEveryRedLineButNoneIsSigned) {
  Case k({{"a", stance("land", "    wants: [middle]\n    rules_out: [south]\n")},
          {"b", stance("land", "    wants: [south]\n    accepts: [middle]\n")}, {"c", ""}},
         {"a", "b", "c"}, {{land, south}});
  const Verdict& v = k.analysis.verdict;
  EXPECT_EQ(v.moves_search, Verdict::MovesSearch::not_needed);
  EXPECT_TRUE(v.cheapest_moves.empty());
  EXPECT_EQ(moves_search_words(v),
            "none is needed to meet the red lines, which packages already meet; no such package is one every party "
            "would sign");
  // The headline says why already: no line of moves in the text.
  EXPECT_EQ(verdict_text(k.analysis).find("Cheapest moves"), std::string::npos);
}

TEST(SoundRules, ARedLineOnlyAPartyNotComparedCanMeetHasNoMoves) {
  // a must get aid.yes, which only c decides, and c is not compared.
  Case k({{"a", stance("aid", "    wants: [yes]\n    must_get: [yes]\n")}, {"b", stance("aid", "    wants: [yes]\n")},
          {"c", ""}},
         {"a", "b"});
  const Verdict& v = k.analysis.verdict;
  EXPECT_FALSE(v.deal_possible);
  EXPECT_EQ(v.moves_search, Verdict::MovesSearch::none_possible);
  EXPECT_NE(verdict_text(k.analysis).find("  Cheapest moves towards a deal: none; whatever the compared parties do, the\n"
                                          "  catalog's rules or a party not compared stand in the way.\n"),
            std::string::npos)
      << verdict_text(k.analysis);
}

TEST(SoundRules, ADealSearchCutShortLeavesTheMovesNotFoundNotAbsent) {
  // The case above where no moves are needed, but the deal search of its one
  // group stopped: whether packages meet every red line is not known.
  Case k({{"a", stance("land", "    wants: [middle]\n    rules_out: [south]\n")},
          {"b", stance("land", "    wants: [south]\n    accepts: [middle]\n")}},
         {"a", "b"}, {{land, south}});
  DealsResult cut = k.analysis.deals;
  ASSERT_FALSE(cut.components.empty());
  for (ComponentDeals& cd : cut.components) cd.complete = false;
  cut.proven = false;
  const Verdict v = find_verdict(k.pb, cut, 1);
  EXPECT_EQ(v.moves_search, Verdict::MovesSearch::stopped);
  EXPECT_FALSE(v.moves_proven);
  EXPECT_EQ(moves_search_words(v),
            "not found; the search stopped at its time limit before it could tell (--time-limit gives it longer)");
}

TEST(SoundRules, AConditionThePackageMeetsIsAcceptance) {
  // b accepts land.north only if aid.yes; c decides aid and wants yes.
  Case k({{"a", stance("land", "    wants: [north]\n")},
          {"b", stance("land", "    wants: [middle]\n    conditional:\n      - accepts: [north]\n        if: [aid.yes]\n")},
          {"c", stance("aid", "    wants: [yes]\n")}},
         {"a", "b", "c"});
  EXPECT_FALSE(feasible(k.pb, {north, kOpen}));
  EXPECT_TRUE(feasible(k.pb, {north, yes}));
  EXPECT_EQ(k.pb.value(1, land, north), kNear);  // accepted on a met condition, one step from middle: 3
  ASSERT_FALSE(k.analysis.deals.deals.empty());
  EXPECT_EQ(k.analysis.deals.deals[0].package, (Package{north, yes}));
}

TEST(SoundRules, WhoWouldHaveToMoveIsTheSmallestSetsOfParties) {
  // land decided by a, b and c: north ruled out by a; middle by b and c;
  // south by a and b. Opening land needs a alone (north) or b and c (middle).
  const char* catalog = R"(issues:
  - id: land
    title: Land
    options:
      - id: north
        label: North
      - id: middle
        label: Middle
      - id: south
        label: South
)";
  Case k({{"a", stance("land", "    accepts: [middle]\n    rules_out: [north, south]\n")},
          {"b", stance("land", "    accepts: [north]\n    rules_out: [middle, south]\n")},
          {"c", stance("land", "    accepts: [north, south]\n    rules_out: [middle]\n")}},
         {"a", "b", "c"}, {}, catalog);
  ASSERT_EQ(k.analysis.concessions.blocking.size(), 1u);
  const auto& sets = k.analysis.concessions.blocking[0];
  ASSERT_EQ(sets.size(), 2u);
  EXPECT_EQ(sets[0].parties, std::vector<int>{0});
  EXPECT_EQ(sets[0].option, north);
  EXPECT_EQ(sets[1].parties, (std::vector<int>{1, 2}));
  EXPECT_EQ(sets[1].option, middle);
}

TEST(SoundRules, GradedValuesFallWithDistanceAndRefusalIsALoss) {
  const Catalog cat = parse_catalog(kCatalog, "catalog.yaml");
  Stance s;
  s.wants = OptionSet{1} << north;
  s.rules_out = OptionSet{1} << south;
  EXPECT_EQ(value_of(cat.issues[land], s, north), 4);   // wanted
  EXPECT_EQ(value_of(cat.issues[land], s, middle), 0);  // not mentioned
  EXPECT_EQ(value_of(cat.issues[land], s, south), -3);  // ruled out, 2 steps from north: -(1 + 2)
  s.accepts = OptionSet{1} << middle;
  EXPECT_EQ(value_of(cat.issues[land], s, middle), 3);  // accepted, one step from what it wants
  EXPECT_EQ(value_of(cat.issues[land], s, south), -2);  // ruled out, one step from middle
  Stance t;
  t.accepts = OptionSet{1} << yes;
  t.rules_out = OptionSet{1} << no;
  EXPECT_EQ(value_of(cat.issues[aid], t, yes), 2);   // accepted, unordered
  EXPECT_EQ(value_of(cat.issues[aid], t, no), -4);   // ruled out, unordered
}

TEST(SoundRules, EachKindOfMoveHasItsPrice) {
  // a: land red line (must get north; high would be 3, red line 4), wants
  // aid.yes (high, 3); b accepts land.middle only if aid.yes, rules out
  // north (medium, 2); c (aid's decider) says nothing of aid.no.
  Case k({{"a", stance("land", "    wants: [north]\n    must_get: [north]\n", "red_line") +
                    stance("aid", "    wants: [yes]\n", "high")},
          {"b", stance("land", "    rules_out: [north]\n    conditional:\n      - accepts: [middle]\n        if: [aid.yes]\n")},
          {"c", stance("aid", "    wants: [yes]\n")}},
         {"a", "b", "c"});
  // Lift: b stops ruling out north: 2 x (1 + 0/2)? b accepts middle (on a
  // condition), one step away: 2 x (1 + 1/2) = 3.
  EXPECT_DOUBLE_EQ(make_move(k.pb, Move::lift, 1, land, north).cost, 3);
  // Drop a condition: b gives up aid.yes, an issue it is silent on, so it
  // weighs what land weighs for b (2) x accepted (2) / 2 = 2.
  EXPECT_DOUBLE_EQ(make_move(k.pb, Move::drop_condition, 1, land, middle).cost, 2);
  // Consent: c (high? no: medium, 2) consents to aid.no: its weight, 2.
  EXPECT_DOUBLE_EQ(make_move(k.pb, Move::consent, 2, aid, no).cost, 2);
  // Crossing a red line costs 12 and is named as such.
  const Move cross = make_move(k.pb, Move::cross_red_line, 0, land, middle);
  EXPECT_DOUBLE_EQ(cross.cost, kRedLinePrice);
  EXPECT_TRUE(cross.red_line);
  // The drop cost of a condition that asks for a term the party wants at red
  // line: a, if it accepted something only if land.north, would give up
  // 4 (weight) x 4 (wanted) / 2 = 8, not a share of the accepted issue.
  Case k2({{"a", stance("land", "    wants: [north]\n", "red_line") +
                     stance("aid", "    wants: [yes]\n    conditional:\n      - accepts: [no]\n        if: [land.north]\n", "low")}},
          {"a"});
  EXPECT_DOUBLE_EQ(make_move(k2.pb, Move::drop_condition, 0, aid, no).cost, 8);
}

// The concession for `issue` in a case's analysis, or nullptr.
const Concession* concession_for(const Case& k, int issue) {
  for (const Concession& c : k.analysis.concessions.blocked)
    if (c.target[0] == issue) return &c;
  return nullptr;
}

TEST(SoundRules, RepointingAConditionCostsTheGapBetweenTheTermAskedAndTheTermGot) {
  // b (a decider of land) accepts land.middle only if aid.yes, which it wants
  // (high, 3), and accepts aid.no; c, aid's decider, wants no and rules out
  // yes (high); a wants middle and rules out north and south.
  Case k({{"a", stance("land", "    wants: [middle]\n    rules_out: [north, south]\n")},
          {"b", stance("land", "    conditional:\n      - accepts: [middle]\n        if: [aid.yes]\n") +
                    stance("aid", "    wants: [yes]\n    accepts: [no]\n", "high")},
          {"c", stance("aid", "    wants: [no]\n    rules_out: [yes]\n", "high")}},
         {"a", "b", "c"});
  // Re-pointed to aid.no: 3 (weight) x (4 wanted - 2 accepted) / 2 = 3;
  // dropping it gives up aid.yes: 3 x 4 / 2 = 6.
  const std::vector<Move> r = repoint_moves(k.pb, 1, land, middle, {middle, no});
  ASSERT_EQ(r.size(), 1u);
  EXPECT_EQ(r[0].kind, Move::repoint_condition);
  EXPECT_EQ(r[0].from, (Term{aid, yes}));
  EXPECT_EQ(r[0].to, (Term{aid, no}));
  EXPECT_DOUBLE_EQ(r[0].cost, 3);
  EXPECT_DOUBLE_EQ(make_move(k.pb, Move::drop_condition, 1, land, middle).cost, 6);
  // Nothing to re-point to while aid is open.
  EXPECT_TRUE(repoint_moves(k.pb, 1, land, middle, {middle, kOpen}).empty());
  // land is blocked (middle needs aid.yes, which c rules out); the cheapest
  // opening is the re-point (3), then a's lift of north or south with b's
  // consent: 2 x (1 + 1/2) + 2 = 5; the drop (6) and c's lift (6) come after.
  const Concession* c = concession_for(k, land);
  ASSERT_NE(c, nullptr);
  ASSERT_EQ(c->alternatives.size(), 3u);
  ASSERT_EQ(c->alternatives[0].moves.size(), 1u);
  EXPECT_EQ(c->alternatives[0].moves[0].kind, Move::repoint_condition);
  EXPECT_DOUBLE_EQ(c->alternatives[0].cost, 3);
  EXPECT_EQ(c->alternatives[0].package.whole(k.pb.issues), (Package{middle, no}));
  EXPECT_TRUE(c->alternatives[0].rational);
  EXPECT_DOUBLE_EQ(c->alternatives[1].cost, 5);
  EXPECT_DOUBLE_EQ(c->alternatives[2].cost, 5);
  // A term asked that the party only accepts: the gap is 0, the move still
  // costs half a weight. Re-pointing to a term it does not accept is no
  // re-point (that is a drop).
  Case k2({{"b", stance("land", "    conditional:\n      - accepts: [middle]\n        if: [aid.yes]\n") +
                     stance("aid", "    accepts: [yes, no]\n", "high")},
           {"c", stance("aid", "    wants: [no]\n")}},
          {"b", "c"});
  const std::vector<Move> r2 = repoint_moves(k2.pb, 0, land, middle, {middle, no});
  ASSERT_EQ(r2.size(), 1u);
  EXPECT_DOUBLE_EQ(r2[0].cost, 1.5);  // 3 x max(1, 2 - 2) / 2
  Case k3({{"b", stance("land", "    conditional:\n      - accepts: [middle]\n        if: [aid.yes]\n") +
                     stance("aid", "    accepts: [yes]\n", "high")},
           {"c", stance("aid", "    wants: [no]\n")}},
          {"b", "c"});
  EXPECT_TRUE(repoint_moves(k3.pb, 0, land, middle, {middle, no}).empty());
}

TEST(SoundRules, ConcessionsSayWhenTheOpenedPackageIsNoDeal) {
  // a must get land.north; b, a decider, wants south and rules out north;
  // without a deal land is south. The cheapest opening is b's lift of north,
  // 2 x (1 + 2/2) = 4, but it leaves b at 2 x -3 = -6 against d_b = 2 x 4 = 8:
  // not a deal, and b is named.
  Case k({{"a", stance("land", "    wants: [north]\n    must_get: [north]\n", "red_line")},
          {"b", stance("land", "    wants: [south]\n    rules_out: [north]\n")}},
         {"a", "b"}, {{land, south}});
  const Concession* c = concession_for(k, land);
  ASSERT_NE(c, nullptr);
  ASSERT_FALSE(c->alternatives.empty());
  EXPECT_DOUBLE_EQ(c->alternatives[0].cost, 4);
  EXPECT_EQ(c->alternatives[0].package.option(land), north);
  EXPECT_FALSE(c->alternatives[0].rational);
  EXPECT_EQ(c->alternatives[0].worse_off, (std::vector<int>{1}));
  // The verdict's cheapest moves are the same, and open no deal.
  ASSERT_FALSE(k.analysis.verdict.cheapest_moves.empty());
  EXPECT_FALSE(k.analysis.verdict.cheapest_moves[0].rational);
  EXPECT_FALSE(k.analysis.verdict.moves_open_a_deal);
}

TEST(SoundRules, OfTwoEqualCostOpeningsTheOneThatOpensADealComesFirst) {
  // aid is decided by c, which is silent: its consent to yes or to no costs
  // 1 either way. b rules out yes (not a veto, b does not decide aid), so
  // aid.yes leaves b at 2 x -4 below no agreement (0); aid.no leaves a at
  // 2 x 2 and b at 2 x 4. The deal comes first, although yes comes first in
  // catalog order.
  Case k({{"a", stance("aid", "    wants: [yes]\n    accepts: [no]\n")},
          {"b", stance("aid", "    wants: [no]\n    rules_out: [yes]\n")},
          {"c", ""}},
         {"a", "b", "c"});
  const Concession* c = concession_for(k, aid);
  ASSERT_NE(c, nullptr);
  ASSERT_EQ(c->alternatives.size(), 2u);
  EXPECT_DOUBLE_EQ(c->alternatives[0].cost, 1);
  EXPECT_EQ(c->alternatives[0].package.option(aid), no);
  EXPECT_TRUE(c->alternatives[0].rational);
  EXPECT_DOUBLE_EQ(c->alternatives[1].cost, 1);
  EXPECT_EQ(c->alternatives[1].package.option(aid), yes);
  EXPECT_FALSE(c->alternatives[1].rational);
  EXPECT_EQ(c->alternatives[1].worse_off, (std::vector<int>{1}));
}

TEST(SoundRules, FairnessIsTheNashProductOfGainsOverEveryParty) {
  // A package in which one party gains nothing ranks below any in which all
  // gain, whatever the sum.
  const DealProblem& pb = Case({{"a", stance("aid", "    wants: [yes]\n")}, {"b", stance("aid", "    wants: [yes]\n")}},
                               {"a", "b"}).pb;
  (void)pb;
  Score all_gain{2, std::log(0.1 * 0.1), 0.1, 0.2, true};
  Score one_zero{1, std::log(1.0), 0.0, 1.0, false};
  EXPECT_GT(compare_scores(all_gain, one_zero), 0);
}

TEST(SoundRules, OnRecordLensTreatsReportedStancesAsSilence) {
  Dataset data;
  data.catalog = parse_catalog(kCatalog, "catalog.yaml");
  data.parties.push_back(parse_party(
      "code: a\nname: a\nstances:\n" + stance("aid", "    wants: [yes]\n") +
          "    evidence:\n      - source: x.txt\n        date: 2025-01-01\n        quote: \"q\"\n        basis: reported\n",
      "a.yaml", data.catalog));
  const Table all = make_table(data, {0}, *Date::parse("2025-06-01"));
  const Table strict = make_table(data, {0}, *Date::parse("2025-06-01"), nullptr, true);
  EXPECT_NE(all.at[0][aid].stance, nullptr);
  EXPECT_EQ(strict.at[0][aid].stance, nullptr);
  EXPECT_NE(strict.set_aside[0][aid], nullptr);
}

}  // namespace
}  // namespace positions
