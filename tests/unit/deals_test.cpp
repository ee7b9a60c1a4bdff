// Hand-checked deals and concessions on the "deals-swap" fixture: valley
// (ordered: east_all, line, west_all), coast (ordered: east_keeps, returned),
// truce (at_line, none), aid (more, less). Rule: truce.at_line excludes
// valley.east_all. East accepts coast.returned only if valley.east_all.
// Weights: east valley 4 (red line), coast 3, aid 1; west valley 3, coast 2,
// truce 3, aid 2; broker truce 2.
#include <gtest/gtest.h>

#include "concessions.hpp"
#include "deal_analysis.hpp"
#include "positions/load.hpp"
#include "test_support.hpp"

namespace positions {
namespace {

enum { valley, coast, truce, aid };

class DealsTest : public ::testing::Test {
 protected:
  Dataset data = load_dataset(test::fixture("deals-swap"));

  const DealProblem& problem(const std::vector<std::string>& codes) {
    std::vector<int> parties;
    for (const auto& c : codes) parties.push_back(data.party_index(c));
    table = make_table(data, parties, *Date::parse("2025-03-01"));
    model = std::make_unique<TermModel>(data.catalog, &table);
    pb = make_deal_problem(table, *model);
    return pb;
  }

  Table table;
  std::unique_ptr<TermModel> model;
  DealProblem pb;
};

TEST_F(DealsTest, UtilityIsThePriorityWeightedShareOfWhatEachPartyWants) {
  problem({"east", "west", "broker"});
  // west: valley.line wanted (3 x 1), truce.at_line wanted (3 x 1), of 10.
  const Package x = {1, kOpen, 0, kOpen};
  const std::vector<int> raw = raw_utilities(pb, x);
  EXPECT_DOUBLE_EQ(utility(pb, 1, raw[1]), 0.6);
  EXPECT_DOUBLE_EQ(utility(pb, 2, raw[2]), 1.0);
  EXPECT_DOUBLE_EQ(utility(pb, 0, raw[0]), 0.0);
  // east accepts coast.returned on its condition: half of weight 3, of 8.
  const Package swap = {0, 1, kOpen, 0};
  EXPECT_DOUBLE_EQ(utility(pb, 0, raw_utilities(pb, swap)[0]), (4 * 1.0 + 3 * 0.5) / 8);
}

TEST_F(DealsTest, ConditionalAcceptanceHoldsOnlyWithItsCondition) {
  problem({"east", "broker"});  // west, who rules out valley.east_all, is absent
  EXPECT_TRUE(feasible(pb, {0, 1, kOpen, kOpen}));       // the swap
  EXPECT_FALSE(feasible(pb, {1, 1, kOpen, kOpen}));      // coast back without the valley
  EXPECT_FALSE(feasible(pb, {kOpen, 1, kOpen, kOpen}));  // nor with the valley open
}

TEST_F(DealsTest, CrossIssueRuleAndRuledOutOptionsBindEveryPackage) {
  problem({"east", "broker"});
  EXPECT_FALSE(feasible(pb, {0, kOpen, 0, kOpen}));  // truce.at_line excludes valley.east_all
  EXPECT_FALSE(feasible(pb, {2, kOpen, kOpen, kOpen}));  // east rules out west_all
  EXPECT_TRUE(feasible(pb, {1, kOpen, 0, kOpen}));
}

TEST_F(DealsTest, FairestDealFirstAndOnlyParetoEfficientOnes) {
  const DealsResult r = find_deals(problem({"east", "west", "broker"}), {10, 10});
  ASSERT_TRUE(r.proven);
  ASSERT_EQ(r.deals.size(), 2u);
  // Deal 1 gives east its aid wish: 0.125 x 0.6 x 1 = 0.075.
  EXPECT_EQ(r.deals[0].package, (Package{1, kOpen, 0, 1}));
  EXPECT_NEAR(r.deals[0].score.nash(), 0.075, 1e-12);
  // Deal 2 trades it for west's: east gets nothing, west 0.8.
  EXPECT_EQ(r.deals[1].package, (Package{1, kOpen, 0, 0}));
  EXPECT_EQ(r.deals[1].score.nash(), 0.0);
  EXPECT_EQ(r.most_settled, 3);
  EXPECT_FALSE(r.settles_everything());
}

TEST_F(DealsTest, SilentPartyIsShownButLeftOutOfTheScore) {
  // broker speaks only on truce; alone with east, truce is its only issue.
  const DealsResult r = find_deals(problem({"east", "broker"}), {10, 10});
  ASSERT_FALSE(r.deals.empty());
  EXPECT_TRUE(r.counted[0]);
  EXPECT_TRUE(r.counted[1]);
  Dataset quiet = data;
  quiet.parties[quiet.party_index("broker")].stances.clear();
  data = quiet;
  const DealsResult q = find_deals(problem({"east", "broker"}), {10, 10});
  EXPECT_FALSE(q.counted[1]);
  EXPECT_GT(q.deals[0].score.nash(), 0.0);  // broker's zero does not zero the product
}

TEST_F(DealsTest, MoveCostGrowsWithPriorityAndDistanceOnOrderedScales) {
  problem({"east", "west", "broker"});
  // west (high, 3) lifts valley.east_all; it accepts line, one step of two.
  const Move lift = make_move(pb, Move::lift, 1, valley, 0);
  EXPECT_DOUBLE_EQ(lift.cost, 3 * 1.5);
  EXPECT_EQ(lift.distance, 1);
  EXPECT_FALSE(lift.red_line);
  // east (red line, 4) lifts valley.west_all: two steps from east_all.
  const Move red = make_move(pb, Move::lift, 0, valley, 2);
  EXPECT_DOUBLE_EQ(red.cost, 4 * 2.0);
  EXPECT_TRUE(red.red_line);
  // truce is unordered: any lift costs twice the weight.
  EXPECT_DOUBLE_EQ(make_move(pb, Move::lift, 2, truce, 1).cost, 2 * 2.0);
  // dropping east's condition on the coast: half its weight 3.
  EXPECT_DOUBLE_EQ(make_move(pb, Move::drop_condition, 0, coast, 1).cost, 1.5);
}

TEST_F(DealsTest, CheapestConcessionsForABlockedIssueNoneInsideAnother) {
  const ConcessionsResult c = find_concessions(problem({"east", "west", "broker"}), {3, 10});
  ASSERT_EQ(c.blocked.size(), 1u);
  const Concession& k = c.blocked[0];
  EXPECT_EQ(k.target, (std::vector<int>{coast}));
  ASSERT_EQ(k.alternatives.size(), 3u);
  EXPECT_DOUBLE_EQ(k.alternatives[0].cost, 1.5);  // east drops its condition
  EXPECT_EQ(k.alternatives[0].moves[0].kind, Move::drop_condition);
  EXPECT_DOUBLE_EQ(k.alternatives[1].cost, 4.0);  // west lifts coast.east_keeps
  EXPECT_DOUBLE_EQ(k.alternatives[2].cost, 4.5);  // west lifts valley.east_all: the swap
  EXPECT_EQ(k.alternatives[2].package[coast], 1);
  EXPECT_TRUE(c.whole_table.needed);
  EXPECT_DOUBLE_EQ(c.whole_table.alternatives[0].cost, 1.5);
}

TEST_F(DealsTest, RulesAloneCanMakeATargetImpossible) {
  Dataset d = data;
  // truce.none now requires valley.east_all, which excludes truce.none: no
  // move opens truce.none, but truce.at_line still settles the issue.
  Rule r;
  r.term = {truce, 1};
  r.kind = RuleKind::needs;
  r.other = {valley, 0};
  d.catalog.rules.push_back(r);
  Rule r2;
  r2.term = {valley, 0};
  r2.kind = RuleKind::excludes;
  r2.other = {truce, 1};
  d.catalog.rules.push_back(r2);
  data = d;
  problem({"broker"});
  const Concession c = concede(pb, {truce}, 3, 10);
  // at_line is still possible, so truce is not blocked at all.
  EXPECT_FALSE(c.needed);
  // Then truce.at_line needs both aid options: nothing settles the truce,
  // and no party's move can, since rules never move.
  Dataset e = d;
  Rule r3;
  r3.term = {truce, 0};
  r3.kind = RuleKind::needs;
  r3.other = {aid, 0};
  Rule r4;
  r4.term = {truce, 0};
  r4.kind = RuleKind::needs;
  r4.other = {aid, 1};
  e.catalog.rules.push_back(r3);
  e.catalog.rules.push_back(r4);
  data = e;
  problem({"broker"});
  const Concession none = concede(pb, {truce}, 3, 10);
  EXPECT_FALSE(none.possible);
}

}  // namespace
}  // namespace positions
