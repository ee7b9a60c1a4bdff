// The briefing model: the party graph's edges agree with compare's pairs, the
// contested issues are the ones the term graph must show, and the wording
// carries every stance's words.
#include "briefing.hpp"
#include "report.hpp"

#include <gtest/gtest.h>

#include "positions/load.hpp"
#include "test_support.hpp"

namespace positions {
namespace {

struct Analysed {
  Dataset data;
  Table table;
  TermModel model;
  Comparison comparison;
  Briefing briefing;

  Analysed(const std::string& dir, const std::vector<std::string>& codes, const std::string& scenario)
      : data(load_dataset(dir)),
        table(make(data, codes, scenario)),
        model(table.catalog(), &table),
        comparison(compare(table, model)),
        briefing(make_briefing(table, comparison, model, Lens{&data.scenarios[data.scenario_index(scenario)], false})) {}

  static Table make(const Dataset& data, const std::vector<std::string>& codes, const std::string& scenario) {
    std::vector<int> parties;
    for (const auto& c : codes) parties.push_back(data.party_index(c));
    const Scenario& s = data.scenarios[data.scenario_index(scenario)];
    return make_table(data, parties, s.date, &s);
  }
};

TEST(Briefing, EveryPairIsOneEdgeCarryingComparesFindings) {
  Analysed a(test::source_path(""), {"us", "ru", "ua", "eu"}, "budapest-2025");
  const Briefing& b = a.briefing;
  ASSERT_EQ(b.edges.size(), 6u);
  size_t k = 0;
  for (int x = 0; x < 4; ++x)
    for (int y = x + 1; y < 4; ++y, ++k) {
      EXPECT_EQ(b.edges[k].a, x);
      EXPECT_EQ(b.edges[k].b, y);
    }
  for (const auto& p : a.comparison.pairs) {
    const PartyEdge* e = nullptr;
    for (const auto& edge : b.edges)
      if (edge.a == p.a && edge.b == p.b) e = &edge;
    ASSERT_NE(e, nullptr);
    EXPECT_EQ(e->collide, p.collide);
    EXPECT_EQ(e->overlap, p.overlap);
    EXPECT_EQ(e->collide_weight, p.collide_weight);
  }
}

TEST(Briefing, CrossConflictsJoinTheirPartiesOnBothSides) {
  Analysed a(test::fixture("reports-small"), {"a", "b", "c"}, "winter-talks");
  const Briefing& b = a.briefing;
  // Both conflicts (truce.now x border.a_all; truce.later needs border.a_all) set a against b.
  EXPECT_EQ(b.edges[0].cross, (std::vector<int>{0, 1}));
  EXPECT_TRUE(b.edges[1].cross.empty());
  EXPECT_TRUE(b.edges[2].cross.empty());
}

TEST(Briefing, ContestedIssuesAreBlockedCollidingOrCrossLinked) {
  Analysed a(test::fixture("reports-small"), {"a", "b", "c"}, "winter-talks");
  const Catalog& cat = a.data.catalog;
  std::vector<std::string> ids;
  for (int i : a.briefing.contested) ids.push_back(cat.issues[i].id);
  // monitors: nobody spoke, so nothing to draw.
  EXPECT_EQ(ids, (std::vector<std::string>{"border", "truce", "aid"}));
  ASSERT_EQ(a.briefing.links.size(), 3u);
  EXPECT_EQ(a.briefing.links[2].kind, EdgeKind::conditional);
  EXPECT_EQ(a.briefing.links[2].slots, (std::vector<int>{2}));
  EXPECT_EQ(a.briefing.sources,
            (std::vector<std::string>{"alpha-speech.txt", "beta-briefing.txt", "gamma-note.txt", "wire-report.txt"}));
}

TEST(Briefing, EveryQuoteOfAStanceInForceIsCited) {
  Analysed a(test::source_path(""), {"us", "ru", "ua"}, "budapest-2025");
  const doc::Document d = briefing_document(a.briefing);
  size_t citations = 0, quotes = 0;
  for (const auto& block : d.blocks) citations += block.kind == doc::Block::Kind::citation;
  for (int s = 0; s < a.table.slots(); ++s)
    for (int i = 0; i < a.table.issues(); ++i)
      if (const Stance* st = a.table.at[s][i].stance) quotes += st->evidence.size();
  EXPECT_GT(quotes, 0u);
  EXPECT_EQ(citations, quotes);
}

}  // namespace
}  // namespace positions
