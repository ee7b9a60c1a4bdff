// The shipped data: it loads, and every stance cites a source report in
// ../shared/seeds with a quote that stands there word for word.
#include <gtest/gtest.h>

#include <filesystem>

#include "positions/load.hpp"
#include "test_support.hpp"

namespace positions {
namespace {

const Dataset& shipped() {
  static const Dataset d = load_dataset(test::source_path(""));
  return d;
}

TEST(ShippedData, EveryStanceCitesEvidence) {
  for (const auto& p : shipped().parties)
    for (const auto& s : p.stances)
      EXPECT_FALSE(s.evidence.empty()) << p.file << ":" << s.where.line << ": a stance with no evidence";
}

TEST(ShippedData, EveryQuoteAppearsVerbatimInItsSource) {
  const std::string seeds = POSITIONS_SEEDS_DIR;
  ASSERT_TRUE(std::filesystem::is_directory(seeds)) << "the source reports are expected in " << seeds;
  int quotes = 0;
  for (const auto& p : shipped().parties) {
    for (const auto& s : p.stances) {
      for (const auto& e : s.evidence) {
        const std::string path = seeds + "/" + e.source;
        ASSERT_TRUE(std::filesystem::is_regular_file(path)) << e.where.file << ":" << e.where.line
                                                            << ": no source file " << e.source;
        EXPECT_NE(test::read_file(path).find(e.quote), std::string::npos)
            << e.where.file << ":" << e.where.line << ": quote not found verbatim in " << e.source << ": "
            << e.quote;
        ++quotes;
      }
    }
  }
  EXPECT_GT(quotes, 20);
}

TEST(ShippedData, EvidenceIsNotDatedAfterItsStance) {
  for (const auto& p : shipped().parties)
    for (const auto& s : p.stances)
      for (const auto& e : s.evidence)
        EXPECT_LE(e.date.day, s.date) << e.where.file << ":" << e.where.line;
}

TEST(ShippedData, DatedScenariosOfTheIssue) {
  const Dataset& d = shipped();
  ASSERT_GE(d.scenario_index("after-election-2024"), 0);
  ASSERT_GE(d.scenario_index("budapest-2025"), 0);
  EXPECT_EQ(d.scenarios[d.scenario_index("after-election-2024")].date.year, 2024);
  EXPECT_EQ(d.scenarios[d.scenario_index("budapest-2025")].date.str().substr(0, 7), "2025-10");
}

TEST(ShippedData, CoversTheIssuesTheSourcesDiscuss) {
  for (const char* id : {"donetsk", "zaporizhzhia_kherson", "nato", "ceasefire", "dmz", "security_guarantees",
                         "long_range_weapons"})
    EXPECT_GE(shipped().catalog.issue_index(id), 0) << id;
}

}  // namespace
}  // namespace positions
