// Hand-checked deals and concessions on the "deals-swap" fixture: valley
// (ordered: east_all, line, west_all), coast (ordered: east_keeps, returned),
// truce (at_line, none), aid (more, less). Rule: truce.at_line excludes
// valley.east_all. East accepts coast.returned only if valley.east_all.
// Weights: east valley 4 (red line), coast 3, aid 1; west valley 3, coast 2,
// truce 3, aid 2; broker truce 2.
// The cases that pinned the old utilities (0.5 per accepted option, no
// consent, no red lines per option) moved, rewritten for the sound rules of
// issue 10, to sound_rules_test.cpp.
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
