// The loader's limits, checked in the one pass that builds the nodes, and
// the nodes it builds.
#include "yaml_shape.hpp"

#include <gtest/gtest.h>
#include <yaml-cpp/exceptions.h>
#include <yaml-cpp/yaml.h>

#include <fstream>
#include <sstream>

namespace positions {
namespace {

std::optional<ShapeProblem> problem_in(const std::string& text) { return parse_yaml_within_limits(text).problem; }

std::string nested(int depth) { return std::string(static_cast<size_t>(depth), '[') + std::string(static_cast<size_t>(depth), ']'); }

TEST(YamlShape, SixtyFourLevelsAreRead) { EXPECT_FALSE(problem_in(nested(64))); }

TEST(YamlShape, SixtyFiveLevelsAreNot) {
  auto p = problem_in(nested(65));
  ASSERT_TRUE(p);
  EXPECT_EQ(p->message, "maps and lists are nested more than 64 deep here; at most that is read");
  EXPECT_EQ(p->mark.column, 64);
}

TEST(YamlShape, AliasesToCompleteNodesAreAllowed) {
  EXPECT_FALSE(problem_in("a: &a {x: 1}\nb: *a\nc: [*a, *a]\n"));
}

TEST(YamlShape, AliasesCountAsTheNodesTheyName) {
  // 10 copies of a 10,001-value list: 100,010 values once expanded.
  std::string text = "a: &a [";
  for (int i = 0; i < 10'000; ++i) text += "1, ";
  text += "1]\nb: [*a, *a, *a, *a, *a, *a, *a, *a, *a]\n";
  auto p = problem_in(text);
  ASSERT_TRUE(p);
  EXPECT_EQ(p->message.substr(0, 36), "the file has more than 100000 values");
}

TEST(YamlShape, AliasDepthCountsWhereItIsUsed) {
  std::string text = "a: &a " + nested(40) + "\nb: " + std::string(30, '[') + "*a" + std::string(30, ']') + "\n";
  auto p = problem_in(text);
  ASSERT_TRUE(p);
  EXPECT_EQ(p->message.substr(0, 33), "maps and lists are nested more th");
}

TEST(YamlShape, AnAliasInsideWhatItNamesIsALoop) {
  auto p = problem_in("a: &a {b: *a}\n");
  ASSERT_TRUE(p);
  EXPECT_EQ(p->message, "an alias refers to the node that contains it, which would make a loop");
}

TEST(YamlShape, OneDocumentOnly) {
  auto p = problem_in("a: 1\n---\nb: 2\n");
  ASSERT_TRUE(p);
  EXPECT_EQ(p->message, "a second YAML document starts here; a file holds one document");
  EXPECT_EQ(p->mark.line, 1);  // 0-based: the '---' line
  EXPECT_FALSE(problem_in("---\na: 1\n...\n"));
}

// yaml-cpp 0.7's LoadAll loops forever on these; the pre-pass stops, with
// its own error or the parser's ("!+(.,.)" is a tag, refused as one).
TEST(YamlShape, TokensThatStartNoNodeAreSyntaxErrors) {
  try {
    auto p = problem_in("- !+(.,.)");
    ASSERT_TRUE(p);
    EXPECT_EQ(p->message, "the YAML tag '!+(.' is not read; data files use plain values");
  } catch (const YAML::ParserException&) {
  }
  for (const char* text : {",", "a: 1\n,\n"}) {
    std::string message;
    try {
      auto p = problem_in(text);
      if (p) message = p->message;
    } catch (const YAML::ParserException& e) {
      message = "YAML syntax error: " + e.msg;
    }
    EXPECT_EQ(message.substr(0, 19), "YAML syntax error: ") << text;
  }
}

TEST(YamlShape, EmptyDocumentsAreEmpty) {
  for (const char* text : {"", "# just a comment\n", "---\n", "~\n"}) {
    auto p = problem_in(text);
    ASSERT_TRUE(p) << text;
    EXPECT_EQ(p->message, "the file is empty; expected a YAML map") << text;
  }
}

TEST(YamlShape, UnclosedQuotesAreFound) {
  auto p = problem_in("a: 'it''s\nb: 1\n");
  ASSERT_TRUE(p);
  EXPECT_EQ(p->message, "YAML syntax error: the quote opened here is never closed");
  EXPECT_FALSE(problem_in("a: 'it''s'\nb: \"say \\\"x\\\"\"\n"));
}

// The one pass builds the tree YAML::Load builds: the same types, values,
// tags, marks and order, and an alias is the node it names, not a copy.
void expect_same_tree(const YAML::Node& ours, const YAML::Node& theirs, const std::string& path) {
  ASSERT_EQ(ours.Type(), theirs.Type()) << path;
  EXPECT_EQ(ours.Tag(), theirs.Tag()) << path;
  EXPECT_EQ(ours.Mark().pos, theirs.Mark().pos) << path;
  EXPECT_EQ(ours.Mark().line, theirs.Mark().line) << path;
  EXPECT_EQ(ours.Mark().column, theirs.Mark().column) << path;
  if (ours.IsScalar()) {
    EXPECT_EQ(ours.Scalar(), theirs.Scalar()) << path;
  }
  if (ours.IsSequence()) {
    ASSERT_EQ(ours.size(), theirs.size()) << path;
    for (std::size_t i = 0; i < ours.size(); ++i) expect_same_tree(ours[i], theirs[i], path + "/" + std::to_string(i));
  }
  if (ours.IsMap()) {
    ASSERT_EQ(ours.size(), theirs.size()) << path;
    auto a = ours.begin();
    for (auto b = theirs.begin(); b != theirs.end(); ++a, ++b) {
      expect_same_tree(a->first, b->first, path + "/key");
      expect_same_tree(a->second, b->second, path + "/" + (b->first.IsScalar() ? b->first.Scalar() : "?"));
    }
  }
}

TEST(YamlShape, OnePassBuildsWhatYamlLoadBuilds) {
  const std::string text =
      "# a comment\n---\nname: 'it''s'\nlist: [1, ~, \"two\", {a: b}]\nblock:\n  - x\n  - ? k\n    : v\n"
      "empty:\nanchored: &a {deep: [1, [2, [3]]]}\nagain: *a\nfolded: >\n  some\n  text\n";
  const ParsedYaml parsed = parse_yaml_within_limits(text);
  ASSERT_FALSE(parsed.problem);
  expect_same_tree(parsed.root, YAML::Load(text), "");
  EXPECT_TRUE(parsed.root["again"].is(parsed.root["anchored"]));
}

TEST(YamlShape, OnePassBuildsTheShippedFilesAsYamlLoadDoes) {
  for (const char* file : {"positions/catalog.yaml", "positions/ru.yaml", "scenarios/budapest-2025.yaml"}) {
    std::ifstream in(std::string(POSITIONS_SOURCE_DIR) + "/" + file);
    ASSERT_TRUE(in) << file;
    std::stringstream text;
    text << in.rdbuf();
    const ParsedYaml parsed = parse_yaml_within_limits(text.str());
    ASSERT_FALSE(parsed.problem) << file;
    expect_same_tree(parsed.root, YAML::Load(text.str()), file);
  }
}

}  // namespace
}  // namespace positions
