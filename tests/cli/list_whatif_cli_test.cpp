// positions list on a data folder with what-ifs.
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

}  // namespace positions::test
