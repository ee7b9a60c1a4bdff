// Colour: only when the output is a terminal, never with NO_COLOR or --no-color.
#include <gtest/gtest.h>

#include <cstdlib>
#include <sstream>

#include "cli.hpp"
#include "commands.hpp"
#include "test_support.hpp"

namespace positions {
namespace {

using test::fixture;

// As main runs it when stdout is a terminal.
std::string on_terminal(const std::vector<std::string>& args) {
  std::ostringstream out, err;
  cli::run_cli(args, out, err, true);
  return out.str();
}

bool coloured(const std::string& s) { return s.find("\x1b[") != std::string::npos; }

class NoColorUnset : public ::testing::Test {
 protected:
  void SetUp() override { unsetenv("NO_COLOR"); }
  void TearDown() override { unsetenv("NO_COLOR"); }
};

TEST_F(NoColorUnset, NoColourWhenNotATerminal) {
  EXPECT_FALSE(coloured(test::run({"validate", fixture("hardening-broken")}).out));
  EXPECT_FALSE(coloured(test::run({"compare", "ru", "ua", "--data", fixture("hardening-base")}).out));
}

TEST_F(NoColorUnset, ColourOnATerminal) {
  const std::string v = on_terminal({"validate", fixture("hardening-broken")});
  EXPECT_NE(v.find("\x1b[31m^\x1b[0m"), std::string::npos) << v;
  EXPECT_NE(v.find("\x1b[31m5 errors\x1b[0m"), std::string::npos) << v;
  const std::string c = on_terminal({"compare", "ru", "ua", "--data", fixture("hardening-base")});
  EXPECT_NE(c.find("\x1b[33mNO CONSENT\x1b[0m donetsk: Control of Donetsk oblast\n"), std::string::npos) << c;
}

TEST_F(NoColorUnset, ColouredTextIsThePlainTextWithEscapes) {
  std::string v = on_terminal({"validate", fixture("hardening-broken")});
  for (size_t at = v.find("\x1b["); at != std::string::npos; at = v.find("\x1b[")) v.erase(at, v.find('m', at) - at + 1);
  EXPECT_EQ(v, test::run({"validate", fixture("hardening-broken")}).out);
}

TEST_F(NoColorUnset, NoColorEnvironmentTurnsItOff) {
  setenv("NO_COLOR", "1", 1);
  EXPECT_FALSE(coloured(on_terminal({"validate", fixture("hardening-broken")})));
  EXPECT_FALSE(coloured(on_terminal({"compare", "ru", "ua", "--data", fixture("hardening-base")})));
}

TEST_F(NoColorUnset, EmptyNoColorIsIgnored) {
  setenv("NO_COLOR", "", 1);
  EXPECT_TRUE(coloured(on_terminal({"validate", fixture("hardening-broken")})));
}

TEST_F(NoColorUnset, NoColorOptionTurnsItOff) {
  EXPECT_FALSE(coloured(on_terminal({"--no-color", "validate", fixture("hardening-broken")})));
  EXPECT_FALSE(coloured(on_terminal({"validate", fixture("hardening-broken"), "--no-color"})));
  EXPECT_FALSE(coloured(on_terminal({"compare", "ru", "ua", "--no-color", "--data", fixture("hardening-base")})));
}

// The README and docs/commands.md promise --no-color after any command: every
// command in the table takes it (it was refused after deals, report, list and diff).
TEST_F(NoColorUnset, EveryCommandTakesNoColorAfterItsName) {
  for (const auto& c : cli::commands()) {
    const test::CliResult r = test::run({c.name, "--help", "--no-color"});
    EXPECT_EQ(r.code, 0) << c.name << ": " << r.err;
  }
  const std::string c = on_terminal({"compare", "ru", "ua", "--no-color", "--data", fixture("hardening-base")});
  EXPECT_FALSE(coloured(c)) << c;
  const std::string d = on_terminal({"deals", "ru", "ua", "--data", fixture("hardening-base"), "--no-color"});
  EXPECT_FALSE(coloured(d));
}

}  // namespace
}  // namespace positions
