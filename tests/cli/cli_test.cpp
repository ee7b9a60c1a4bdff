#include <gtest/gtest.h>

#include "cli.hpp"
#include "commands.hpp"
#include "test_support.hpp"

namespace positions {
namespace {

using test::run;

TEST(Cli, HelpListsEveryCommand) {
  auto r = run({"--help"});
  EXPECT_EQ(r.code, 0);
  for (const auto& c : cli::commands()) EXPECT_NE(r.out.find(std::string("  ") + c.name), std::string::npos) << c.name;
}

TEST(Cli, HelpFitsEightyColumns) {
  std::vector<std::vector<std::string>> asks = {{"--help"}};
  for (const auto& c : cli::commands()) asks.push_back({c.name, "--help"});
  for (const auto& args : asks) {
    auto r = run(args);
    for (size_t start = 0, end; (end = r.out.find('\n', start)) != std::string::npos; start = end + 1)
      EXPECT_LE(end - start, 80u) << args[0] << ": " << r.out.substr(start, end - start);
  }
}

TEST(Cli, EveryCommandHasHelpOnStdout) {
  for (const auto& c : cli::commands()) {
    auto r = run({c.name, "--help"});
    EXPECT_EQ(r.code, 0) << c.name;
    EXPECT_EQ(r.out.rfind(std::string("Usage: positions ") + c.name, 0), 0u) << c.name << ": " << r.out;
    EXPECT_EQ(r.err, "");
  }
}

TEST(Cli, NoCommand) {
  auto r = run({});
  EXPECT_EQ(r.code, 2);
  EXPECT_EQ(r.err, "positions: no command given\nTry 'positions --help'.\n");
}

TEST(Cli, UnknownCommandGetsDidYouMean) {
  auto r = run({"compaer", "us", "ru"});
  EXPECT_EQ(r.code, 2);
  EXPECT_EQ(r.err, "positions: unknown command 'compaer'; did you mean 'compare'?\nTry 'positions --help'.\n");
}

TEST(Cli, UnknownGlobalOption) {
  auto r = run({"--verbose", "compare"});
  EXPECT_EQ(r.code, 2);
  EXPECT_EQ(r.err, "positions: unknown option '--verbose' before the command\nTry 'positions --help'.\n");
}

TEST(Cli, DataBeforeTheCommand) {
  auto r = run({"--data", test::fixture("small"), "list"});
  EXPECT_EQ(r.code, 0) << r.err;
  auto missing = run({"--data"});
  EXPECT_EQ(missing.code, 2);
  EXPECT_EQ(missing.err, "positions: --data needs a folder\nTry 'positions --help'.\n");
}

TEST(Cli, Version) {
  auto r = run({"--version"});
  EXPECT_EQ(r.code, 0);
  EXPECT_EQ(r.out, "positions 0.1.0\n");
}

TEST(ListCli, ShowsPartiesIssuesScenarios) {
  auto r = run({"list", "--data", test::fixture("small")});
  EXPECT_EQ(r.code, 0) << r.err;
  test::expect_matches_file(r.out, "cli/expected/list-small.txt");
}

TEST(ListCli, Json) {
  auto r = run({"list", "--format", "json", "--data", test::fixture("small")});
  EXPECT_EQ(r.code, 0) << r.err;
  test::expect_matches_file(r.out, "cli/expected/list-small.json");
}

TEST(ListCli, TakesNoArguments) {
  auto r = run({"list", "extra"});
  EXPECT_EQ(r.code, 2);
  EXPECT_EQ(r.err, "positions: 'list' takes no arguments besides its options\nTry 'positions list --help'.\n");
}

// list counted stances without a plural: "Broker (1 stances)".
TEST(Cli, ListSaysOneStanceInTheSingular) {
  auto r = test::run({"list", "--data", test::fixture("deals-swap")});
  EXPECT_EQ(r.code, 0) << r.err;
  EXPECT_NE(r.out.find("  broker    Broker (1 stance)\n"), std::string::npos) << r.out;
  EXPECT_NE(r.out.find("  east      East (3 stances)\n"), std::string::npos) << r.out;
}

}  // namespace
}  // namespace positions
