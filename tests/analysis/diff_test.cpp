// What moved between two scenarios (tests/fixtures/scenarios-basic).
#include "diff.hpp"
#include "positions/analysis.hpp"

#include <gtest/gtest.h>

#include "positions/load.hpp"
#include "test_support.hpp"

namespace positions {

namespace {

class Diff : public ::testing::Test {
 protected:
  Dataset data = load_dataset(test::fixture("scenarios-basic"));
  int a = data.party_index("a"), b = data.party_index("b"), c = data.party_index("c");
  int land = data.catalog.issue_index("land"), truce = data.catalog.issue_index("truce");
  const Scenario& scenario(const char* name) { return data.scenarios[data.scenario_index(name)]; }
};

}  // namespace

TEST(SameTerms, ARestatementOnALaterDayIsNoMove) {
  Stance x, y;
  x.wants = y.wants = 1;
  x.date = *Date::parse("2024-01-01");
  y.date = *Date::parse("2025-01-01");
  y.evidence.push_back({});
  EXPECT_TRUE(same_terms(&x, &y));
  EXPECT_TRUE(same_terms(nullptr, nullptr));
}

TEST(SameTerms, PriorityTermsConditionsAndAssumingAreMoves) {
  Stance x;
  x.wants = 1;
  Stance y = x;
  y.priority = Priority::red_line;
  EXPECT_FALSE(same_terms(&x, &y));
  y = x;
  y.rules_out = 2;
  EXPECT_FALSE(same_terms(&x, &y));
  y = x;
  y.conditional.push_back({4, {Term{1, 0}}, {}});
  EXPECT_FALSE(same_terms(&x, &y));
  y = x;
  y.assumed = true;
  EXPECT_FALSE(same_terms(&x, &y));
  EXPECT_FALSE(same_terms(&x, nullptr));
}

TEST(PartiesInBoth, KeepsTheFirstScenariosOrder) {
  Scenario x, y;
  x.parties = {3, 1, 2};
  y.parties = {2, 3, 5};
  EXPECT_EQ(parties_in_both(x, y), (std::vector<int>{3, 2}));
}

TEST_F(Diff, ListsEachMovedStanceWithBothSides) {
  const ScenarioDiff d = diff_scenarios(data, scenario("early"), scenario("late"), {a, b});
  ASSERT_EQ(d.stances.size(), 3u);
  // a's land stance narrowed: the line became acceptable, a red line.
  EXPECT_EQ(d.stances[0].slot, 0);
  EXPECT_EQ(d.stances[0].issue, land);
  EXPECT_EQ(d.stances[0].from->date, *Date::parse("2024-01-10"));
  EXPECT_EQ(d.stances[0].to->date, *Date::parse("2024-06-01"));
  // a spoke on the truce only later: from silence.
  EXPECT_EQ(d.stances[1].slot, 0);
  EXPECT_EQ(d.stances[1].issue, truce);
  EXPECT_EQ(d.stances[1].from, nullptr);
  // b's truce stance dates from 2024-03-01, after early.
  EXPECT_EQ(d.stances[2].slot, 1);
  EXPECT_EQ(d.stances[2].issue, truce);
  EXPECT_EQ(d.stances[2].from, nullptr);
}

TEST_F(Diff, ReportsIssuesThatOpenedAndWhoNoLongerBlocks) {
  const ScenarioDiff d = diff_scenarios(data, scenario("early"), scenario("late"), {a, b});
  ASSERT_EQ(d.issues.size(), 1u);
  EXPECT_EQ(d.issues[0].issue, land);
  EXPECT_EQ(d.issues[0].from.status, IssueStatus::blocked);
  // Early, a rules out line and b_all, b rules out a_all: either alone could
  // open land (a by lifting b_all, which b wants; b by lifting a_all).
  EXPECT_EQ(d.issues[0].from.blocked_by, (std::vector<std::vector<int>>{{0}, {1}}));
  // Late, a accepts line, which b (a decider, with its red line on b_all)
  // has not accepted: land waits for b's consent.
  EXPECT_EQ(d.issues[0].to.status, IssueStatus::needs_consent);
}

TEST_F(Diff, ReportsConflictsThatAppearedAndVanished) {
  const ScenarioDiff d = diff_scenarios(data, scenario("early"), scenario("late"), {a, b});
  ASSERT_EQ(d.appeared.size(), 1u);
  EXPECT_EQ(d.appeared[0].a, (Term{truce, 0}));
  EXPECT_TRUE(d.vanished.empty());
  const ScenarioDiff back = diff_scenarios(data, scenario("late"), scenario("early"), {a, b});
  EXPECT_EQ(back.vanished.size(), 1u);
  EXPECT_TRUE(back.appeared.empty());
}

TEST_F(Diff, AConflictHeldByOtherPartiesIsRegroupedNotVanishedAndAppeared) {
  // In late b wants truce.now against a's land.a_all; in whatif-truce a wants the truce too.
  const ScenarioDiff d = diff_scenarios(data, scenario("late"), scenario("whatif-truce"), {a, b});
  EXPECT_TRUE(d.appeared.empty());
  EXPECT_TRUE(d.vanished.empty());
  ASSERT_EQ(d.regrouped.size(), 1u);
  EXPECT_EQ(d.regrouped[0].first.by_a, (std::vector<int>{1}));
  EXPECT_EQ(d.regrouped[0].second.by_a, (std::vector<int>{0, 1}));
}

TEST_F(Diff, AWhatIfMovesOnlyTheAssumedStances) {
  const ScenarioDiff d = diff_scenarios(data, scenario("late"), scenario("whatif-truce"), {a, b, c});
  ASSERT_EQ(d.stances.size(), 2u);
  EXPECT_TRUE(d.stances[0].to->assumed);  // a's truce
  EXPECT_EQ(d.stances[0].issue, truce);
  EXPECT_TRUE(d.stances[1].to->assumed);  // b's land, from the level below
  EXPECT_EQ(d.stances[1].issue, land);
}

TEST_F(Diff, AScenarioAgainstItselfMovesNothing) {
  const ScenarioDiff d = diff_scenarios(data, scenario("whatif-b-back"), scenario("whatif-b-back"), {a, b});
  EXPECT_TRUE(d.stances.empty());
  EXPECT_TRUE(d.issues.empty());
  EXPECT_TRUE(d.appeared.empty());
  EXPECT_TRUE(d.vanished.empty());
}

}  // namespace positions
