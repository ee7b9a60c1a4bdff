// Stance selection by date: a scenario takes each party's latest stance on or
// before its date.
#include "table.hpp"

#include <gtest/gtest.h>

#include "positions/load.hpp"
#include "test_support.hpp"

namespace positions {

namespace {

Date day(const char* text) { return *Date::parse(text); }

class StanceByDate : public ::testing::Test {
 protected:
  // Party a speaks on land on 2024-01-10 and 2024-06-01 (see the fixture).
  Dataset data = load_dataset(test::fixture("scenarios-basic"));
  const Party& a = data.parties[data.party_index("a")];
  int land = data.catalog.issue_index("land");
};

}  // namespace

TEST_F(StanceByDate, BeforeTheFirstStanceThePartyIsSilent) {
  EXPECT_EQ(stance_as_of(a, land, day("2024-01-09")), nullptr);
  Table t = make_table(data, {data.party_index("a")}, day("2024-01-09"));
  EXPECT_TRUE(t.at[0][land].silent());
}

TEST_F(StanceByDate, OnTheDayTheStanceIsInForce) {
  const Stance* s = stance_as_of(a, land, day("2024-01-10"));
  ASSERT_NE(s, nullptr);
  EXPECT_EQ(s->date, day("2024-01-10"));
  const Stance* later = stance_as_of(a, land, day("2024-06-01"));
  ASSERT_NE(later, nullptr);
  EXPECT_EQ(later->date, day("2024-06-01"));
}

TEST_F(StanceByDate, BetweenTwoStancesTheEarlierHolds) {
  const Stance* s = stance_as_of(a, land, day("2024-05-31"));
  ASSERT_NE(s, nullptr);
  EXPECT_EQ(s->date, day("2024-01-10"));
  EXPECT_EQ(s->priority, Priority::high);
  Table t = make_table(data, {data.party_index("a")}, day("2024-05-31"));
  EXPECT_EQ(t.at[0][land].stance, s);
}

TEST_F(StanceByDate, AfterTheLastStanceItStaysInForce) {
  const Stance* s = stance_as_of(a, land, day("2030-01-01"));
  ASSERT_NE(s, nullptr);
  EXPECT_EQ(s->date, day("2024-06-01"));
  EXPECT_EQ(s->priority, Priority::red_line);
}

TEST_F(StanceByDate, AnIssueThePartyNeverAddressedStaysSilent) {
  EXPECT_EQ(stance_as_of(a, data.catalog.issue_index("aid"), day("2030-01-01")), nullptr);
}

}  // namespace positions
