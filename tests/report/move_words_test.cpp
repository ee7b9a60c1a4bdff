// A move reads the same wherever it is said: move_line() names it by code and
// id with its cost (compare, deals) or by name and term code without one (the
// briefing). One case per kind, in both namings.
#include <gtest/gtest.h>

#include <memory>

#include "concessions.hpp"
#include "positions/load.hpp"
#include "wording.hpp"

namespace positions {
namespace {

enum { land, aid, talks };
enum { north, middle, south };
enum { yes, no };

struct Moves : ::testing::Test {
  Dataset data;
  Table table;
  std::unique_ptr<TermModel> model;
  DealProblem pb;

  Moves() {
    data.catalog = parse_catalog(
        "issues:\n"
        "  - id: land\n    title: Land\n    ordered: true\n    options:\n"
        "      - id: north\n        label: N\n      - id: middle\n        label: M\n      - id: south\n        label: S\n"
        "  - id: aid\n    title: Aid\n    options:\n"
        "      - id: yes\n        label: Y\n      - id: no\n        label: N\n"
        "  - id: talks\n    title: Talks\n    options:\n"
        "      - id: now\n        label: Now\n      - id: later\n        label: Later\n",
        "catalog.yaml");
    auto stance = [](const std::string& issue, const std::string& body, const std::string& priority) {
      return "  - issue: " + issue + "\n    date: 2025-01-01\n    priority: " + priority + "\n" + body;
    };
    auto party = [&](const std::string& code, const std::string& name, const std::string& stances) {
      data.parties.push_back(
          parse_party("code: " + code + "\nname: " + name + "\nstances:\n" + stances, code + ".yaml", data.catalog));
    };
    party("a", "Alpha",
          stance("land", "    wants: [north]\n    accepts: [middle]\n    rules_out: [south]\n    must_get: [north]\n",
                 "medium"));
    party("b", "Beta",
          stance("land",
                 "    conditional:\n      - accepts: [middle]\n        if: [aid.yes]\n"
                 "      - accepts: [middle]\n        if: [aid.no, talks.now]\n",
                 "medium") +
              stance("aid", "    wants: [yes]\n    accepts: [no]\n", "high"));
    party("c", "Gamma", stance("aid", "    wants: [yes]\n    rules_out: [no]\n", "low"));
    table = make_table(data, {0, 1, 2}, *Date::parse("2025-06-01"));
    model = std::make_unique<TermModel>(data.catalog, &table);
    pb = make_deal_problem(table, *model);
  }

  std::string ids(const Move& m) const { return move_words(pb, m); }
  std::string plain(const Move& m) const { return doc::plain(move_line(pb, m, Naming::plain)); }
  std::string cost(const Move& m) const { return "cost " + fixed(m.cost); }
};

TEST_F(Moves, ALiftOnAnOrderedScaleSaysThePriorityAndTheSteps) {
  const Move m = make_move(pb, Move::lift, 0, land, south);
  EXPECT_EQ(ids(m), "a on land: from ruling out south to accepting it; " + cost(m) +
                        " (medium, 1 step from what it accepts)");
  EXPECT_EQ(plain(m), "Alpha stops ruling out land.south (medium priority, 1 step from what it accepts)");
  const Move u = make_move(pb, Move::lift, 2, aid, no);
  EXPECT_EQ(ids(u), "c on aid: from ruling out no to accepting it; " + cost(u) + " (low)");
  EXPECT_EQ(plain(u), "Gamma stops ruling out aid.no (low priority)");
}

TEST_F(Moves, ADroppedConditionNamesItsAlternatives) {
  const Move m = make_move(pb, Move::drop_condition, 1, land, middle);
  EXPECT_EQ(ids(m), "b on land: from accepting middle only if aid.yes or aid.no and talks.now to accepting it "
                    "without that; " + cost(m) + " (what it gives up)");
  EXPECT_EQ(plain(m), "Beta accepts land.middle without its condition (aid.yes or aid.no and talks.now)");
}

TEST_F(Moves, ARepointedConditionNamesBothTerms) {
  Move m;
  m.kind = Move::repoint_condition;
  m.slot = 1, m.issue = land, m.option = middle, m.cost = 3;
  m.from = {aid, yes}, m.to = {aid, no};
  EXPECT_EQ(ids(m), "b on land: from accepting middle only if aid.yes to accepting it if aid.no instead; cost 3.00 "
                    "(what it gives up)");
  EXPECT_EQ(plain(m), "Beta accepts land.middle if aid.no instead of if aid.yes");
}

TEST_F(Moves, AConsentSaysWhetherThePartySpokeOfTheIssue) {
  const Move m = make_move(pb, Move::consent, 1, land, north);
  EXPECT_EQ(ids(m), "b on land: consents to north, which it had not accepted; " + cost(m));
  EXPECT_EQ(plain(m), "Beta gives its consent to land.north (it had not accepted it)");
  const Move s = make_move(pb, Move::consent, 2, land, north);
  EXPECT_EQ(ids(s), "c on land: consents to north (it has said nothing of the issue); " + cost(s));
  EXPECT_EQ(plain(s), "Gamma gives its consent to land.north (it has said nothing of the issue)");
}

TEST_F(Moves, ACrossedRedLineSaysWhatThePackageDoesThere) {
  const Move m = make_move(pb, Move::cross_red_line, 0, land, south);
  EXPECT_EQ(ids(m), "a on land: CROSSES ITS RED LINE (must get land.north; the package settles it on south); cost "
                    "12.00");
  EXPECT_EQ(plain(m), "Alpha crosses its red line on Land (the package settles it on land.south)");
  const Move o = make_move(pb, Move::cross_red_line, 0, land, kOpen);
  EXPECT_EQ(ids(o), "a on land: CROSSES ITS RED LINE (must get land.north; the package leaves the issue open); cost "
                    "12.00");
  EXPECT_EQ(plain(o), "Alpha crosses its red line on Land (the package leaves it open)");
}

TEST_F(Moves, AMoveSetSummaryGroupsEachPartysMovesByKind) {
  MoveSet ms;
  Move repoint;
  repoint.kind = Move::repoint_condition;
  repoint.slot = 1, repoint.issue = aid, repoint.option = no, repoint.cost = 1;
  ms.moves = {make_move(pb, Move::cross_red_line, 0, land, south), make_move(pb, Move::consent, 1, land, north),
              make_move(pb, Move::drop_condition, 1, land, middle), repoint,
              make_move(pb, Move::lift, 2, aid, no)};
  EXPECT_EQ(move_set_summary(pb, ms),
            "Alpha crosses its red line on “Land”; "
            "Beta accepts “M” without its condition, accepts “N” on another condition and gives its consent to "
            "“N”; Gamma stops ruling out “N” (low priority)");
}

TEST_F(Moves, TermsAreCodeSpansInPlainWords) {
  const doc::Line l = move_line(pb, make_move(pb, Move::lift, 2, aid, no), Naming::plain);
  std::vector<std::string> codes;
  for (const doc::Span& s : l)
    if (s.kind == doc::Span::Kind::code) codes.push_back(s.text);
  EXPECT_EQ(codes, std::vector<std::string>{"aid.no"});
}

}  // namespace
}  // namespace positions
