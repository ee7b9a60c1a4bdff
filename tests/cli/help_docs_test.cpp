// The command manual cannot drift from the program: docs/commands.md holds
// `positions --help` and each `positions COMMAND --help` verbatim, each in a
// fenced block opened by "```help" (the program's help) or "```help NAME" (a
// command's). The commands come from the CLI's own table, so a new command
// without a block fails here, and so does a block for a command that is gone.
// With POSITIONS_UPDATE_EXPECTED=1 the blocks are rewritten in place.
#include <gtest/gtest.h>

#include <cstdlib>
#include <fstream>
#include <map>
#include <set>
#include <string>
#include <vector>

#include "commands.hpp"
#include "test_support.hpp"

namespace positions {
namespace {

constexpr const char* kManual = "docs/commands.md";

// One ```help block: its name ("" for the program's own help) and where its
// text lies in the file (from the line after the opening fence to the
// closing fence).
struct HelpBlock {
  std::string name;
  size_t begin = 0;
  size_t end = 0;
  size_t line = 0;  // of the opening fence, 1-based
};

std::vector<HelpBlock> help_blocks(const std::string& text) {
  std::vector<HelpBlock> blocks;
  HelpBlock* open = nullptr;
  size_t line = 0;
  for (size_t start = 0; start < text.size();) {
    size_t nl = text.find('\n', start);
    const size_t next = nl == std::string::npos ? text.size() : nl + 1;
    const std::string l = text.substr(start, (nl == std::string::npos ? text.size() : nl) - start);
    ++line;
    if (open) {
      if (l == "```") {
        open->end = start;
        open = nullptr;
      }
    } else if (l == "```help" || l.rfind("```help ", 0) == 0) {
      HelpBlock b;
      b.name = l.size() > 7 ? l.substr(8) : "";
      b.begin = next;
      b.end = std::string::npos;
      b.line = line;
      blocks.push_back(b);
      open = &blocks.back();
    }
    start = next;
  }
  return blocks;
}

std::string label(const std::string& name) { return name.empty() ? "positions --help" : "positions " + name + " --help"; }

TEST(HelpDocs, TheManualShowsEveryCommandsHelpVerbatim) {
  const std::string path = test::source_path(kManual);
  const std::string text = test::read_file(path);
  ASSERT_FALSE(text.empty()) << "cannot read " << path;
  const char* update_env = std::getenv("POSITIONS_UPDATE_EXPECTED");
  const bool update = update_env && std::string(update_env) == "1";

  // What the program says, by block name.
  std::map<std::string, std::string> help;
  help[""] = test::run({"--help"}).out;
  for (const auto& c : cli::commands()) {
    auto r = test::run({c.name, "--help"});
    ASSERT_EQ(r.code, 0) << label(c.name) << ": " << r.err;
    help[c.name] = r.out;
  }

  const std::vector<HelpBlock> blocks = help_blocks(text);
  std::set<std::string> seen;
  for (const auto& b : blocks) {
    ASSERT_NE(b.end, std::string::npos) << kManual << ":" << b.line << ": the ```help block is never closed";
    EXPECT_TRUE(seen.insert(b.name).second) << kManual << ":" << b.line << ": a second block for " << label(b.name);
    EXPECT_TRUE(help.count(b.name)) << kManual << ":" << b.line << ": a ```help block for '" << b.name
                                    << "', which is not a command (see tools/cli/commands.hpp)";
  }
  for (const auto& [name, out] : help)
    EXPECT_TRUE(seen.count(name)) << kManual << " has no block with the output of " << label(name)
                                  << ": add an empty one, opened by ```help" << (name.empty() ? "" : " " + name)
                                  << ", under the command's heading, and run the tests with "
                                     "POSITIONS_UPDATE_EXPECTED=1 to fill it";

  if (update) {
    // Back to front, so the earlier offsets stay valid.
    std::string rewritten = text;
    for (auto b = blocks.rbegin(); b != blocks.rend(); ++b)
      if (help.count(b->name)) rewritten.replace(b->begin, b->end - b->begin, help[b->name]);
    if (rewritten != text) {
      std::ofstream f(path, std::ios::binary);
      f << rewritten;
      f.close();
      EXPECT_TRUE(f.good()) << "cannot write " << path;
    }
    return;
  }
  for (const auto& b : blocks) {
    if (!help.count(b.name)) continue;
    EXPECT_EQ(text.substr(b.begin, b.end - b.begin), help[b.name])
        << kManual << ":" << b.line << ": the block differs from the output of " << label(b.name)
        << "; after a deliberate change, run the tests with POSITIONS_UPDATE_EXPECTED=1 and read the diff";
  }
}

}  // namespace
}  // namespace positions
