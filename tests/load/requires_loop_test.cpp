// `requires` rules must not loop, however long the loop.
#include <gtest/gtest.h>

#include "positions/load.hpp"

namespace positions {
namespace {

const std::string kIssues = R"(issues:
  - id: a
    title: A
    options: [{id: x, label: X}, {id: y, label: Y}]
  - id: b
    title: B
    options: [{id: x, label: X}, {id: y, label: Y}]
  - id: c
    title: C
    options: [{id: x, label: X}, {id: y, label: Y}]
rules:
)";

std::string rule(const char* term, const char* needs) {
  return std::string("  - {term: ") + term + ", requires: " + needs + ", reason: R}\n";
}

std::string first_problem(const std::string& text) {
  try {
    parse_catalog(text, "c.yaml");
  } catch (const Error& e) {
    return e.problems().front().message;
  }
  return "";
}

TEST(RequiresLoops, ChainsAndDiamondsAreFine) {
  EXPECT_EQ(first_problem(kIssues + rule("a.x", "b.x") + rule("b.x", "c.x") + rule("a.x", "c.x")), "");
}

TEST(RequiresLoops, TwoTermsRequiringEachOtherAreALoop) {
  EXPECT_EQ(first_problem(kIssues + rule("a.x", "b.x") + rule("b.x", "a.x")),
            "the 'requires' rules make a loop: a.x requires b.x requires a.x");
}

TEST(RequiresLoops, LongerLoopsAreNamedInFull) {
  EXPECT_EQ(first_problem(kIssues + rule("a.x", "b.y") + rule("b.y", "c.x") + rule("c.x", "a.x")),
            "the 'requires' rules make a loop: a.x requires b.y requires c.x requires a.x");
}

TEST(RequiresLoops, ExcludesRulesDoNotMakeLoops) {
  EXPECT_EQ(first_problem(kIssues + rule("a.x", "b.x") +
                          "  - {term: b.x, excludes: a.y, reason: R}\n"),
            "");
}

// A depth-first search reports one loop per back edge and missed the two-term
// loop a.x <-> c.x here once c.x was finished; every elementary loop counts.
TEST(RequiresLoops, EveryLoopIsReportedNotOnlyOnePerBackEdge) {
  std::vector<std::string> found;
  try {
    parse_catalog(kIssues + rule("a.x", "b.x") + rule("b.x", "c.x") + rule("c.x", "a.x") + rule("a.x", "c.x"),
                  "c.yaml");
  } catch (const Error& e) {
    for (const auto& d : e.problems()) found.push_back(d.message);
  }
  EXPECT_EQ(found, (std::vector<std::string>{
                       "the 'requires' rules make a loop: a.x requires b.x requires c.x requires a.x",
                       "the 'requires' rules make a loop: a.x requires c.x requires a.x"}));
}

}  // namespace
}  // namespace positions
