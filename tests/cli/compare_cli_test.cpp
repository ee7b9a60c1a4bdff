#include <gtest/gtest.h>

#include "test_support.hpp"

namespace positions {
namespace {

using test::fixture;
using test::run;

TEST(CompareCli, TextOnFixtureMatchesExpected) {
  auto r = run({"compare", "north", "south", "mediator", "--data", fixture("small")});
  EXPECT_EQ(r.code, 0) << r.err;
  EXPECT_EQ(r.err, "");
  test::expect_matches_file(r.out, "cli/expected/compare-small.txt");
}

TEST(CompareCli, JsonOnFixtureMatchesExpected) {
  auto r = run({"compare", "north", "south", "--scenario", "winter", "--format", "json", "--data", fixture("small")});
  EXPECT_EQ(r.code, 0) << r.err;
  test::expect_matches_file(r.out, "cli/expected/compare-small-winter.json");
}

TEST(CompareCli, AsOfAloneUsesNoScenario) {
  auto r = run({"compare", "north", "south", "--as-of", "2024-03-01", "--data", fixture("small")});
  EXPECT_EQ(r.code, 0) << r.err;
  EXPECT_EQ(r.out.substr(0, r.out.find('\n', r.out.find("As of"))),
            "Scenario  none: each party's latest stances as of the date\nAs of     2024-03-01");
}

// --evidence on_record is a lens: the reader is told stances resting on
// reported or inferred words count as silence, and anything else is refused.
TEST(CompareCli, EvidenceOnRecordIsSaidAndOtherValuesAreRefused) {
  auto r = run({"compare", "north", "south", "--evidence", "on_record", "--data", fixture("small")});
  EXPECT_EQ(r.code, 0) << r.err;
  EXPECT_NE(r.out.find("Evidence  on-record stances only (--evidence on_record): stances resting on\n"
                       "          reported or inferred words count as silence\n"),
            std::string::npos)
      << r.out;
  auto bad = run({"compare", "north", "south", "--evidence", "on_recrod", "--data", fixture("small")});
  EXPECT_EQ(bad.code, 2);
  EXPECT_EQ(bad.err, "positions: --evidence 'on_recrod' is not all or on_record; did you mean 'on_record'?\n"
                     "Try 'positions compare --help'.\n");
}

// The shipped data is tested by properties, not goldens, so that a data edit
// does not churn expected files (goldens run on tests/fixtures): the latest
// scenario is the lens by default, and the verdict leads, right after it.
TEST(CompareCli, ShippedDataLeadsWithTheVerdictOfTheLatestScenario) {
  auto r = run({"compare", "us", "ru", "ua", "--data", test::source_path("")});
  EXPECT_EQ(r.code, 0) << r.err;
  EXPECT_EQ(r.out.rfind("Scenario  budapest-2025: ", 0), 0u) << r.out;
  const size_t verdict = r.out.find("\n\nVERDICT\n  ");
  ASSERT_NE(verdict, std::string::npos);
  EXPECT_LT(verdict, r.out.find("\nSUMMARY\n"));
  EXPECT_EQ(r.out.substr(0, verdict).find("\n\n"), std::string::npos) << "only the lens comes before the verdict";
}

TEST(CompareCli, ShippedDataIsDeterministic) {
  auto a = run({"compare", "us", "ru", "ua", "--format", "json", "--data", test::source_path("")});
  auto b = run({"compare", "us", "ru", "ua", "--format", "json", "--data", test::source_path("")});
  EXPECT_EQ(a.code, 0);
  EXPECT_EQ(a.out, b.out);
}

TEST(CompareCli, TextFitsEightyColumns) {
  auto r = run({"compare", "us", "ru", "ua", "eu", "--data", test::source_path("")});
  ASSERT_EQ(r.code, 0) << r.err;
  size_t start = 0, line = 1;
  while (start < r.out.size()) {
    size_t end = r.out.find('\n', start);
    std::string text = r.out.substr(start, end - start);
    int width = 0;
    for (unsigned char c : text) width += (c & 0xC0) != 0x80;
    // A single word longer than the line (a long file name) may overflow; nothing else.
    if (text.find(' ', text.find_first_not_of(' ')) != std::string::npos) {
      EXPECT_LE(width, 80) << "line " << line << ": " << text;
    }
    start = end + 1;
    ++line;
  }
}

TEST(CompareCli, UnknownPartyGetsDidYouMean) {
  auto r = run({"compare", "us", "rus", "--data", test::source_path("")});
  EXPECT_EQ(r.code, 2);
  EXPECT_EQ(r.out, "");
  EXPECT_EQ(r.err, "positions: unknown party 'rus'; did you mean 'ru'?\n"
                   "Parties in the data: eu, ru, ua, us, us_elect.\n");
}

TEST(CompareCli, NeedsTwoParties) {
  auto r = run({"compare", "us", "--data", test::source_path("")});
  EXPECT_EQ(r.code, 2);
  EXPECT_EQ(r.err, "positions: 'compare' needs at least 2 party codes, like: positions compare us ru ua\n"
                   "Try 'positions compare --help'.\n");
}

TEST(CompareCli, PartyNamedTwice) {
  auto r = run({"compare", "us", "us", "--data", test::source_path("")});
  EXPECT_EQ(r.code, 2);
  EXPECT_EQ(r.err, "positions: party 'us' is named twice\nTry 'positions compare --help'.\n");
}

TEST(CompareCli, UnknownScenario) {
  auto r = run({"compare", "us", "ru", "--scenario", "budapest", "--data", test::source_path("")});
  EXPECT_EQ(r.code, 2);
  EXPECT_EQ(r.err.substr(0, r.err.find('\n')), "positions: unknown scenario 'budapest'; did you mean 'budapest-2025'?");
}

TEST(CompareCli, PartyNotInScenario) {
  auto r = run({"compare", "north", "south", "--scenario", "winter", "--data", fixture("small")});
  EXPECT_EQ(r.code, 0);
  auto bad = run({"compare", "us_elect", "ru", "--scenario", "budapest-2025", "--data", test::source_path("")});
  EXPECT_EQ(bad.code, 2);
  EXPECT_EQ(bad.err, "positions: party 'us_elect' does not take part in scenario 'budapest-2025'\n"
                     "Its parties: us, ru, ua, eu. Choose another with --scenario, or use --as-of alone.\n");
}

TEST(CompareCli, BadAsOfAndFormat) {
  auto r = run({"compare", "us", "ru", "--as-of", "2025-13-01"});
  EXPECT_EQ(r.code, 2);
  EXPECT_EQ(r.err, "positions: --as-of '2025-13-01' is not a date; expected YYYY-MM-DD\nTry 'positions compare --help'.\n");
  auto f = run({"compare", "us", "ru", "--format", "jsn"});
  EXPECT_EQ(f.code, 2);
  EXPECT_EQ(f.err, "positions: unknown format 'jsn'; expected text or json; did you mean 'json'?\n"
                   "Try 'positions compare --help'.\n");
}

TEST(CompareCli, TimeLimitOfTheDealSearch) {
  auto ok = run({"compare", "north", "south", "--time-limit", "0.5", "--data", fixture("small")});
  EXPECT_EQ(ok.code, 0) << ok.err;
  auto bad = run({"compare", "north", "south", "--time-limit", "soon", "--data", fixture("small")});
  EXPECT_EQ(bad.code, 2);
  EXPECT_EQ(bad.err, "positions: --time-limit 'soon' is not a number of seconds above 0 and at most 3600\n"
                     "Try 'positions compare --help'.\n");
}

TEST(CompareCli, UnknownOptionIsNotGuessedFromAPrefix) {
  auto r = run({"compare", "us", "ru", "--scen", "x"});
  EXPECT_EQ(r.code, 2);
  EXPECT_EQ(r.err, "positions: unrecognised option '--scen'\nTry 'positions compare --help'.\n");
}

TEST(CompareCli, BadDataPrintsEveryProblemAndNoAnalysis) {
  auto r = run({"compare", "a", "b", "--data", fixture("broken")});
  EXPECT_EQ(r.code, 1);
  EXPECT_EQ(r.out, "");
  EXPECT_EQ(test::without(r.err, fixture("broken") + "/"), test::read_file(fixture("broken/expected-errors.txt")));
}

TEST(CompareCli, NoDataFolder) {
  auto r = run({"compare", "us", "ru", "--data", fixture("no-such-folder")});
  EXPECT_EQ(r.code, 1);
  EXPECT_EQ(r.err.substr(r.err.find(": no data")),
            ": no data folder here: expected positions/catalog.yaml under " + fixture("no-such-folder") +
                "\n  hint: run from the project's root, or pass --data DIR\n"
                "positions: 1 problem found; nothing was analysed\n");
}

}  // namespace
}  // namespace positions
