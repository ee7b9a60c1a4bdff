// The shipped what-if scenarios: built on the October 2025 lens, each shift
// with a rationale, and none of them changing a stated stance.
#include <gtest/gtest.h>

#include "positions/load.hpp"
#include "test_support.hpp"

namespace positions {

TEST(ShippedWhatIfs, AtLeastTwoBuildOnTheOctober2025Scenario) {
  const Dataset d = load_dataset(test::source_path(""));
  int direct = 0;
  for (const auto& sc : d.scenarios) {
    if (sc.builds_on.empty()) continue;
    EXPECT_EQ(sc.lineage.front(), "budapest-2025") << sc.name;
    direct += sc.builds_on == "budapest-2025";
    EXPECT_FALSE(sc.assume.empty()) << sc.name;
    for (const auto& a : sc.assume) {
      EXPECT_TRUE(a.stance.assumed);
      EXPECT_FALSE(a.stance.rationale.empty()) << sc.file << ":" << a.stance.where.line;
      EXPECT_TRUE(a.stance.evidence.empty()) << "an assumption cites nothing: " << sc.file;
    }
  }
  EXPECT_GE(direct, 2);
}

TEST(ShippedWhatIfs, TheDefaultLensStaysTheLatestDatedScenario) {
  test::CliResult r = test::run({"--data", test::source_path(""), "compare", "us", "ru", "ua"});
  EXPECT_EQ(r.code, 0) << r.err;
  EXPECT_EQ(r.out.rfind("Scenario  budapest-2025: ", 0), 0u) << r.out.substr(0, 200);
}

}  // namespace positions
