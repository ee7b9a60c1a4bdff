// The same parties through every scenario (tests/fixtures/scenarios-basic).
#include "across.hpp"
#include "wording.hpp"

#include <gtest/gtest.h>

#include "positions/load.hpp"
#include "test_support.hpp"

namespace positions {

namespace {

class AcrossScenarios : public ::testing::Test {
 protected:
  Dataset data = load_dataset(test::fixture("scenarios-basic"));
  int a = data.party_index("a"), b = data.party_index("b"), c = data.party_index("c");
  int land = data.catalog.issue_index("land"), truce = data.catalog.issue_index("truce");

  static std::vector<std::string> names(const Across& x) {
    std::vector<std::string> out;
    for (const auto& col : x.columns) out.push_back(col.scenario->name);
    return out;
  }
};

}  // namespace

TEST_F(AcrossScenarios, OneColumnPerScenarioAllThePartiesTakePartIn) {
  const Across x = compare_across(data, {a, b, c}, 10);
  EXPECT_EQ(names(x), (std::vector<std::string>{"late", "whatif-b-line", "whatif-truce"}));
  ASSERT_EQ(x.skipped.size(), 2u);
  EXPECT_EQ(x.skipped[0].scenario->name, "early");
  EXPECT_EQ(x.skipped[0].missing, (std::vector<int>{c}));
  EXPECT_EQ(x.skipped[1].scenario->name, "whatif-b-back");
}

TEST_F(AcrossScenarios, AWhatIfIsReadAgainstItsBaseADatedScenarioAgainstThePreviousDatedOne) {
  const Across x = compare_across(data, {a, b}, 10);
  ASSERT_EQ(names(x), (std::vector<std::string>{"early", "late", "whatif-b-line", "whatif-truce", "whatif-b-back"}));
  EXPECT_EQ(x.columns[0].reference, -1);
  EXPECT_EQ(x.columns[1].reference, 0);
  EXPECT_EQ(x.columns[2].reference, 1);
  EXPECT_EQ(x.columns[3].reference, 2);
  EXPECT_EQ(x.columns[4].reference, 3);
}

TEST_F(AcrossScenarios, CellsCarryStatusBlockersAndAssumptions) {
  const Across x = compare_across(data, {a, b}, 10);
  EXPECT_EQ(x.columns[0].issues[land].status, IssueStatus::blocked);
  EXPECT_EQ(x.columns[0].issues[land].blocked_by, (std::vector<std::vector<int>>{{0}, {1}}));
  EXPECT_FALSE(x.columns[0].issues[land].assumed);
  EXPECT_EQ(x.columns[2].issues[land].status, IssueStatus::agreement);
  EXPECT_TRUE(x.columns[2].issues[land].assumed);
}

TEST_F(AcrossScenarios, EachColumnNamesItsFairestDeal) {
  const Across x = compare_across(data, {a, b}, 10);
  EXPECT_EQ(best_deal_words(x.columns[0].table, x.columns[0].deals), "no deal found");
  EXPECT_EQ(best_deal_words(x.columns[2].table, x.columns[2].deals),
            "land.line; open: truce, aid; utility a 0.50, b 0.57");
}

TEST_F(AcrossScenarios, ChangesListWhatOpenedAndClosed) {
  const Across x = compare_across(data, {a, b}, 10);
  ASSERT_EQ(x.changes.size(), 4u);
  EXPECT_EQ(x.changes[0].column, 1);  // early -> late: land unblocked
  EXPECT_EQ(x.changes[0].issue, land);
  EXPECT_EQ(x.changes[2].column, 3);  // whatif-b-line -> whatif-truce: a truce agreed
  EXPECT_EQ(x.changes[2].issue, truce);
  EXPECT_EQ(x.changes[2].to.status, IssueStatus::agreement);
  EXPECT_EQ(x.changes[3].column, 4);  // whatif-b-back: the land agreement closes again
  EXPECT_EQ(x.changes[3].from.status, IssueStatus::agreement);
  EXPECT_EQ(x.changes[3].to.status, IssueStatus::needs_consent);  // b no longer accepts line
}

}  // namespace positions
