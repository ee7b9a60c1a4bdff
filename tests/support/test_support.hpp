// What the tests share: running the CLI in-process, finding fixtures, and
// comparing output with expected files.
#pragma once

#include <filesystem>
#include <string>
#include <vector>

namespace positions::test {

struct CliResult {
  int code = -1;
  std::string out;
  std::string err;
};

// Runs `positions ARGS...` in-process, as main would.
CliResult run(const std::vector<std::string>& args);

// Absolute paths inside the source tree.
std::string source_path(const std::string& relative);  // e.g. "positions/catalog.yaml"
std::string fixture(const std::string& name);          // tests/fixtures/NAME

std::string read_file(const std::string& path);

// A fresh folder of its own under the system's temporary folder (mkdtemp, so
// tests running at once, in this or another checkout, never share one),
// removed with everything in it when the ScratchDir goes.
class ScratchDir {
 public:
  explicit ScratchDir(const std::string& stem = "positions-test");
  ~ScratchDir();
  ScratchDir(const ScratchDir&) = delete;
  ScratchDir& operator=(const ScratchDir&) = delete;
  const std::filesystem::path& path() const { return path_; }
  std::string operator/(const std::string& name) const { return (path_ / name).string(); }

 private:
  std::filesystem::path path_;
};

// `text` with every occurrence of `prefix` removed: makes messages that name
// absolute paths comparable wherever the tree is checked out.
std::string without(std::string text, const std::string& prefix);

// Compares `actual` with the expected file tests/EXPECTED (relative to tests/).
// With POSITIONS_UPDATE_EXPECTED=1 in the environment, writes it instead.
void expect_matches_file(const std::string& actual, const std::string& expected);

}  // namespace positions::test
