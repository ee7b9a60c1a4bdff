// Writing output atomically: a failure says why, and never leaves a cut or
// half-replaced file behind.
#include "output_file.hpp"

#include <gtest/gtest.h>
#include <signal.h>
#include <sys/resource.h>
#include <unistd.h>

#include <filesystem>
#include <fstream>

#include "test_support.hpp"

namespace positions::cli {
namespace {

namespace fs = std::filesystem;

class OutputFileTest : public ::testing::Test {
 protected:
  void SetUp() override {
    std::string t = (fs::temp_directory_path() / "positions-output-XXXXXX").string();
    dir_ = ::mkdtemp(t.data());
  }
  void TearDown() override { fs::remove_all(dir_); }
  std::string at(const std::string& name) const { return (dir_ / name).string(); }
  size_t entries() const {
    return static_cast<size_t>(std::distance(fs::directory_iterator(dir_), fs::directory_iterator()));
  }
  std::string message(const std::string& path, const std::string& bytes) {
    try {
      write_file_atomically(path, bytes);
    } catch (const WriteError& e) {
      return e.what();
    }
    return "no error";
  }

  fs::path dir_;
};

TEST_F(OutputFileTest, ReplacesTheFileWhole) {
  std::ofstream(at("out.txt")) << "old";
  write_file_atomically(at("out.txt"), "new text\n");
  EXPECT_EQ(test::read_file(at("out.txt")), "new text\n");
  EXPECT_EQ(entries(), 1u);
}

TEST_F(OutputFileTest, KeepsTheOldFilesPermissions) {
  std::ofstream(at("out.txt")) << "old";
  fs::permissions(at("out.txt"), fs::perms::owner_read | fs::perms::owner_write | fs::perms::group_read);
  write_file_atomically(at("out.txt"), "new");
  EXPECT_EQ(fs::status(at("out.txt")).permissions() & fs::perms::all,
            fs::perms::owner_read | fs::perms::owner_write | fs::perms::group_read);
}

TEST_F(OutputFileTest, MissingFolder) {
  EXPECT_EQ(message(at("none/out.txt"), "x"),
            "cannot write '" + at("none/out.txt") + "': the folder '" + at("none") + "' does not exist");
}

TEST_F(OutputFileTest, FolderPathThroughAFile) {
  std::ofstream(at("file")) << "x";
  EXPECT_EQ(message(at("file/sub/out.txt"), "x"),
            "cannot write '" + at("file/sub/out.txt") + "': part of the folder path '" + at("file/sub") +
                "' is a file, not a folder");
}

TEST_F(OutputFileTest, TargetIsAFolder) {
  fs::create_directory(at("folder"));
  EXPECT_EQ(message(at("folder"), "x"), "cannot write '" + at("folder") + "': it is a folder");
}

TEST_F(OutputFileTest, PathEndingInASlash) {
  EXPECT_EQ(message(at("x/"), "x"), "cannot write '" + at("x/") + "': that names a folder, not a file");
}

// Root may write anywhere a chmod forbids, but not into /proc.
TEST_F(OutputFileTest, FolderThatRefusesNewFiles) {
  const std::string m = message("/proc/positions-report.md", "x");
  EXPECT_EQ(m.rfind("cannot write '/proc/positions-report.md': ", 0), 0u) << m;
  EXPECT_NE(m, "no error");
}

// A full disk, simulated with a file-size limit: the write fails part way,
// the message says so, the old file is intact and no temporary file is left.
TEST_F(OutputFileTest, WriteThatFailsPartWayLeavesTheOldFileUntouched) {
  std::ofstream(at("out.txt")) << "the old report\n";
  struct rlimit old {};
  ASSERT_EQ(::getrlimit(RLIMIT_FSIZE, &old), 0);
  auto* old_handler = ::signal(SIGXFSZ, SIG_IGN);
  struct rlimit small = old;
  small.rlim_cur = 1000;
  ASSERT_EQ(::setrlimit(RLIMIT_FSIZE, &small), 0);
  const std::string m = message(at("out.txt"), std::string(5000, 'x'));
  ::setrlimit(RLIMIT_FSIZE, &old);
  ::signal(SIGXFSZ, old_handler);
  EXPECT_EQ(m, "cannot write '" + at("out.txt") + "': the file would be larger than allowed");
  EXPECT_EQ(test::read_file(at("out.txt")), "the old report\n");
  EXPECT_EQ(entries(), 1u);
}

}  // namespace
}  // namespace positions::cli
