// The briefing's bottom line on the shipped data, checked against the data
// rather than a golden: it speaks in names, titles and labels (no ids), and it
// tells a change of government apart from a party moving.
#include <gtest/gtest.h>

#include "diff.hpp"
#include "positions/load.hpp"
#include "test_support.hpp"

namespace positions::test {
namespace {

// The Markdown between "## Bottom line" and the matrix's heading.
std::string bottom_line(const std::vector<std::string>& args) {
  const CliResult r = run(args);
  EXPECT_EQ(r.code, 0) << r.err;
  const size_t from = r.out.find("## Bottom line");
  const size_t to = r.out.find("## Who wants what");
  EXPECT_NE(from, std::string::npos);
  EXPECT_NE(to, std::string::npos);
  return from == std::string::npos || to == std::string::npos ? "" : r.out.substr(from, to - from);
}

// Markdown escapes '_' in running text.
std::string md(std::string s) {
  std::string out;
  for (char c : s) out += c == '_' ? std::string("\\_") : std::string(1, c);
  return out;
}

TEST(BriefingBottomLine, NamesNoIdOfTheCatalogOrParties) {
  const Dataset data = load_dataset(source_path(""));
  for (const auto& sc : data.scenarios) {
    std::vector<std::string> args{"report"};
    for (int p : sc.parties) args.push_back(data.parties[p].code);
    args.insert(args.end(), {"--scenario", sc.name, "--data", source_path("")});
    const std::string text = bottom_line(args);
    EXPECT_TRUE(text.find("**No deal is possible: ") != std::string::npos ||
                text.find("**No deal was found in time: ") != std::string::npos ||
                text.find("**A deal is possible.") != std::string::npos)
        << sc.name << ": no verdict\n" << text;
    for (size_t i = 0; i < data.catalog.issues.size(); ++i)
      for (size_t o = 0; o < data.catalog.issues[i].options.size(); ++o) {
        const std::string id = md(data.catalog.term_name({static_cast<int>(i), static_cast<int>(o)}));
        EXPECT_EQ(text.find(id), std::string::npos) << sc.name << ": the bottom line names " << id << "\n" << text;
      }
    for (int p : sc.parties) {
      const std::string code = data.parties[p].code;
      for (const std::string& around : {" " + code + ",", " " + code + " ", " " + code + ":", " " + code + "."})
        EXPECT_EQ(text.find(around), std::string::npos) << sc.name << ": the bottom line names " << code << "\n"
                                                        << text;
    }
  }
}

// From November 2024 to October 2025 the United States changed government
// (the data's `governments`): its stances changed with it, and the bottom line
// says so first, apart from the stances the parties themselves moved.
TEST(BriefingBottomLine, TellsAChangeOfGovernmentFromAPartyMoving) {
  const Dataset data = load_dataset(source_path(""));
  const Scenario& from = data.scenarios[data.scenario_index("after-election-2024")];
  const Scenario& to = data.scenarios[data.scenario_index("budapest-2025")];
  const std::vector<int> parties{data.party_index("us"), data.party_index("ru"), data.party_index("ua")};
  const ScenarioDiff d = diff_scenarios(data, from, to, parties);
  const Party& us = data.parties[parties[0]];
  const Government& then = us.governments[us.government_at(from.date)];
  const Government& now = us.governments[us.government_at(to.date)];
  ASSERT_NE(&then, &now) << "the data no longer changes the US government between the two";
  size_t with_government = 0;
  for (const auto& m : d.stances) with_government += m.new_government;
  ASSERT_GT(with_government, 0u);
  ASSERT_GT(d.stances.size(), with_government);

  const std::string text =
      bottom_line({"report", "us", "ru", "ua", "--scenario", to.name, "--data", source_path("")});
  const std::string said = "A change of government, not a move: " + md(us.name) + " is represented by the " +
                           now.name + " since " + now.from->str() + " (before it, the " + then.name + "); " +
                           std::to_string(with_government) + " stances changed with it; " +
                           std::to_string(d.stances.size() - with_government) +
                           " stances moved by the parties themselves (";
  EXPECT_NE(text.find("**What moved since " + from.title + ":** " + said), std::string::npos) << said << "\n"
                                                                                              << text;
}

}  // namespace
}  // namespace positions::test
