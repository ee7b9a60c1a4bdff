// Bad what-if scenarios: every message names the file, line and column, and
// the command exits 1 having analysed nothing.
#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>
#include <map>

#include "test_support.hpp"

namespace positions::test {

namespace fs = std::filesystem;

namespace {

// A data folder with the parties of tests/fixtures/scenarios-basic and the
// given scenario files; removed when the test ends.
class ScenarioErrors : public ::testing::Test {
 protected:
  void SetUp() override {
    fs::create_directories(dir_ / "scenarios");
    fs::copy(fixture("scenarios-basic/positions"), dir_ / "positions");
    write("late", "title: Late\ndate: 2024-07-01\nparties: [a, b]\n");
  }

  void write(const std::string& name, const std::string& text) {
    std::ofstream(dir_ / "scenarios" / (name + ".yaml")) << text;
  }

  // stderr of `positions list`, with the folder written as DATA.
  std::string errors() {
    CliResult r = run({"--data", dir_.string(), "list"});
    EXPECT_EQ(r.code, 1);
    EXPECT_EQ(r.out, "");
    std::string err = r.err;
    const std::string prefix = dir_.string();
    for (size_t at; (at = err.find(prefix)) != std::string::npos;) err.replace(at, prefix.size(), "DATA");
    return err;
  }

