// list and compare on a data folder with what-ifs: assumed stances are
// marked as such in every output.
#include <gtest/gtest.h>

#include "test_support.hpp"

namespace positions::test {

TEST(ListCli, ShowsEachWhatIfsChain) {
  CliResult r = run({"--data", fixture("scenarios-basic"), "list"});
  EXPECT_EQ(r.code, 0) << r.err;
  EXPECT_NE(r.out.find("    what-if: late -> whatif-b-line (1 shift)\n"), std::string::npos) << r.out;
  EXPECT_NE(r.out.find("    what-if: late -> whatif-b-line -> whatif-truce -> whatif-b-back (3 shifts)\n"),
            std::string::npos)
      << r.out;
}

TEST(CompareWhatIf, TextMarksAssumedStancesWithTheirRationale) {
  CliResult r = run({"--data", fixture("scenarios-basic"), "compare", "a", "b", "--scenario", "whatif-truce"});
  EXPECT_EQ(r.code, 0) << r.err;
  EXPECT_NE(r.out.find("a (high, since 2024-07-01) ASSUMED: A needs a pause."), std::string::npos) << r.out;
  EXPECT_NE(r.out.find("b (red line, since 2024-07-01) ASSUMED: B is tired."), std::string::npos) << r.out;
}

TEST(CompareWhatIf, JsonMarksAssumedStancesWithTheirRationale) {
  CliResult r = run({"--data", fixture("scenarios-basic"), "compare", "a", "b", "--scenario", "whatif-truce",
                     "--format", "json"});
  EXPECT_EQ(r.code, 0) << r.err;
  EXPECT_NE(r.out.find("\"assumed\": true,\n          \"rationale\": \"A needs a pause.\""), std::string::npos)
      << r.out;
  EXPECT_NE(r.out.find("\"rationale\": \"B is tired.\""), std::string::npos);
}

TEST(CompareWhatIf, ABaseShowsNoAssumption) {
  CliResult r = run({"--data", fixture("scenarios-basic"), "compare", "a", "b", "--scenario", "late"});
  EXPECT_EQ(r.code, 0) << r.err;
  EXPECT_EQ(r.out.find("ASSUMED"), std::string::npos);
}

}  // namespace positions::test
