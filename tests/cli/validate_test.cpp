// `positions validate`: every problem at once, warnings, exit codes, formats.
#include <gtest/gtest.h>

#include "test_support.hpp"

namespace positions {
namespace {

using test::fixture;
using test::run;
using test::source_path;

// Messages name files by the path given; tests give absolute ones.
std::string relative(std::string text) {
  const std::string prefix = source_path("");
  for (size_t at = text.find(prefix); at != std::string::npos; at = text.find(prefix, at)) text.erase(at, prefix.size());
  return text;
}

TEST(Validate, ShippedDataHasNoErrors) {
  auto r = run({"validate", "--data", source_path("")});
  EXPECT_EQ(r.code, 0) << r.out;
  EXPECT_EQ(r.err, "");
  EXPECT_NE(r.out.find("\n0 errors, "), std::string::npos) << r.out;
  EXPECT_EQ(r.out.find(": error"), std::string::npos);
}

TEST(Validate, CleanFolderSaysSo) {
  auto r = run({"validate", "--data", fixture("hardening-base")});
  EXPECT_EQ(r.code, 0);
  EXPECT_EQ(r.out, "no problems found in 4 files\n");
}

TEST(Validate, WarnsAboutWhatIsLegalButLikelyWrong) {
  auto r = run({"validate", fixture("hardening-warnings")});
  EXPECT_EQ(r.code, 0);
  test::expect_matches_file(relative(r.out), "cli/expected/validate-warnings.txt");
}

TEST(Validate, StrictMakesWarningsFail) {
  EXPECT_EQ(run({"validate", fixture("hardening-warnings"), "--strict"}).code, 1);
  EXPECT_EQ(run({"validate", fixture("hardening-base"), "--strict"}).code, 0);
}

TEST(Validate, ReportsEveryProblemInEveryFileAtOnce) {
  auto r = run({"validate", fixture("hardening-broken")});
  EXPECT_EQ(r.code, 1);
  test::expect_matches_file(relative(r.out), "cli/expected/validate-broken.txt");
}

TEST(Validate, OneFileIsCheckedAgainstItsFolder) {
  auto r = run({"validate", fixture("hardening-broken/positions/ua.yaml")});
  EXPECT_EQ(r.code, 1);
  EXPECT_EQ(relative(r.out),
            "tests/fixtures/hardening-broken/positions/ua.yaml:12:15: unknown option 'current-line' for issue 'donetsk'\n"
            "    accepts: [current-line]\n"
            "              ^\n"
            "  hint: did you mean 'current_line'?\n"
            "tests/fixtures/hardening-broken/positions/ua.yaml:30:16: unknown basis 'on_the_record'; expected "
            "on_record, reported or inferred\n"
            "        basis: on_the_record\n"
            "               ^\n"
            "  hint: did you mean 'on_record'?\n"
            "2 errors, 0 warnings in 1 file\n");
  auto clean = run({"validate", fixture("hardening-warnings/positions/ua.yaml")});
  EXPECT_EQ(clean.code, 0);
  EXPECT_EQ(clean.out, "no problems found in 1 file\n");
}

TEST(Validate, WarningsOfOneFileOnly) {
  auto r = run({"validate", fixture("hardening-warnings/scenarios/october.yaml")});
  EXPECT_EQ(r.code, 0);
  EXPECT_EQ(relative(r.out),
            "tests/fixtures/hardening-warnings/scenarios/october.yaml:4:15: warning: party 'ua' states nothing as of "
            "2025-10-20 on: ceasefire\n"
            "parties: [ru, ua]\n"
            "              ^\n"
            "  hint: its options there count as open; add stances to "
            "tests/fixtures/hardening-warnings/positions/ua.yaml if it has spoken\n"
            "0 errors, 1 warning in 1 file\n");
}

TEST(Validate, AFileThatCannotBeCheckedShowsWhatBlocksIt) {
  // The party file is fine, but the catalog it is checked against is not.
  auto r = run({"validate", fixture("hardening-bad-catalog/positions/ru.yaml")});
  EXPECT_EQ(r.code, 1);
  EXPECT_EQ(relative(r.out),
            "tests/fixtures/hardening-bad-catalog/positions/catalog.yaml:7:5: unknown key 'optoins' in an issue\n"
            "    optoins:\n"
            "    ^\n"
            "  hint: did you mean 'options'?\n"
            "tests/fixtures/hardening-bad-catalog/positions/catalog.yaml:16:5: unknown key 'optoins' in an issue\n"
            "    optoins:\n"
            "    ^\n"
            "  hint: did you mean 'options'?\n"
            "2 errors, 0 warnings in 1 file\n");
}

TEST(Validate, JsonListsEveryProblem) {
  auto r = run({"validate", fixture("hardening-warnings"), "--format", "json"});
  EXPECT_EQ(r.code, 0);
  test::expect_matches_file(relative(r.out), "cli/expected/validate-warnings.json");
}

TEST(Validate, UsageErrorsExitTwo) {
  auto missing = run({"validate", "no/such/place"});
  EXPECT_EQ(missing.code, 2);
  EXPECT_EQ(missing.err, "positions: no such file or folder 'no/such/place'\nTry 'positions validate --help'.\n");
  auto kind = run({"validate", source_path("tests/CMakeLists.txt")});
  EXPECT_EQ(kind.code, 2);
  EXPECT_EQ(relative(kind.err),
            "positions: cannot tell what kind of data file 'tests/CMakeLists.txt' is\n"
            "Data files are DIR/positions/catalog.yaml, DIR/positions/CODE.yaml and DIR/scenarios/NAME.yaml.\n");
  auto option = run({"validate", "--strcit"});
  EXPECT_EQ(option.code, 2);
  EXPECT_EQ(run({"validate", "--format", "xml"}).code, 2);
}

TEST(Validate, HelpShowsOptionsAndExitCodes) {
  auto r = run({"validate", "--help"});
  EXPECT_EQ(r.code, 0);
  EXPECT_NE(r.out.find("--strict"), std::string::npos);
  EXPECT_NE(r.out.find("Exit status: 0 clean"), std::string::npos);
}

}  // namespace
}  // namespace positions
