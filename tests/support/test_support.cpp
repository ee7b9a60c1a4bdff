#include "test_support.hpp"

#include <gtest/gtest.h>

#include <stdlib.h>

#include <cstdlib>
#include <fstream>
#include <sstream>
#include <stdexcept>

#include "cli.hpp"

namespace positions::test {

CliResult run(const std::vector<std::string>& args) {
  std::ostringstream out, err;
  CliResult r;
  r.code = cli::run_cli(args, out, err);
  r.out = out.str();
  r.err = err.str();
  return r;
}

std::string source_path(const std::string& relative) {
  return std::string(POSITIONS_SOURCE_DIR) + "/" + relative;
}

std::string fixture(const std::string& name) { return source_path("tests/fixtures/" + name); }

std::string read_file(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  std::ostringstream s;
  s << in.rdbuf();
  return s.str();
}

ScratchDir::ScratchDir(const std::string& stem) {
  std::string t = (std::filesystem::temp_directory_path() / (stem + "-XXXXXX")).string();
  if (!::mkdtemp(t.data())) throw std::runtime_error("cannot make a scratch folder from " + t);
  path_ = t;
}

ScratchDir::~ScratchDir() {
  std::error_code ec;
  std::filesystem::remove_all(path_, ec);
}

std::string without(std::string text, const std::string& prefix) {
  for (size_t at; !prefix.empty() && (at = text.find(prefix)) != std::string::npos;) text.erase(at, prefix.size());
  return text;
}

void expect_matches_file(const std::string& actual, const std::string& expected) {
  const std::string path = source_path("tests/" + expected);
  const char* update = std::getenv("POSITIONS_UPDATE_EXPECTED");
  if (update && std::string(update) == "1") {
    std::ofstream(path, std::ios::binary) << actual;
    return;
  }
  std::ifstream probe(path);
  ASSERT_TRUE(probe.good()) << "missing expected file " << path
                            << " (run the tests with POSITIONS_UPDATE_EXPECTED=1 to write it)";
  EXPECT_EQ(actual, read_file(path)) << "output differs from " << path;
}

}  // namespace positions::test
