// What-if scenarios layered over several levels: late <- whatif-b-line <-
// whatif-truce <- whatif-b-back (tests/fixtures/scenarios-basic).
#include <gtest/gtest.h>

#include "positions/load.hpp"
#include "table.hpp"
#include "test_support.hpp"

namespace positions {

namespace {

class WhatIf : public ::testing::Test {
 protected:
  Dataset data = load_dataset(test::fixture("scenarios-basic"));
  int a = data.party_index("a"), b = data.party_index("b"), c = data.party_index("c");
  int land = data.catalog.issue_index("land"), truce = data.catalog.issue_index("truce");

  const Scenario& scenario(const char* name) { return data.scenarios[data.scenario_index(name)]; }
  Table table(const char* name, std::vector<int> parties) {
    const Scenario& sc = scenario(name);
    return make_table(data, parties, sc.date, &sc);
  }
  OptionSet options(int issue, std::initializer_list<const char*> ids) {
    OptionSet set = 0;
    for (const char* id : ids) set |= OptionSet{1} << data.catalog.issues[issue].option_index(id);
    return set;
  }
};

}  // namespace

TEST_F(WhatIf, InheritsDateAndPartiesFromItsBase) {
  EXPECT_EQ(scenario("whatif-truce").date, scenario("late").date);
  EXPECT_EQ(scenario("whatif-truce").parties, scenario("late").parties);
  // A level may set its own.
  EXPECT_EQ(scenario("whatif-b-back").date, *Date::parse("2024-08-01"));
  EXPECT_EQ(scenario("whatif-b-back").parties, (std::vector<int>{a, b}));
}

TEST_F(WhatIf, LineageRunsFromTheDatedBase) {
  EXPECT_EQ(scenario("whatif-b-back").lineage,
            (std::vector<std::string>{"late", "whatif-b-line", "whatif-truce", "whatif-b-back"}));
  EXPECT_EQ(scenario("late").lineage, (std::vector<std::string>{"late"}));
}

TEST_F(WhatIf, EachLevelAddsItsShiftToThoseBelow) {
  Table t = table("whatif-truce", {a, b, c});
  // Level 1 (whatif-b-line): b's land stance.
  ASSERT_TRUE(t.at[1][land].stance->assumed);
  EXPECT_EQ(t.at[1][land].wants(), options(land, {"line"}));
  EXPECT_EQ(t.at[1][land].stance->rationale, "B is tired.");
  // Level 2 (whatif-truce): a's truce stance.
  ASSERT_TRUE(t.at[0][truce].stance->assumed);
  EXPECT_EQ(t.at[0][truce].wants(), options(truce, {"now"}));
  // Untouched: stated stances as of the date.
  EXPECT_FALSE(t.at[0][land].stance->assumed);
  EXPECT_FALSE(t.at[2][land].stance->assumed);
}

TEST_F(WhatIf, AHigherLevelOverridesALowerOneOnTheSameStance) {
  Table t = table("whatif-b-back", {a, b});
  ASSERT_TRUE(t.at[1][land].stance->assumed);
  EXPECT_EQ(t.at[1][land].wants(), options(land, {"b_all"}));
  EXPECT_EQ(t.at[1][land].stance->rationale, "A truce emboldens B.");
  EXPECT_TRUE(t.at[0][truce].stance->assumed);  // level 2 still applies
}

TEST_F(WhatIf, ABaseIsUntouchedByTheWhatIfsOnIt) {
  Table t = table("late", {a, b});
  EXPECT_FALSE(t.at[1][land].stance->assumed);
  EXPECT_EQ(t.at[1][land].wants(), options(land, {"b_all"}));
}

TEST_F(WhatIf, AssumptionsWithoutPriorityTakeThatOfTheStanceTheyReplace) {
  // b's stated land stance is a red line; whatif-b-line gives no priority.
  EXPECT_EQ(table("whatif-b-line", {b}).at[0][land].stance->priority, Priority::red_line);
  // whatif-b-back replaces the assumed stance of whatif-b-line, and inherits its priority.
  EXPECT_EQ(table("whatif-b-back", {b}).at[0][land].stance->priority, Priority::red_line);
  // Given explicitly, it is kept.
  EXPECT_EQ(table("whatif-truce", {a}).at[0][truce].stance->priority, Priority::high);
}

TEST_F(WhatIf, AssumedStancesAreDatedByTheirScenarioAndCiteNothing) {
  const Stance* s = table("whatif-b-back", {a}).at[0][truce].stance;
  EXPECT_EQ(s->date, scenario("whatif-truce").date);
  EXPECT_TRUE(s->evidence.empty());
}

TEST_F(WhatIf, ScenariosAreOrderedByDateWithWhatIfsAfterTheirBase) {
  EXPECT_EQ(data.scenario_names(),
            (std::vector<std::string>{"early", "late", "whatif-b-line", "whatif-truce", "whatif-b-back"}));
}

}  // namespace positions
