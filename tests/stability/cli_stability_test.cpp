// positions stability, run in-process: help, usage errors, the three formats
// on a shipped example, and a model derived from a scenario.
#include <gtest/gtest.h>

#include <sstream>

#include "cli.hpp"
#include "test_support.hpp"

namespace positions::cli {
namespace {

struct CliRun {
  int code;
  std::string out, err;
};

CliRun run(std::vector<std::string> args) {
  std::ostringstream out, err;
  args.insert(args.begin(), "stability");
  const int code = run_cli(args, out, err);
  return {code, out.str(), err.str()};
}

const std::string pd = std::string(POSITIONS_SOURCE_DIR) + "/docs/examples/stability/prisoners_dilemma.yaml";

TEST(StabilityCli, HelpGoesToStdout) {
  const CliRun r = run({"--help"});
  EXPECT_EQ(r.code, 0);
  EXPECT_NE(r.out.find("Usage: positions stability FILE [options]"), std::string::npos);
  std::istringstream lines(r.out);
  for (std::string line; std::getline(lines, line);) EXPECT_LE(line.size(), 80u) << line;
}

TEST(StabilityCli, UsageErrorsAreOneLineAndAHint) {
  CliRun r = run({pd, "--format", "svg"});
  EXPECT_EQ(r.code, 2);
  EXPECT_NE(r.err.find("--format 'svg' is not one of text, json, dot\nTry 'positions stability --help'."),
            std::string::npos) << r.err;
  r = run({pd, "other.yaml"});
  EXPECT_EQ(r.code, 2);
  EXPECT_NE(r.err.find("one model file at a time; 'other.yaml' is extra"), std::string::npos) << r.err;
  r = run({pd, "--scenario", "budapest-2025"});
  EXPECT_NE(r.err.find("--scenario and --as-of choose parties' positions, not a model file"), std::string::npos);
  r = run({"us", "ru", "--max-states", "0"});
  EXPECT_NE(r.err.find("--max-states '0' is not a whole number from 1 to 1048576"), std::string::npos);
}

TEST(StabilityCli, TextFitsEightyColumnsAndGivesReasons) {
  const CliRun r = run({pd});
  ASSERT_EQ(r.code, 0) << r.err;
  EXPECT_NE(r.out.find("  Nash            1\n  GMR             1, 4\n"), std::string::npos) << r.out;
  EXPECT_NE(r.out.find("Nash unstable for Prisoner One: it can move to state 3 (NY)"), std::string::npos) << r.out;
  std::istringstream lines(r.out);
  for (std::string line; std::getline(lines, line);) EXPECT_LE(line.size(), 80u) << line;
}

TEST(StabilityCli, JsonAndDot) {
  CliRun r = run({pd, "--format", "json"});
  ASSERT_EQ(r.code, 0) << r.err;
  EXPECT_NE(r.out.find("\"GMR\": [\n      1,\n      4\n    ]"), std::string::npos) << r.out.substr(0, 2000);
  r = run({pd, "--format", "dot"});
  ASSERT_EQ(r.code, 0) << r.err;
  EXPECT_EQ(r.out.rfind("digraph states {", 0), 0u);
  EXPECT_NE(r.out.find("s2 -> s1 [color=\"#1f77b4\", label=\"Prisoner One\"];"), std::string::npos) << r.out;
}

// The golden is also checked against docs/json/positions-stability.schema.json
// by the `schemas` test.
TEST(StabilityCli, JsonStartsWithFormatAndVersion) {
  const CliRun r = run({pd, "--format", "json"});
  ASSERT_EQ(r.code, 0) << r.err;
  EXPECT_EQ(r.out.rfind("{\n  \"format\": \"positions-stability\",\n  \"version\": 3,\n", 0), 0u) << r.out.substr(0, 200);
  // The model's path is absolute; the golden holds it relative to the tree.
  test::expect_matches_file(test::without(r.out, test::source_path("")), "stability/expected/prisoners_dilemma.json");
}

// A derived model's text: what it covers, what cannot be settled, its status quo.
TEST(StabilityCli, DerivedModelOnAFixture) {
  const CliRun r = run({"--data", test::fixture("stability-derived"), "--scenario", "talks", "a", "b"});
  ASSERT_EQ(r.code, 0) << r.err;
  test::expect_matches_file(r.out, "stability/expected/derived_a_b.txt");
}

TEST(StabilityCli, MissingFileIsADataError) {
  const CliRun r = run({"no/such.yaml"});
  EXPECT_EQ(r.code, 1);
  EXPECT_NE(r.err.find("no/such.yaml: cannot read the file: it does not exist"), std::string::npos) << r.err;
}

TEST(StabilityCli, DerivedFromAScenarioSaysWhatItCovers) {
  const CliRun r = run({"--scenario", "budapest-2025", "us", "ru", "ua", "--data", POSITIONS_SOURCE_DIR});
  ASSERT_EQ(r.code, 0) << r.err;
  EXPECT_NE(r.out.find("note: covers the issues "), std::string::npos) << r.out.substr(0, 800);
  EXPECT_NE(r.out.find("The status quo, state 1"), std::string::npos);
  const CliRun small = run({"--scenario", "budapest-2025", "us", "ru", "ua", "--data", POSITIONS_SOURCE_DIR,
                         "--max-states", "1"});
  EXPECT_EQ(small.code, 1);
  EXPECT_NE(small.err.find("every group of linked issues is too large for a derived graph model: the smallest ("),
            std::string::npos)
      << small.err;
  EXPECT_NE(small.err.find("hint: compare fewer parties, raise --max-states, or write the model by hand"),
            std::string::npos)
      << small.err;
}

// The October 2025 briefing (the shipped data, so properties only): its
// "Would it hold?" says whether the status quo holds and, as the verdict finds
// no deal, that there is no deal to test.
TEST(StabilityCli, BriefingSaysWhetherTheStatusQuoHolds) {
  std::ostringstream out, err;
  const int code =
      run_cli({"report", "us", "ru", "ua", "--scenario", "budapest-2025", "--data", POSITIONS_SOURCE_DIR}, out, err);
  ASSERT_EQ(code, 0) << err.str();
  const std::string md = out.str();
  const auto at = md.find("## Would it hold?");
  ASSERT_NE(at, std::string::npos);
  const std::string section = md.substr(at, md.find("\n## ", at + 1) - at);
  EXPECT_TRUE(section.find("**The status quo holds") != std::string::npos ||
              section.find("**The status quo would not hold") != std::string::npos)
      << section;
  EXPECT_NE(section.find("- covers the issues "), std::string::npos) << section;
  EXPECT_NE(section.find("so there is no deal to test"), std::string::npos) << section;
}

// In the freeze what-if the fairest deal settles the ceasefire and the
// guarantees, which lie outside the derived model (it covers who_decides):
// the briefing must not call the deal stable because the model's status quo is.
TEST(StabilityCli, BriefingDoesNotTestADealOutsideItsModel) {
  std::ostringstream out, err;
  const int code = run_cli({"report", "us", "ru", "ua", "eu", "--scenario", "whatif-freeze-with-guarantees", "--data",
                            POSITIONS_SOURCE_DIR},
                           out, err);
  ASSERT_EQ(code, 0) << err.str();
  const std::string md = out.str();
  const auto at = md.find("## Would it hold?");
  ASSERT_NE(at, std::string::npos);
  const std::string section = md.substr(at, md.find("\n## ", at + 1) - at);
  EXPECT_EQ(section.find("**The fairest deal"), std::string::npos) << section;
  EXPECT_NE(section.find("The fairest deal settles nothing this model covers (its terms are on Ceasefire terms and "
                         "Security guarantees for Ukraine against renewed Russian attack), so the model cannot say "
                         "whether it would hold."),
            std::string::npos)
      << section;
}

}  // namespace
}  // namespace positions::cli
