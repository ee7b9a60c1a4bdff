#include "compare.hpp"

#include <gtest/gtest.h>

#include "positions/load.hpp"
#include "test_support.hpp"

namespace positions {
namespace {

// Fixture "small": territory (ordered: north_all, split, south_all), alliance
// (join, neutral), truce (now, after_withdrawal), aid (more, less).
// Rules: truce.now excludes territory.north_all; truce.after_withdrawal
// requires territory.north_all.
class CompareTest : public ::testing::Test {
 protected:
  Dataset data = load_dataset(test::fixture("small"));

  Comparison run(const std::vector<std::string>& codes, const char* date) {
    std::vector<int> parties;
    for (const auto& c : codes) parties.push_back(data.party_index(c));
    table = make_table(data, parties, *Date::parse(date));
    model = std::make_unique<TermModel>(data.catalog, &table);
    return compare(table, *model);
  }

  Table table;
  std::unique_ptr<TermModel> model;
};

TEST_F(CompareTest, AgreementNeedsEveryPartyToAccept) {
  // Summer: north accepts the split, south accepts it, the mediator wants it.
  Comparison c = run({"north", "south", "mediator"}, "2024-07-01");
  const IssueFinding& territory = c.issues[0];
  EXPECT_EQ(territory.status, IssueStatus::agreement);
  EXPECT_TRUE(territory.options[1].agreed);
  EXPECT_EQ(territory.options[1].wanted_by, (std::vector<int>{2}));
  EXPECT_EQ(territory.options[1].accepted_by, (std::vector<int>{0, 1}));
  EXPECT_FALSE(territory.options[0].agreed);
}

TEST_F(CompareTest, BlockedWhenEveryOptionIsRuledOut) {
  // Winter: north rules out split and south_all, south rules out north_all.
  Comparison c = run({"north", "south"}, "2024-02-15");
  const IssueFinding& territory = c.issues[0];
  EXPECT_EQ(territory.status, IssueStatus::blocked);
  EXPECT_EQ(territory.options[0].ruled_out_by, (std::vector<int>{1}));
  EXPECT_EQ(territory.options[1].ruled_out_by, (std::vector<int>{0}));
  EXPECT_EQ(territory.options[2].ruled_out_by, (std::vector<int>{0}));
}

TEST_F(CompareTest, ASilentPartyLeavesOptionsOpenAndWithoutItsConsent) {
  // The mediator says nothing on alliance or aid; the catalog names no
  // deciders, so every compared party decides: its silence is no consent.
  Comparison c = run({"north", "mediator"}, "2024-07-01");
  const IssueFinding& alliance = c.issues[1];
  EXPECT_EQ(alliance.silent, (std::vector<int>{1}));
  EXPECT_EQ(alliance.status, IssueStatus::needs_consent);
  EXPECT_FALSE(alliance.options[1].agreed);  // neutral: wanted by north only
  EXPECT_EQ(alliance.options[1].open_for, (std::vector<int>{1}));
  EXPECT_EQ(alliance.options[1].needs_consent, (std::vector<int>{1}));
  const IssueFinding& aid = c.issues[3];
  EXPECT_EQ(aid.silent, (std::vector<int>{0, 1}));
  EXPECT_EQ(aid.options[0].open_for, (std::vector<int>{0, 1}));
}

TEST_F(CompareTest, AConditionalAcceptanceIsAgreedTogetherWithItsAgreedCondition) {
  // South alone: it wants truce.now, so that term is agreed, and its
  // acceptance of aid.less only if truce.now is agreement together with it.
  Comparison c = run({"south"}, "2024-07-01");
  EXPECT_TRUE(c.issues[2].options[0].agreed);
  const OptionFinding& less = c.issues[3].options[1];
  EXPECT_EQ(less.conditional_by, (std::vector<int>{0}));
  EXPECT_TRUE(less.agreed);
  EXPECT_EQ(less.together_with, (std::vector<Term>{{2, 0}}));
  EXPECT_FALSE(less.blocked);
}

TEST_F(CompareTest, RequiresChainBlocksThroughTheRule) {
  // South rules out territory.north_all; truce.after_withdrawal requires it,
  // so after_withdrawal is blocked, though nobody rules it out, and the block
  // names the rule and the term south rules out.
  Comparison c = run({"north", "south", "mediator"}, "2024-07-01");
  const OptionFinding& after = c.issues[2].options[1];
  EXPECT_TRUE(after.blocked);
  EXPECT_TRUE(after.ruled_out_by.empty());
  ASSERT_EQ(after.via_rules.size(), 1u);
  EXPECT_EQ(after.via_rules[0].slot, 1);
  EXPECT_EQ(after.via_rules[0].root, (Term{0, 0}));
  EXPECT_EQ(after.via_rules[0].rule, 1);
  EXPECT_FALSE(after.agreed);
  Comparison without_south = run({"north", "mediator"}, "2024-07-01");
  EXPECT_FALSE(without_south.issues[2].options[1].blocked);
}

TEST_F(CompareTest, CrossIssueConflictsThroughExcludesAndRequires) {
  Comparison c = run({"north", "south", "mediator"}, "2024-07-01");
  ASSERT_EQ(c.cross.size(), 2u);
  EXPECT_EQ(c.cross[0].kind, ConflictKind::excludes);
  EXPECT_EQ(c.cross[0].a, (Term{2, 0}));  // truce.now, wanted by south and the mediator
  EXPECT_EQ(c.cross[0].by_a, (std::vector<int>{1, 2}));
  EXPECT_EQ(c.cross[0].b, (Term{0, 0}));  // territory.north_all, wanted by north
  EXPECT_EQ(c.cross[0].by_b, (std::vector<int>{0}));
  EXPECT_EQ(c.cross[1].kind, ConflictKind::needs);
  EXPECT_EQ(c.cross[1].by_a, (std::vector<int>{0}));
  EXPECT_EQ(c.cross[1].by_b, (std::vector<int>{1}));
}

TEST(CompareConditions, AcceptanceWhoseConditionIsRuledOutBlocksTheTerm) {
  // b accepts aid.less only if truce.now; a rules out truce.now. Like the
  // deal search, compare then counts aid.less as blocked, by a, through b's
  // condition: not as possible.
  Dataset d;
  d.catalog = parse_catalog(R"(issues:
  - {id: truce, title: T, options: [{id: now, label: N}, {id: later, label: L}]}
  - {id: aid, title: A, options: [{id: more, label: M}, {id: less, label: L}]}
)", "catalog.yaml");
  d.parties.push_back(parse_party("code: a\nname: A\nstances:\n"
                                  "  - {issue: truce, date: 2024-01-01, rules_out: [now], priority: high}\n",
                                  "a.yaml", d.catalog));
  d.parties.push_back(parse_party("code: b\nname: B\nstances:\n"
                                  "  - issue: aid\n    date: 2024-01-01\n    wants: [more]\n    priority: low\n"
                                  "    conditional: [{accepts: [less], if: [truce.now]}]\n",
                                  "b.yaml", d.catalog));
  Table t = make_table(d, {0, 1}, *Date::parse("2024-02-01"));
  TermModel m(d.catalog, &t);
  Comparison c = compare(t, m);
  const OptionFinding& less = c.issues[1].options[1];
  EXPECT_TRUE(less.blocked);
  ASSERT_EQ(less.via_rules.size(), 1u);
  EXPECT_EQ(less.via_rules[0].slot, 0);
  EXPECT_EQ(less.via_rules[0].condition_of, 1);
  EXPECT_EQ(less.via_rules[0].needed, (Term{0, 0}));
  EXPECT_EQ(less.via_rules[0].rule, -1);
  EXPECT_FALSE(c.issues[1].options[0].blocked);
  ASSERT_EQ(c.cross.size(), 1u);
  EXPECT_EQ(c.cross[0].kind, ConflictKind::condition);
}

TEST_F(CompareTest, ConditionOnARuledOutTermIsAConflict) {
  // North rules out nothing on the truce; make a table where the condition
  // truce.now is ruled out: nobody does in the fixture, so no condition conflict.
  Comparison c = run({"north", "south"}, "2024-07-01");
  for (const auto& x : c.cross) EXPECT_NE(x.kind, ConflictKind::condition);
}

TEST_F(CompareTest, PairClosenessIsPriorityWeighted) {
  // Winter, north vs south: territory collides (red line 4 / red line 4 -> 4),
  // alliance collides (north rules out the join south wants; 3 / 3 -> 3), the
  // truce is apart (north wants after_withdrawal, south wants now, neither
  // rules out the other's; 2 / 3 -> 2.5). Aid: north silent, not counted.
  Comparison c = run({"north", "south"}, "2024-02-15");
  ASSERT_EQ(c.pairs.size(), 1u);
  const PairFinding& p = c.pairs[0];
  EXPECT_EQ(p.collide, (std::vector<int>{0, 1}));
  EXPECT_EQ(p.apart, (std::vector<int>{2}));
  EXPECT_DOUBLE_EQ(p.total_weight, 9.5);
  EXPECT_DOUBLE_EQ(*p.closeness, -7.0 / 9.5);
  // Summer: north moves to high and accepts the split: territory overlaps
  // (3 + 4) / 2 = 3.5; alliance still collides (3): (3.5 - 3) / 9.
  Comparison s = run({"north", "south"}, "2024-07-01");
  EXPECT_EQ(s.pairs[0].overlap, (std::vector<int>{0}));
  EXPECT_DOUBLE_EQ(*s.pairs[0].closeness, (3.5 - 3.0) / 9.0);
}

TEST_F(CompareTest, PairsAreOrderedClosestFirst) {
  Comparison c = run({"north", "south", "mediator"}, "2024-07-01");
  ASSERT_EQ(c.pairs.size(), 3u);
  EXPECT_GE(*c.pairs[0].closeness, *c.pairs[1].closeness);
  EXPECT_GE(*c.pairs[1].closeness, *c.pairs[2].closeness);
  EXPECT_EQ(c.pairs[2].a, 0);
  EXPECT_EQ(c.pairs[2].b, 1);
}

TEST_F(CompareTest, NoSharedIssueMeansNoCloseness) {
  Comparison c = run({"north", "mediator"}, "2024-01-31");  // mediator's first stance is 2024-02-01
  EXPECT_FALSE(c.pairs[0].closeness.has_value());
}

}  // namespace
}  // namespace positions
