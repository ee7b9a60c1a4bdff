#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>

#include "positions/load.hpp"
#include "test_support.hpp"

namespace positions {
namespace {

namespace fs = std::filesystem;

// A scratch copy of the small fixture that a test may break.
class ScratchData : public ::testing::Test {
 protected:
  void SetUp() override {
    fs::copy(test::fixture("small"), dir, fs::copy_options::recursive);
  }
  void write(const std::string& rel, const std::string& text) { std::ofstream(dir / rel) << text; }
  std::string error() {
    try {
      load_dataset(dir);
    } catch (const Error& e) {
      std::string all;
      for (const auto& p : e.problems()) all += format(p) + "\n";
      // Paths in messages start with the folder given; drop it for the test.
      for (size_t at; (at = all.find(dir.string() + "/")) != std::string::npos;)
        all.erase(at, dir.string().size() + 1);
      return all;
    }
    return "";
  }
  const test::ScratchDir scratch{"positions-load"};
  const fs::path& dir = scratch.path();
};

TEST_F(ScratchData, LoadsPartiesSortedByCodeAndScenariosByDate) {
  Dataset d = load_dataset(dir);
  EXPECT_EQ(d.party_codes(), (std::vector<std::string>{"mediator", "north", "south"}));
  EXPECT_EQ(d.scenario_names(), (std::vector<std::string>{"winter", "summer"}));
  EXPECT_EQ(d.scenarios[0].parties.size(), 3u);
  EXPECT_EQ(d.scenarios[0].description, "Before North softened on the valley.");
}

TEST_F(ScratchData, MissingFolderSaysWhereToRun) {
  try {
    load_dataset(dir / "nowhere");
    FAIL();
  } catch (const Error& e) {
    EXPECT_EQ(e.problems().front().message, "no data folder here: expected positions/catalog.yaml under " +
                                                (dir / "nowhere").string());
    EXPECT_EQ(e.problems().front().hint, "run from the project's root, or pass --data DIR");
  }
}

TEST_F(ScratchData, MissingCatalog) {
  fs::remove(dir / "positions/catalog.yaml");
  EXPECT_EQ(error(), "positions/catalog.yaml: cannot read the file: it does not exist\n");
}

TEST_F(ScratchData, ProblemsInSeveralFilesAreReportedTogether) {
  write("positions/north.yaml", "code: north\nname: North\nstances:\n  - {issue: land, date: 2024-01-01, wants: [x], priority: high}\n");
  write("positions/south.yaml", "code: south\nname: South\nstances: 4\n");
  EXPECT_EQ(error(),
            "positions/north.yaml:4:13: unknown issue 'land'\n"
            "  - {issue: land, date: 2024-01-01, wants: [x], priority: high}\n"
            "            ^\n"
            "positions/south.yaml:3:10: 'stances' is not a list; expected a list of stances\n"
            "stances: 4\n"
            "         ^\n");
}

TEST_F(ScratchData, DuplicatePartyCode) {
  write("positions/zz.yaml", "code: north\nname: Another North\nstances: []\n");
  EXPECT_EQ(error(), "positions/zz.yaml: party code 'north' is also used by positions/north.yaml\n"
                     "  hint: each party has one file\n");
}

TEST_F(ScratchData, ScenarioWithUnknownParty) {
  write("scenarios/autumn.yaml", "title: Autumn\ndate: 2024-10-01\nparties: [north, soth]\n");
  EXPECT_EQ(error(), "scenarios/autumn.yaml:3:18: unknown party 'soth'\n"
                     "parties: [north, soth]\n"
                     "                 ^\n"
                     "  hint: did you mean 'south'?\n");
}

TEST_F(ScratchData, ScenarioShape) {
  write("scenarios/autumn.yaml", "title: Autumn\ndate: 2024-13-01\nparties: [north, north]\nmood: grim\n");
  EXPECT_EQ(error(),
            "scenarios/autumn.yaml:2:7: scenario date '2024-13-01' is not a date; expected YYYY-MM-DD, a real calendar day\n"
            "date: 2024-13-01\n"
            "      ^\n"
            "scenarios/autumn.yaml:3:18: party 'north' is listed twice\n"
            "parties: [north, north]\n"
            "                 ^\n"
            "scenarios/autumn.yaml:4:1: unknown key 'mood' in the scenario\n"
            "mood: grim\n"
            "^\n"
            "  hint: allowed keys: title, date, parties, description, builds_on, assume, no_agreement\n");
}

TEST_F(ScratchData, EmptyScenarioFile) {
  write("scenarios/autumn.yaml", "");
  EXPECT_EQ(error(), "scenarios/autumn.yaml: the file is empty; expected a YAML map\n");
}

}  // namespace
}  // namespace positions
