// positions diff, whole command on tests/fixtures/scenarios-basic.
#include <gtest/gtest.h>

#include "test_support.hpp"

namespace positions::test {

namespace {

CliResult diff(std::vector<std::string> args) {
  std::vector<std::string> all = {"--data", fixture("scenarios-basic"), "diff"};
  all.insert(all.end(), args.begin(), args.end());
  return run(all);
}

}  // namespace

TEST(DiffCli, DatedScenariosText) {
  CliResult r = diff({"early", "late"});
  EXPECT_EQ(r.code, 0) << r.err;
  EXPECT_EQ(r.err, "");
  expect_matches_file(r.out, "cli/expected/diff-early-late.txt");
}

TEST(DiffCli, WhatIfMarksAssumedStances) {
  CliResult r = diff({"late", "whatif-b-back", "b"});
  EXPECT_EQ(r.code, 0) << r.err;
  expect_matches_file(r.out, "cli/expected/diff-late-whatif-b-back.txt");
  EXPECT_NE(r.out.find("ASSUMED, not stated: A truce emboldens B."), std::string::npos);
}

TEST(DiffCli, ConflictsHeldByOtherPartiesText) {
  CliResult r = diff({"late", "whatif-truce", "a", "b"});
  EXPECT_EQ(r.code, 0) << r.err;
  expect_matches_file(r.out, "cli/expected/diff-late-whatif-truce.txt");
}

TEST(DiffCli, Json) {
  CliResult r = diff({"early", "whatif-truce", "--format", "json"});
  EXPECT_EQ(r.code, 0) << r.err;
  expect_matches_file(r.out, "cli/expected/diff-early-whatif-truce.json");
}

TEST(DiffCli, ShippedDatedScenariosShowHowEachPartyMovedWithCitations) {
  CliResult r = run({"--data", source_path(""), "diff", "after-election-2024", "budapest-2025"});
  EXPECT_EQ(r.code, 0) << r.err;
  for (const char* party : {"\nus = ", "\nru = ", "\nua = "}) EXPECT_NE(r.out.find(party), std::string::npos);
  EXPECT_NE(r.out.find("was  wants ru_all; rules out current_line, ua_all; high; since 2024-11-06"),
            std::string::npos);
  // The US moves from one government to another: said so, not read as a concession.
  EXPECT_NE(r.out.find("a change of government, not a move by us: the Biden administration until the"),
            std::string::npos)
      << r.out;
  EXPECT_NE(r.out.find("now  wants ru_all; rules out current_line, ua_all; red line; since"), std::string::npos);
  EXPECT_NE(r.out.find("\"demanded that Kyiv give up complete control of Donetsk"), std::string::npos);
}

TEST(DiffCli, UnknownScenarioSuggestsOne) {
  CliResult r = diff({"erly", "late"});
  EXPECT_EQ(r.code, 2);
  EXPECT_EQ(r.err,
            "positions: unknown scenario 'erly'; did you mean 'early'?\n"
            "Scenarios in the data: early, late, whatif-b-line, whatif-truce, whatif-b-back.\n");
}

TEST(DiffCli, PartyMustTakePartInBoth) {
  CliResult r = diff({"early", "late", "c"});
  EXPECT_EQ(r.code, 2);
  EXPECT_EQ(r.err,
            "positions: party 'c' does not take part in both 'early' and 'late'\n"
            "Parties in both: a, b.\n");
}

TEST(DiffCli, NeedsTwoScenarios) {
  CliResult r = diff({"early"});
  EXPECT_EQ(r.code, 2);
  EXPECT_EQ(r.err,
            "positions: 'diff' needs two scenario names, like: positions diff after-election-2024 budapest-2025\n"
            "Try 'positions diff --help'.\n");
}

}  // namespace positions::test
