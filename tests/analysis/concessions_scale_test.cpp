// The concession search at a size brute force cannot reach: a component of
// 20 linked issues, every one to be settled, whose cheapest packages are too
// many to list (the direct phase of the search, docs/method.md).
#include <gtest/gtest.h>

#include <algorithm>
#include <filesystem>
#include <memory>

#include "concessions.hpp"
#include "positions/load.hpp"
#include "synthetic.hpp"
#include "test_support.hpp"

namespace positions {
namespace {

// A generated dataset's latest scenario, every party compared.
struct Generated {
  Dataset data;
  Table table;
  std::unique_ptr<TermModel> model;
  DealProblem pb;

  explicit Generated(const std::filesystem::path& dir) : data(load_dataset(dir)) {
    std::vector<int> all;
    for (int p = 0; p < static_cast<int>(data.parties.size()); ++p) all.push_back(p);
    table = make_table(data, all, data.scenarios.back().date, &data.scenarios.back());
    model = std::make_unique<TermModel>(table.catalog(), &table);
    pb = make_deal_problem(table, *model);
  }
};

TEST(ConcessionsAtScale, WholeTableOfTwentyLinkedIssuesIsProvenAtItsLowerBound) {
  const test::ScratchDir scratch("positions-concessions-scale");
  // positions-bench's "20 x 200, decided".
  synthetic::write_dataset({20, 200, 3, 60, 40, 0.2, 7, 1.0, 0.5, 0.3, 0.0}, scratch.path());
  const Generated g(scratch.path());
  const DealProblem& pb = g.pb;
  std::vector<int> largest;
  for (const auto& c : pb.components)
    if (c.size() > largest.size()) largest = c;
  ASSERT_EQ(largest.size(), 20u);

  // A lower bound on any package that settles every issue of the component:
  // per issue, the cheapest moves of an option, conditions and rules left out.
  double bound = 0;
  for (int i : largest) {
    double cheapest = 1e300;
    for (int o = 0; o < pb.options(i); ++o) {
      bool possible = true;
      double cost = 0;
      for (const Move& m : issue_moves(pb, i, o, possible)) cost += m.cost;
      if (possible) cheapest = std::min(cheapest, cost);
    }
    bound += cheapest;
  }

  // The listing phase alone does not finish here (more than 800,000 partial
  // packages of the cheapest cost); the direct phase does.
  const Concession c = concede(pb, largest, 3, 10);
  ASSERT_TRUE(c.complete);
  ASSERT_EQ(c.alternatives.size(), 3u);
  EXPECT_NEAR(c.alternatives[0].cost, bound, 1e-9);  // reached: no package is cheaper
  for (size_t k = 0; k < c.alternatives.size(); ++k) {
    if (k > 0) {
      EXPECT_GE(c.alternatives[k].cost, c.alternatives[k - 1].cost - 1e-9);
    }
    for (int i : largest) EXPECT_NE(c.alternatives[k].package.option(i), kOpen) << "alternative " << k << ", issue " << i;
    for (size_t j = 0; j < k; ++j)
      EXPECT_FALSE(std::includes(c.alternatives[k].moves.begin(), c.alternatives[k].moves.end(),
                                 c.alternatives[j].moves.begin(), c.alternatives[j].moves.end()))
          << "alternative " << k << " holds " << j;
  }
  const ConcessionsResult whole = find_concessions(pb, {3, 10});
  EXPECT_TRUE(whole.whole_table.complete);
  EXPECT_EQ(whole.whole_table.alternatives.size(), 3u);
}

// Each alternative keeps only the terms its component's package settles (a
// whole-table package per alternative made the memory quadratic in issues):
// positions-bench's growth at 800 issues, many small components.
TEST(ConcessionsAtScale, AnAlternativeHoldsOnlyTheTermsOfItsComponent) {
  const test::ScratchDir scratch("positions-concessions-parts");
  synthetic::write_dataset({20, 800, 3, 120, 40, 0.2, 7}, scratch.path());
  const Generated g(scratch.path());
  const DealProblem& pb = g.pb;
  std::vector<int> component_of(pb.issues, -1);
  for (size_t c = 0; c < pb.components.size(); ++c)
    for (int i : pb.components[c]) component_of[i] = static_cast<int>(c);
  const ConcessionsResult k = find_concessions(pb, {3, 10});
  ASSERT_GT(k.blocked.size(), 100u);
  size_t terms = 0;
  for (const Concession& c : k.blocked) {
    const int target = c.target.at(0);
    for (const MoveSet& m : c.alternatives) {
      EXPECT_NE(m.package.option(target), kOpen) << "issue " << target;
      for (int other : {0, target + 1, pb.issues - 1})
        if (other < pb.issues && component_of[other] != component_of[target]) {
          EXPECT_EQ(m.package.option(other), kOpen);
        }
      EXPECT_TRUE(std::is_sorted(m.package.terms.begin(), m.package.terms.end()));
      for (Term t : m.package.terms) {
        EXPECT_EQ(component_of[t.issue], component_of[target]) << "issue " << target << " settles " << t.issue;
        EXPECT_EQ(m.package.whole(pb.issues)[t.issue], t.option);
      }
      terms += m.package.terms.size();
    }
  }
  size_t most = 0;
  for (const auto& c : pb.components) most = std::max(most, c.size());
  EXPECT_LE(terms, k.blocked.size() * 3 * most);
}

}  // namespace
}  // namespace positions
