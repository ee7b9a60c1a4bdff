// The problems of a party's `speakers:` and `governments:` entries, every one
// of them, as validate prints them: one reader serves both lists, and these
// are the words it must keep (a duplicate id, a missing id or name, a wrong
// type, an unknown key, a government without its date or out of order).
#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>

#include "test_support.hpp"

namespace positions {
namespace {

namespace fs = std::filesystem;

TEST(PartyEntries, SpeakersAndGovernmentsSayEachProblemOfTheirEntries) {
  const test::ScratchDir dir("positions-party-entries");
  fs::copy(test::fixture("hardening-base"), dir.path(), fs::copy_options::recursive);
  fs::copy_file(test::source_path("tests/bad/entries/party-entries.yaml"), dir / "positions/entries.yaml");
  const test::CliResult r = test::run({"validate", "--data", dir.path().string()});
  EXPECT_EQ(r.code, 1);
  test::expect_matches_file(test::without(r.out + r.err, dir.path().string() + "/"),
                            "bad/entries/party-entries.expected");
}

}  // namespace
}  // namespace positions
