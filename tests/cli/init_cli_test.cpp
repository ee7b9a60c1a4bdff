// `positions init DIR`: a data folder that validates and compares, with the
// schemas beside it, and never over anything that is there.
#include <gtest/gtest.h>
#include <unistd.h>

#include <filesystem>
#include <fstream>

#include "test_support.hpp"

namespace positions::test {
namespace {

namespace fs = std::filesystem;

using TempDir = ScratchDir;

TEST(InitCli, WritesAFolderThatValidatesAndCompares) {
  TempDir dir;
  const std::string data = dir / "talks";
  const CliResult r = run({"init", data});
  ASSERT_EQ(r.code, 0) << r.err;
  EXPECT_EQ(r.err, "");
  EXPECT_NE(r.out.find("wrote a data folder in " + data), std::string::npos);
  for (const char* f : {"positions/catalog.yaml", "positions/north.yaml", "positions/south.yaml",
                        "scenarios/spring-2025.yaml"})
    EXPECT_TRUE(fs::is_regular_file(data + "/" + f)) << f;
  const CliResult v = run({"--data", data, "validate", "--strict"});
  EXPECT_EQ(v.code, 0) << v.out << v.err;
  EXPECT_EQ(v.out, "no problems found in 4 files\n");
  const CliResult c = run({"--data", data, "compare", "north", "south"});
  EXPECT_EQ(c.code, 0) << c.err;
  EXPECT_NE(c.out.find("Agreement  border"), std::string::npos) << c.out;
  const CliResult b = run({"--data", data, "report", "north", "south"});
  EXPECT_EQ(b.code, 0) << b.err;
  EXPECT_NE(b.out.find("## Bottom line"), std::string::npos);
}

TEST(InitCli, CopiesTheSchemasTheModelinesPointAt) {
  TempDir dir;
  ASSERT_EQ(run({"init", dir / "talks"}).code, 0);
  for (const char* s : {"catalog", "party", "scenario"}) {
    const std::string name = std::string(s) + ".schema.json";
    EXPECT_EQ(read_file(dir / ("talks/positions/schema/" + name)), read_file(source_path("positions/schema/" + name)))
        << name;
  }
  EXPECT_NE(read_file(dir / "talks/positions/catalog.yaml").find("$schema=schema/catalog.schema.json"),
            std::string::npos);
  EXPECT_NE(read_file(dir / "talks/scenarios/spring-2025.yaml").find("$schema=../positions/schema/scenario.schema.json"),
            std::string::npos);
}

TEST(InitCli, AnEmptyFolderIsFine) {
  TempDir dir;
  fs::create_directory(dir / "empty");
  EXPECT_EQ(run({"init", dir / "empty"}).code, 0);
}

TEST(InitCli, RefusesAFolderThatIsNotEmpty) {
  TempDir dir;
  fs::create_directory(dir / "full");
  std::ofstream(dir / "full/notes.txt") << "mine\n";
  const CliResult r = run({"init", dir / "full"});
  EXPECT_EQ(r.code, 1);
  EXPECT_EQ(r.out, "");
  EXPECT_EQ(r.err, "positions: cannot initialise '" + (dir / "full") +
                       "': the folder is not empty; name a new or empty folder, nothing is overwritten\n");
  EXPECT_EQ(read_file(dir / "full/notes.txt"), "mine\n");
  EXPECT_FALSE(fs::exists(dir / "full/positions"));
}

TEST(InitCli, RefusesAFile) {
  TempDir dir;
  std::ofstream(dir / "file") << "x\n";
  const CliResult r = run({"init", dir / "file"});
  EXPECT_EQ(r.code, 1);
  EXPECT_EQ(r.err, "positions: cannot initialise '" + (dir / "file") + "': it exists and is not a folder\n");
}

TEST(InitCli, TakesExactlyOneFolder) {
  EXPECT_EQ(run({"init"}).code, 2);
  EXPECT_EQ(run({"init", "a", "b"}).code, 2);
}

}  // namespace
}  // namespace positions::test
