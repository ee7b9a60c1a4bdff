// The fairest deal against an independent MILP of the same problem solved by
// COIN-OR CBC (tools/milp/deal_milp.hpp), on random instances far larger than
// brute force reaches (4 to 8 parties, 20 to 60 issues, with rules, deciders,
// conditions and a few red lines: more, and no package is feasible): the
// engine's first deal has as many parties gaining as any package gives, and
// among those the largest Nash product; where no package is a deal, the
// engine lists none. And the whole-table concession against the MILP of
// the same moves.
#include <gtest/gtest.h>

#include <cmath>
#include <cstdio>
#include <random>

#include "concessions.hpp"
#include "deal_milp.hpp"
#include "deals.hpp"
#include "random_dataset.hpp"
#include "test_support.hpp"

namespace positions {
namespace {

// Larger than brute force reaches, with few red lines and conditions: with
// more, no package is feasible and the comparison checks little.
test::RandomShape large_shape() {
  test::RandomShape shape;
  shape.issues_min = 20, shape.issues_max = 60;
  shape.rules_max = 15;
  shape.parties_min = 4, shape.parties_max = 8;
  shape.silent = 0.3;
  shape.red_line = 0.004;
  shape.priority_max = Priority::high;
  shape.conditions_kept = 0.3;
  return shape;
}

TEST(DealsMatchMilp, FirstDealIsTheMilpOptimumOnLargeRandomInstances) {
  ASSERT_TRUE(milp::cbc_available()) << "the MILP reference needs COIN-OR CBC's `cbc` program: "
                                     << milp::kCbcMissing;
  test::ScratchDir dir("positions-milp");
  const int instances = 60;
  int compared = 0, with_deals = 0, everyone_gains = 0, not_proven = 0, solves = 0;
  for (int seed = 1; seed <= instances; ++seed) {
    SCOPED_TRACE("seed " + std::to_string(seed));
    std::mt19937 rng(static_cast<unsigned>(seed));
    const Dataset data = test::random_dataset(rng, large_shape());
    std::vector<int> slots;
    for (int p = 0; p + 1 < static_cast<int>(data.parties.size()); ++p) slots.push_back(p);  // never the outsider
    const Table table = make_table(data, slots, *Date::parse("2025-06-01"), &data.scenarios[0]);
    const TermModel model(data.catalog, &table);
    const DealProblem pb = make_deal_problem(table, model);
    const DealsResult got = find_deals(pb, {3, 10});
    if (!got.proven) {
      std::printf("MILP differential test: seed %d not compared, the engine's ranking is NOT proven\n", seed);
      ++not_proven;
      continue;
    }
    const milp::DealMilp ref = milp::solve_fairest_deal(pb, dir.path().string(), 60);
    ASSERT_NE(ref.status, milp::DealMilp::failed) << ref.error;
    solves += ref.solves;
    ++compared;
    EXPECT_EQ(ref.counted, got.counted);
    if (ref.status == milp::DealMilp::infeasible || ref.positive == 0) {
      EXPECT_TRUE(got.deals.empty()) << "the MILP has no package that is feasible, individually rational and gives "
                                        "some party a gain; the engine lists a deal";
      continue;
    }
    EXPECT_TRUE(feasible(pb, ref.package)) << "the MILP's package breaks a hard constraint of the engine's";
    EXPECT_EQ(raw_utilities(pb, ref.package), ref.raw) << "the MILP's sums differ from the engine's";
    EXPECT_TRUE(rational(pb, ref.raw));
    const Score milp_score = score(pb, got.counted, ref.raw);
    EXPECT_EQ(milp_score.positive, ref.positive);
    EXPECT_NEAR(milp_score.log_nash, ref.log_nash, 1e-9 * (1 + std::abs(ref.log_nash)));
    ASSERT_FALSE(got.deals.empty()) << "the MILP's package is a deal (" << ref.positive
                                    << " parties gain); the engine lists none";
    const Score& first = got.deals[0].score;
    EXPECT_EQ(first.positive, ref.positive) << "parties that gain in the engine's first deal, and at most";
    EXPECT_NEAR(first.log_nash, ref.log_nash, 1e-6 * (1 + std::abs(ref.log_nash)))
        << "the engine's first deal against the MILP optimum";
    ++with_deals;
    everyone_gains += first.all_positive;
  }
  std::printf("MILP differential test: %d of %d instances compared, %d with a deal (%d where every counted "
              "party gains), %d cbc runs; %d not proven\n",
              compared, instances, with_deals, everyone_gains, solves, not_proven);
  EXPECT_LE(not_proven, instances / 10) << "the engine proves too few rankings for the comparison to mean much";
  EXPECT_GE(everyone_gains, instances / 4) << "too few instances have a deal where every party gains: the "
                                              "comparison checks little";
}

// The second half of the exactness claim: the whole-table concession (the
// cheapest moves after which a package settling every issue meets the hard
// rules) costs what the MILP of the same moves finds.
TEST(DealsMatchMilp, WholeTableConcessionIsTheMilpOptimumOnLargeRandomInstances) {
  ASSERT_TRUE(milp::cbc_available()) << "the MILP reference needs COIN-OR CBC's `cbc` program: "
                                     << milp::kCbcMissing;
  test::ScratchDir dir("positions-milp");
  const int instances = 30;
  int compared = 0, needed = 0, impossible = 0, not_proven = 0;
  for (int seed = 1; seed <= instances; ++seed) {
    SCOPED_TRACE("seed " + std::to_string(seed));
    std::mt19937 rng(static_cast<unsigned>(seed));
    test::RandomShape shape = large_shape();
    shape.issues_min = 12, shape.issues_max = 25;
    shape.outsider = 0;  // an issue only an outsider can decide: no package settles every issue
    const Dataset data = test::random_dataset(rng, shape);
    std::vector<int> slots;
    for (int p = 0; p + 1 < static_cast<int>(data.parties.size()); ++p) slots.push_back(p);  // never the outsider
    const Table table = make_table(data, slots, *Date::parse("2025-06-01"), &data.scenarios[0]);
    const TermModel model(data.catalog, &table);
    const DealProblem pb = make_deal_problem(table, model);
    const Concession whole = find_concessions(pb, {1, 2}).whole_table;
    if (!whole.complete) {
      std::printf("MILP differential test: seed %d not compared, the whole-table concession is NOT proven\n", seed);
      ++not_proven;
      continue;
    }
    const milp::WholeTableMilp ref = milp::solve_whole_table(pb, dir.path().string(), 60);
    ASSERT_NE(ref.status, milp::WholeTableMilp::failed) << ref.error;
    ++compared;
    EXPECT_EQ(whole.possible, ref.status == milp::WholeTableMilp::optimal);
    if (ref.status != milp::WholeTableMilp::optimal) {
      ++impossible;
      continue;
    }
    EXPECT_EQ(whole.needed, ref.cost > 1e-9) << "cbc's cheapest cost " << ref.cost;
    if (!whole.needed || !whole.possible) continue;
    ++needed;
    ASSERT_FALSE(whole.alternatives.empty());
    EXPECT_NEAR(whole.alternatives[0].cost, ref.cost, 1e-6 * (1 + ref.cost)) << "the engine's cheapest moves against cbc's";
  }
  std::printf("MILP differential test: %d of %d whole-table concessions compared (%d needing moves, %d impossible); "
              "%d not proven\n",
              compared, instances, needed, impossible, not_proven);
  EXPECT_LE(not_proven, instances / 10) << "the engine proves too few for the comparison to mean much";
  EXPECT_GE(needed, instances / 4) << "too few instances need moves: the comparison checks little";
}

}  // namespace
}  // namespace positions
