#include "term_graph.hpp"

#include <gtest/gtest.h>

#include "positions/load.hpp"
#include "test_support.hpp"

namespace positions {
namespace {

class TermGraphTest : public ::testing::Test {
 protected:
  Dataset data = load_dataset(test::fixture("small"));
  int party(const std::string& code) { return data.party_index(code); }
};

TEST_F(TermGraphTest, OneVertexPerTermInCatalogOrder) {
  TermModel m(data.catalog, nullptr);
  EXPECT_EQ(boost::num_vertices(m.graph()), 3u + 2u + 2u + 2u);
  EXPECT_EQ(m.vertex(Term{1, 1}), 4u);
  EXPECT_EQ(m.term(4), (Term{1, 1}));
}

TEST_F(TermGraphTest, RulesBecomeEdgesInTheirDirection) {
  TermModel m(data.catalog, nullptr);
  ASSERT_EQ(boost::num_edges(m.graph()), 2u);
  auto [it, end] = boost::out_edges(m.vertex(Term{2, 0}), m.graph());  // truce.now
  ASSERT_NE(it, end);
  EXPECT_EQ(m.graph()[*it].kind, EdgeKind::excludes);
  EXPECT_EQ(m.term(boost::target(*it, m.graph())), (Term{0, 0}));  // territory.north_all
  auto [it2, end2] = boost::out_edges(m.vertex(Term{2, 1}), m.graph());  // truce.after_withdrawal
  ASSERT_NE(it2, end2);
  EXPECT_EQ(m.graph()[*it2].kind, EdgeKind::needs);
}

TEST_F(TermGraphTest, ConditionalAcceptanceIsAPartyLabelledEdge) {
  Table t = make_table(data, {party("north"), party("south")}, *Date::parse("2024-07-01"));
  TermModel m(data.catalog, &t);
  ASSERT_EQ(boost::num_edges(m.graph()), 3u);
  auto [it, end] = boost::out_edges(m.vertex(Term{3, 1}), m.graph());  // aid.less
  ASSERT_NE(it, end);
  EXPECT_EQ(m.graph()[*it].kind, EdgeKind::conditional);
  EXPECT_EQ(m.graph()[*it].slot, 1);  // south
  EXPECT_EQ(m.term(boost::target(*it, m.graph())), (Term{2, 0}));  // if truce.now
}

TEST_F(TermGraphTest, ComponentsFollowRulesAndConditions) {
  TermModel catalog_only(data.catalog, nullptr);
  EXPECT_EQ(catalog_only.issue_components(),
            (std::vector<std::vector<int>>{{0, 2}, {1}, {3}}));
  Table t = make_table(data, {party("south")}, *Date::parse("2024-07-01"));
  TermModel with_south(data.catalog, &t);
  EXPECT_EQ(with_south.issue_components(), (std::vector<std::vector<int>>{{0, 2, 3}, {1}}));
}

}  // namespace
}  // namespace positions
