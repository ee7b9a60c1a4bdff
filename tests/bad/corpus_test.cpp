// The bad-input corpus: every file under tests/bad/corpus/ is put into a copy
// of a small good data folder, in the place its name's prefix says (catalog-,
// party-, scenario-), and `positions validate` must fail on it quickly with the
// text in NAME.expected: the first problem in full (its first line is
// file:line:column: message). Files too big to commit are made here.
#include <gtest/gtest.h>

#include <chrono>
#include <filesystem>
#include <fstream>

#include "positions/load.hpp"
#include "yaml_shape.hpp"
#include "test_support.hpp"

namespace positions {
namespace {

namespace fs = std::filesystem;
using test::fixture;
using test::read_file;
using test::source_path;

// Generous: a hang is what this catches; each case takes milliseconds.
constexpr double kMaxSeconds = 10.0;

class DataFolder {
 public:
  explicit DataFolder(const std::string& name)
      : dir_(fs::temp_directory_path() / ("positions-corpus-" + std::to_string(::getpid()) + "-" + name)) {
    fs::remove_all(dir_);
    fs::copy(fixture("hardening-base"), dir_, fs::copy_options::recursive);
  }
  ~DataFolder() { fs::remove_all(dir_); }

  // Where a file of this kind goes; the catalog replaces the good one.
  fs::path slot(const std::string& name) const {
    if (name.rfind("catalog-", 0) == 0) return dir_ / "positions" / "catalog.yaml";
    if (name.rfind("scenario-", 0) == 0) return dir_ / "scenarios" / "bad.yaml";
    return dir_ / "positions" / "bad.yaml";
  }
  const fs::path& dir() const { return dir_; }

  // Runs validate on the folder; messages name files relative to it.
  test::CliResult validate(double* seconds) const {
    const auto start = std::chrono::steady_clock::now();
    test::CliResult r = test::run({"validate", "--data", dir_.string()});
    *seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
    const std::string prefix = dir_.string() + "/";
    for (size_t at = r.out.find(prefix); at != std::string::npos; at = r.out.find(prefix, at))
      r.out.erase(at, prefix.size());
    return r;
  }

