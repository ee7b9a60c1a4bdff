// The loader's limits, checked before any node is built.
#include "yaml_shape.hpp"

#include <gtest/gtest.h>
#include <yaml-cpp/exceptions.h>

namespace positions {
namespace {

std::string nested(int depth) { return std::string(static_cast<size_t>(depth), '[') + std::string(static_cast<size_t>(depth), ']'); }

TEST(YamlShape, SixtyFourLevelsAreRead) { EXPECT_FALSE(check_yaml_shape(nested(64))); }

TEST(YamlShape, SixtyFiveLevelsAreNot) {
  auto p = check_yaml_shape(nested(65));
  ASSERT_TRUE(p);
  EXPECT_EQ(p->message, "maps and lists are nested more than 64 deep here; at most that is read");
  EXPECT_EQ(p->mark.column, 64);
}

TEST(YamlShape, AliasesToCompleteNodesAreAllowed) {
  EXPECT_FALSE(check_yaml_shape("a: &a {x: 1}\nb: *a\nc: [*a, *a]\n"));
}

TEST(YamlShape, AliasesCountAsTheNodesTheyName) {
  // 10 copies of a 10,001-value list: 100,010 values once expanded.
  std::string text = "a: &a [";
  for (int i = 0; i < 10'000; ++i) text += "1, ";
  text += "1]\nb: [*a, *a, *a, *a, *a, *a, *a, *a, *a]\n";
  auto p = check_yaml_shape(text);
  ASSERT_TRUE(p);
  EXPECT_EQ(p->message.substr(0, 36), "the file has more than 100000 values");
}

TEST(YamlShape, AliasDepthCountsWhereItIsUsed) {
  std::string text = "a: &a " + nested(40) + "\nb: " + std::string(30, '[') + "*a" + std::string(30, ']') + "\n";
  auto p = check_yaml_shape(text);
  ASSERT_TRUE(p);
  EXPECT_EQ(p->message.substr(0, 33), "maps and lists are nested more th");
}

TEST(YamlShape, AnAliasInsideWhatItNamesIsALoop) {
  auto p = check_yaml_shape("a: &a {b: *a}\n");
  ASSERT_TRUE(p);
  EXPECT_EQ(p->message, "an alias refers to the node that contains it, which would make a loop");
}

TEST(YamlShape, OneDocumentOnly) {
  auto p = check_yaml_shape("a: 1\n---\nb: 2\n");
  ASSERT_TRUE(p);
  EXPECT_EQ(p->message, "a second YAML document starts here; a file holds one document");
  EXPECT_EQ(p->mark.line, 1);  // 0-based: the '---' line
  EXPECT_FALSE(check_yaml_shape("---\na: 1\n...\n"));
}

// yaml-cpp 0.7's LoadAll loops forever on these; the pre-pass stops, with
// its own error or the parser's ("!+(.,.)" is a tag, refused as one).
TEST(YamlShape, TokensThatStartNoNodeAreSyntaxErrors) {
  try {
    auto p = check_yaml_shape("- !+(.,.)");
    ASSERT_TRUE(p);
    EXPECT_EQ(p->message, "the YAML tag '!+(.' is not read; data files use plain values");
  } catch (const YAML::ParserException&) {
  }
  for (const char* text : {",", "a: 1\n,\n"}) {
    std::string message;
    try {
      auto p = check_yaml_shape(text);
      if (p) message = p->message;
    } catch (const YAML::ParserException& e) {
      message = "YAML syntax error: " + e.msg;
    }
    EXPECT_EQ(message.substr(0, 19), "YAML syntax error: ") << text;
  }
}

TEST(YamlShape, EmptyDocumentsAreEmpty) {
  for (const char* text : {"", "# just a comment\n", "---\n", "~\n"}) {
    auto p = check_yaml_shape(text);
    ASSERT_TRUE(p) << text;
    EXPECT_EQ(p->message, "the file is empty; expected a YAML map") << text;
  }
}

TEST(YamlShape, UnclosedQuotesAreFound) {
  auto p = check_yaml_shape("a: 'it''s\nb: 1\n");
  ASSERT_TRUE(p);
  EXPECT_EQ(p->message, "YAML syntax error: the quote opened here is never closed");
  EXPECT_FALSE(check_yaml_shape("a: 'it''s'\nb: \"say \\\"x\\\"\"\n"));
}

}  // namespace
}  // namespace positions
