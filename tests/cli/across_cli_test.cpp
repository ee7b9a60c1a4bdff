// positions compare --across, whole command on tests/fixtures/scenarios-basic.
#include <gtest/gtest.h>

#include "text_layout.hpp"
#include "test_support.hpp"

namespace positions::test {

namespace {

CliResult across(std::vector<std::string> args) {
  std::vector<std::string> all = {"--data", fixture("scenarios-basic"), "compare"};
  all.insert(all.end(), args.begin(), args.end());
  return run(all);
}

void expect_fits_80_columns(const std::string& text) {
  size_t start = 0;
  while (start < text.size()) {
    size_t end = text.find('\n', start);
    if (end == std::string::npos) end = text.size();
    EXPECT_LE(display_width(text.substr(start, end - start)), kTextWidth) << text.substr(start, end - start);
    start = end + 1;
  }
}

}  // namespace

TEST(AcrossCli, IssuesByScenariosText) {
  CliResult r = across({"a", "b", "--across"});
  EXPECT_EQ(r.code, 0) << r.err;
  EXPECT_EQ(r.err, "");
  expect_matches_file(r.out, "cli/expected/across-a-b.txt");
  expect_fits_80_columns(r.out);
}

TEST(AcrossCli, SaysWhichScenariosWereSkipped) {
  CliResult r = across({"a", "b", "c", "--across"});
  EXPECT_EQ(r.code, 0) << r.err;
  expect_matches_file(r.out, "cli/expected/across-a-b-c.txt");
  EXPECT_NE(r.out.find("skipped early: c does not take part"), std::string::npos);
}

TEST(AcrossCli, IssuesByScenariosJson) {
  CliResult r = across({"a", "b", "--across", "--format", "json"});
  EXPECT_EQ(r.code, 0) << r.err;
  expect_matches_file(r.out, "cli/expected/across-a-b.json");
}

TEST(AcrossCli, ShippedDataFitsIn80ColumnsAndShowsWhatOpened) {
  CliResult r = run({"--data", source_path(""), "compare", "us", "ru", "ua", "eu", "--across"});
  EXPECT_EQ(r.code, 0) << r.err;
  expect_fits_80_columns(r.out);
  EXPECT_NE(r.out.find("skipped after-election-2024: eu does not take part"), std::string::npos);
  EXPECT_NE(r.out.find("whatif-ua-accepts-swap"), std::string::npos);
  CliResult three = run({"--data", source_path(""), "compare", "us", "ru", "ua", "--across"});
  EXPECT_NE(three.out.find("donetsk: blocked; opened by ru alone, or by ua alone -> possible"), std::string::npos) << three.out;
}

TEST(AcrossCli, RefusesALensBesideAcross) {
  CliResult r = across({"a", "b", "--across", "--scenario", "late"});
  EXPECT_EQ(r.code, 2);
  EXPECT_EQ(r.err,
            "positions: --across shows every scenario; it cannot be combined with --scenario\n"
            "Try 'positions compare --help'.\n");
  r = across({"a", "b", "--across", "--as-of", "2024-01-01"});
  EXPECT_EQ(r.code, 2);
  EXPECT_NE(r.err.find("it cannot be combined with --as-of"), std::string::npos);
}

TEST(AcrossCli, NeedsTwoParties) {
  CliResult r = across({"a", "--across"});
  EXPECT_EQ(r.code, 2);
  EXPECT_EQ(r.err,
            "positions: 'compare' needs at least 2 party codes, like: positions compare us ru ua --across\n"
            "Try 'positions compare --help'.\n");
}

}  // namespace positions::test

namespace positions::test {

TEST(AcrossCli, ColumnsThatDoNotFitStackInBlocksBelow) {
  CliResult r = run({"--data", fixture("scenarios-wide"), "compare", "northern_alliance", "southern_league",
                     "eastern_union", "--across"});
  EXPECT_EQ(r.code, 0) << r.err;
  expect_matches_file(r.out, "cli/expected/across-wide.txt");
  expect_fits_80_columns(r.out);
  EXPECT_NE(r.out.find("\n           S3\n"), std::string::npos) << "S3 should start a second block";
}

}  // namespace positions::test