  const test::ScratchDir scratch_{"positions-scenario-errors"};
  const fs::path& dir_ = scratch_.path();
};

const std::string kOne = "positions: 1 problem found; nothing was analysed\n";

}  // namespace

TEST_F(ScenarioErrors, UnknownBaseSuggestsOne) {
  write("x", "title: X\nbuilds_on: lat\n");
  EXPECT_EQ(errors(),
            "DATA/scenarios/x.yaml:2:12: scenario 'x' builds on 'lat', which is not a scenario\nbuilds_on: lat\n           ^\n"
            "  hint: did you mean 'late'?\n" + kOne);
}

TEST_F(ScenarioErrors, AScenarioBuildingOnItselfNamesTheChain) {
  write("s", "title: S\nbuilds_on: s\n");
  EXPECT_EQ(errors(),
            "DATA/scenarios/s.yaml:2:12: scenario 's' builds on itself: s -> s\nbuilds_on: s\n           ^\n"
            "  hint: a what-if builds on a dated scenario, directly or through other what-ifs\n" + kOne);
}

TEST_F(ScenarioErrors, ACycleThroughOthersIsReportedAtEachScenarioOnIt) {
  write("a", "title: A\nbuilds_on: b\n");
  write("b", "title: B\nbuilds_on: c\n");
  write("c", "title: C\nbuilds_on: a\n");
  write("d", "title: D, building on the cycle\nbuilds_on: a\n");
  const std::string hint = "  hint: a what-if builds on a dated scenario, directly or through other what-ifs\n";
  EXPECT_EQ(errors(),
            "DATA/scenarios/a.yaml:2:12: scenario 'a' builds on itself: a -> b -> c -> a\n"
            "builds_on: b\n           ^\n" + hint +
            "DATA/scenarios/b.yaml:2:12: scenario 'b' builds on itself: b -> c -> a -> b\n"
            "builds_on: c\n           ^\n" + hint +
            "DATA/scenarios/c.yaml:2:12: scenario 'c' builds on itself: c -> a -> b -> c\n"
            "builds_on: a\n           ^\n" + hint +
            "positions: 3 problems found; nothing was analysed\n");
}

TEST_F(ScenarioErrors, ABrokenBaseIsReportedOnceAtTheBase) {
  write("x", "title: X\nbuilds_on: nowhere\n");
  write("y", "title: Y\nbuilds_on: x\n");
  EXPECT_EQ(errors(),
            "DATA/scenarios/x.yaml:2:12: scenario 'x' builds on 'nowhere', which is not a scenario\n"
            "builds_on: nowhere\n"
            "           ^\n"
            "  hint: scenarios: late, x, y\n" + kOne);
}

TEST_F(ScenarioErrors, UnknownPartyInAnAssumption) {
  write("x", "title: X\nbuilds_on: late\nassume:\n  - party: bb\n    issue: land\n    wants: [line]\n"
             "    rationale: why\n");
  EXPECT_EQ(errors(),
            "DATA/scenarios/x.yaml:4:12: unknown party 'bb' in an assumption\n  - party: bb\n           ^\n"
            "  hint: did you mean 'b'?\n" + kOne);
}

TEST_F(ScenarioErrors, UnknownIssueInAnAssumption) {
  write("x", "title: X\nbuilds_on: late\nassume:\n  - party: b\n    issue: lnd\n    wants: [line]\n"
             "    rationale: why\n");
  EXPECT_EQ(errors(),
            "DATA/scenarios/x.yaml:5:12: unknown issue 'lnd' in an assumption\n    issue: lnd\n           ^\n"
            "  hint: did you mean 'land'?\n" + kOne);
}

TEST_F(ScenarioErrors, UnknownOptionInAnAssumption) {
  write("x", "title: X\nbuilds_on: late\nassume:\n  - party: b\n    issue: land\n    wants: [lin]\n"
             "    accepts: [b_all]\n    rationale: why\n");
  EXPECT_EQ(errors(),
            "DATA/scenarios/x.yaml:6:13: unknown option 'lin' for issue 'land'\n    wants: [lin]\n            ^\n"
            "  hint: did you mean 'line'?\n" + kOne);
}

TEST_F(ScenarioErrors, AssumedPartyMustTakePartInTheScenario) {
  write("x", "title: X\nbuilds_on: late\nassume:\n  - party: c\n    issue: land\n    wants: [line]\n"
             "    rationale: why\n");
  EXPECT_EQ(errors(),
            "DATA/scenarios/x.yaml:4:5: party 'c' does not take part in scenario 'x'\n  - party: c\n    ^\n"
            "  hint: its parties: a, b; add it to 'parties' or shift another party\n" + kOne);
}

TEST_F(ScenarioErrors, AnAssumptionNeedsARationale) {
  write("x", "title: X\nbuilds_on: late\nassume:\n  - party: b\n    issue: land\n    wants: [line]\n");
  EXPECT_EQ(errors(),
            "DATA/scenarios/x.yaml:4:5: missing key 'rationale' in an assumption; expected one line: why an "
            "analyst asks this what-if\n"
            "  - party: b\n"
            "    ^\n" + kOne);
}

TEST_F(ScenarioErrors, TwoAssumptionsOnTheSamePartyAndIssue) {
  write("x", "title: X\nbuilds_on: late\nassume:\n"
             "  - party: b\n    issue: land\n    wants: [line]\n    rationale: one\n"
             "  - party: b\n    issue: land\n    accepts: [line]\n    rationale: two\n");
  EXPECT_EQ(errors(),
            "DATA/scenarios/x.yaml:8:5: a second assumption on party 'b' and issue 'land'\n  - party: b\n    ^\n"
            "  hint: the first is at line 4; a what-if shifts each party's stance on an issue once\n" + kOne);
}

TEST_F(ScenarioErrors, AssumeWithoutBuildsOn) {
  write("x", "title: X\ndate: 2024-07-01\nparties: [a]\nassume:\n  - party: a\n");
  EXPECT_EQ(errors(),
            "DATA/scenarios/x.yaml:4:1: 'assume' needs 'builds_on'\nassume:\n^\n"
            "  hint: a what-if names the scenario it shifts: builds_on: NAME\n" + kOne);
}

TEST_F(ScenarioErrors, ADatedScenarioStillNeedsItsDate) {
  write("x", "title: X\nparties: [a]\n");
  const std::string err = errors();
  EXPECT_NE(err.find("DATA/scenarios/x.yaml:1:1: missing key 'date' in the scenario"), std::string::npos) << err;
}

}  // namespace positions::test