 private:
  fs::path dir_;
};

std::vector<std::string> corpus_names() {
  std::vector<std::string> names;
  for (const auto& e : fs::directory_iterator(source_path("tests/bad/corpus")))
    if (e.path().extension() == ".yaml") names.push_back(e.path().stem().string());
  std::sort(names.begin(), names.end());
  return names;
}

// The first problem as validate prints it, to write NAME.expected.
std::string first_problem(const DataFolder& folder) {
  Validation v = validate_folder(folder.dir());
  if (v.problems.empty()) return "(no problem found)\n";
  std::string text = format(v.problems.front()) + "\n";
  const std::string prefix = folder.dir().string() + "/";
  for (size_t at = text.find(prefix); at != std::string::npos; at = text.find(prefix, at)) text.erase(at, prefix.size());
  return text;
}

void expect_fails_with(const DataFolder& folder, const std::string& expected, const std::string& name) {
  double seconds = 0;
  test::CliResult r = folder.validate(&seconds);
  EXPECT_EQ(r.code, 1) << name << "\n" << r.out << r.err;
  EXPECT_LT(seconds, kMaxSeconds) << name;
  EXPECT_EQ(r.out.substr(0, expected.size()), expected) << name << ": output was\n" << r.out;
}

TEST(BadCorpus, HasAtLeastFortyFiles) { EXPECT_GE(corpus_names().size(), 40u); }

TEST(BadCorpus, EveryFileFailsWithItsExpectedError) {
  const char* update = std::getenv("POSITIONS_UPDATE_EXPECTED");
  for (const auto& name : corpus_names()) {
    SCOPED_TRACE(name);
    DataFolder folder(name);
    fs::copy_file(source_path("tests/bad/corpus/" + name + ".yaml"), folder.slot(name),
                  fs::copy_options::overwrite_existing);
    const std::string expected_path = source_path("tests/bad/corpus/" + name + ".expected");
    if (update && std::string(update) == "1") std::ofstream(expected_path, std::ios::binary) << first_problem(folder);
    ASSERT_TRUE(fs::exists(expected_path)) << "missing " << expected_path;
    const std::string expected = read_file(expected_path);
    ASSERT_FALSE(expected.empty());
    expect_fails_with(folder, expected, name);
  }
}

// Made here: too big to commit.
TEST(BadCorpus, FiftyMegabyteFileIsRefusedUnread) {
  DataFolder folder("fifty-mb");
  {
    std::ofstream out(folder.slot("party-big"), std::ios::binary);
    const std::string line = "# padding padding padding padding padding padding padding padding\n";
    for (size_t written = 0; written < (50u << 20); written += line.size()) out << line;
  }
  const auto size = fs::file_size(folder.slot("party-big"));
  expect_fails_with(folder,
                    "positions/bad.yaml: the file is " + std::to_string(size) +
                        " bytes; at most 4194304 bytes are read\n  hint: split the data into smaller files\n",
                    "50 MB");
}

// An unclosed '[' may still become a key, so yaml-cpp opens a map for each as
// well: the limit is reached at the 33rd bracket, 65 levels in.
TEST(BadCorpus, MillionDeepNestingStopsAtTheDepthLimit) {
  DataFolder folder("deep");
  std::ofstream(folder.slot("party-deep"), std::ios::binary) << "code: " << std::string(1'000'000, '[') << '\n';
  expect_fails_with(folder, "positions/bad.yaml:1:39: maps and lists are nested more than 64 deep here; at most that is read\n",
                    "deep");
}

TEST(BadCorpus, MillionDeepMapsStopAtTheDepthLimit) {
  DataFolder folder("deep-maps");
  {
    std::ofstream out(folder.slot("party-deep-maps"), std::ios::binary);
    for (int i = 0; i < 200'000; ++i) out << "{a: ";
  }
  expect_fails_with(folder, "positions/bad.yaml:1:253: maps and lists are nested more than 64 deep here; at most that is read\n",
                    "deep maps");
}

TEST(BadCorpus, TooManyValuesAreRefused) {
  DataFolder folder("wide");
  {
    std::ofstream out(folder.slot("party-wide"), std::ios::binary);
    out << "code: [";
    for (int i = 0; i < 150'000; ++i) out << "1, ";
    out << "1]\n";
  }
  expect_fails_with(folder, "positions/bad.yaml:1:299999: the file has more than 100000 values (counting each alias as a copy of what it names); at most that many are read\n",
                    "wide");
}

// Each size limit can bind: values longer than 42 bytes on average
// (4,194,304 / 100,000), like long quotes, reach the byte limit first.
TEST(BadCorpus, ByteLimitBindsOnFewLongValues) {
  DataFolder folder("long-values");
  {
    std::ofstream out(folder.slot("party-long-values"), std::ios::binary);
    out << "code: bad\nnotes:\n";
    const std::string value = "  - \"" + std::string(100'000, 'x') + "\"\n";
    for (size_t written = 0; written <= YamlLimits::max_file_bytes; written += value.size()) out << value;
  }
  const auto size = fs::file_size(folder.slot("party-long-values"));
  ASSERT_LT(size / 100'000, YamlLimits::max_nodes);
  expect_fails_with(folder,
                    "positions/bad.yaml: the file is " + std::to_string(size) +
                        " bytes; at most 4194304 bytes are read\n  hint: split the data into smaller files\n",
                    "long values");
}

TEST(BadCorpus, DeepAliasBombIsRefusedBeforeExpanding) {
  DataFolder folder("alias-deep");
  {
    // Each level doubles the size: 2^40 values if expanded.
    std::ofstream out(folder.slot("party-alias-deep"), std::ios::binary);
    out << "l0: &l0 [x, x]\n";
    for (int i = 1; i <= 40; ++i) out << "l" << i << ": &l" << i << " [*l" << i - 1 << ", *l" << i - 1 << "]\n";
  }
  expect_fails_with(folder, "positions/bad.yaml:15:18: the file has more than 100000 values", "alias deep");
}

}  // namespace
}  // namespace positions
