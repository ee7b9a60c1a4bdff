#include <gtest/gtest.h>

#include "positions/load.hpp"
#include "test_support.hpp"

namespace positions {
namespace {

// The first problem's formatted text, or "" when the catalog loads.
std::string catalog_error(const std::string& yaml) {
  try {
    parse_catalog(yaml, "catalog.yaml");
  } catch (const Error& e) {
    return format(e.problems().front());
  }
  return "";
}

const char* kTwoIssues = R"(issues:
  - id: land
    title: Land
    ordered: true
    options:
      - {id: all, label: All}
      - {id: half, label: Half}
  - id: truce
    title: Truce
    options:
      - {id: now, label: Now}
      - {id: later, label: Later}
)";

TEST(LoadCatalog, ReadsIssuesOptionsAndRules) {
  Catalog c = parse_catalog(std::string(kTwoIssues) +
                                "rules:\n  - {term: truce.now, excludes: land.all, reason: Lines hold.}\n",
                            "catalog.yaml");
  ASSERT_EQ(c.issues.size(), 2u);
  EXPECT_EQ(c.issues[0].id, "land");
  EXPECT_TRUE(c.issues[0].ordered);
  EXPECT_FALSE(c.issues[1].ordered);
  EXPECT_EQ(c.issues[0].options[1].id, "half");
  ASSERT_EQ(c.rules.size(), 1u);
  EXPECT_EQ(c.term_name(c.rules[0].term), "truce.now");
  EXPECT_EQ(c.rules[0].kind, RuleKind::excludes);
  EXPECT_EQ(c.term_name(c.rules[0].other), "land.all");
  EXPECT_EQ(c.rules[0].where.line, 14);
}

TEST(LoadCatalog, MalformedYamlNamesLineAndColumn) {
  EXPECT_EQ(catalog_error("issues:\n  - id: land\n    title: [unclosed\n"),
            "catalog.yaml:4:1: YAML syntax error: end of sequence flow not found");
}

TEST(LoadCatalog, EmptyFile) {
  EXPECT_EQ(catalog_error(""), "catalog.yaml: the file is empty; expected a YAML map");
  EXPECT_EQ(catalog_error("# only a comment\n"), "catalog.yaml: the file is empty; expected a YAML map");
}

TEST(LoadCatalog, TopLevelMustBeAMap) {
  EXPECT_EQ(catalog_error("- a\n- b\n"),
            "catalog.yaml:1:1: the catalog is a list; expected a map with keys: issues, rules\n- a\n^");
}

TEST(LoadCatalog, UnknownKeyGetsDidYouMean) {
  EXPECT_EQ(catalog_error("issue:\n  - id: x\n"),
            "catalog.yaml:1:1: unknown key 'issue' in the catalog\nissue:\n^\n  hint: did you mean 'issues'?");
}

TEST(LoadCatalog, DuplicateKey) {
  EXPECT_EQ(catalog_error(std::string(kTwoIssues) + "issues: []\n"),
            "catalog.yaml:13:1: duplicate key 'issues' in the catalog\nissues: []\n^\n  hint: the first is at line 1; keep one");
}

TEST(LoadCatalog, MissingKeyNamesWhatIsExpected) {
  EXPECT_EQ(catalog_error("issues:\n  - id: land\n    options: [{id: a, label: A}, {id: b, label: B}]\n"),
            "catalog.yaml:2:5: missing key 'title' in an issue; expected a one-line title\n  - id: land\n    ^");
}

TEST(LoadCatalog, WrongTypes) {
  EXPECT_EQ(catalog_error("issues:\n  - id: land\n    title: [a, b]\n    options: [{id: a, label: A}, {id: b, label: B}]\n"),
            "catalog.yaml:3:12: the title of issue 'land' is a list; expected text\n    title: [a, b]\n           ^");
  EXPECT_EQ(catalog_error("issues:\n"
                          "  - id: land\n"
                          "    title: Land\n"
                          "    ordered: maybe\n"
                          "    options: [{id: a, label: A}, {id: b, label: B}]\n"),
            "catalog.yaml:4:14: 'ordered' 'maybe' is not true or false\n    ordered: maybe\n             ^");
  EXPECT_EQ(catalog_error("issues: 3\n"),
            "catalog.yaml:1:9: 'issues' is not a list of issues; expected at least one issue\nissues: 3\n        ^");
}

TEST(LoadCatalog, IdentifiersAreChecked) {
  EXPECT_EQ(catalog_error("issues:\n  - id: Land Grab\n    title: L\n    options: [{id: a, label: A}, {id: b, label: B}]\n"),
            "catalog.yaml:2:9: issue id 'Land Grab' is not an identifier; expected lower-case letters, digits and '_', starting with a letter\n"
            "  - id: Land Grab\n"
            "        ^");
}

TEST(LoadCatalog, DuplicateIssueAndOption) {
  EXPECT_EQ(catalog_error(std::string(kTwoIssues) + "  - id: land\n"
                                                    "    title: Again\n"
                                                    "    options: [{id: a, label: A}, {id: b, label: B}]\n"),
            "catalog.yaml:13:9: duplicate issue id 'land'\n"
            "  - id: land\n"
            "        ^\n"
            "  hint: issue ids must be unique in the catalog");
  EXPECT_EQ(catalog_error("issues:\n  - id: land\n    title: L\n    options: [{id: a, label: A}, {id: a, label: B}]\n"),
            "catalog.yaml:4:39: duplicate option 'a' in issue 'land'\n"
            "    options: [{id: a, label: A}, {id: a, label: B}]\n"
            "                                      ^");
}

TEST(LoadCatalog, AnIssueNeedsTwoOptions) {
  EXPECT_EQ(catalog_error("issues:\n  - id: land\n    title: L\n    options: [{id: a, label: A}]\n"),
            "catalog.yaml:4:14: issue 'land' has 1 option; expected at least two outcomes\n"
            "    options: [{id: a, label: A}]\n"
            "             ^");
}

TEST(LoadCatalog, RuleReferencesAreResolved) {
  EXPECT_EQ(catalog_error(std::string(kTwoIssues) + "rules:\n  - {term: truce.nowe, excludes: land.all, reason: R}\n"),
            "catalog.yaml:14:12: unknown option 'nowe' for issue 'truce'\n"
            "  - {term: truce.nowe, excludes: land.all, reason: R}\n"
            "           ^\n"
            "  hint: did you mean 'now'?");
  EXPECT_EQ(catalog_error(std::string(kTwoIssues) + "rules:\n  - {term: trice.now, excludes: land.all, reason: R}\n"),
            "catalog.yaml:14:12: unknown issue 'trice' in the rule's term 'trice.now'\n"
            "  - {term: trice.now, excludes: land.all, reason: R}\n"
            "           ^\n"
            "  hint: did you mean 'truce'?");
  EXPECT_EQ(catalog_error(std::string(kTwoIssues) + "rules:\n  - {term: truce, excludes: land.all, reason: R}\n"),
            "catalog.yaml:14:12: the rule's term 'truce' is not a term; expected issue.option, like donetsk.ru_all\n"
            "  - {term: truce, excludes: land.all, reason: R}\n"
            "           ^");
}

TEST(LoadCatalog, RuleShape) {
  EXPECT_EQ(catalog_error(std::string(kTwoIssues) + "rules:\n  - {term: truce.now, reason: R}\n"),
            "catalog.yaml:14:5: a rule has neither 'excludes' nor 'requires'; expected exactly one\n"
            "  - {term: truce.now, reason: R}\n"
            "    ^");
  EXPECT_EQ(catalog_error(std::string(kTwoIssues) + "rules:\n"
                                                    "  - {term: truce.now, excludes: land.all, requires: land.half, reason: R}\n"),
            "catalog.yaml:14:5: a rule has both 'excludes' and 'requires'; expected exactly one\n"
            "  - {term: truce.now, excludes: land.all, requires: land.half, reason: R}\n"
            "    ^\n"
            "  hint: write two rules");
  EXPECT_EQ(catalog_error(std::string(kTwoIssues) + "rules:\n  - {term: truce.now, excludes: truce.later, reason: R}\n"),
            "catalog.yaml:14:33: a rule must tie two different issues; 'truce.now' and 'truce.later' are options of the same issue\n"
            "  - {term: truce.now, excludes: truce.later, reason: R}\n"
            "                                ^\n"
            "  hint: options of one issue already exclude each other");
  EXPECT_EQ(catalog_error(std::string(kTwoIssues) + "rules:\n  - {term: truce.now, excludes: land.all}\n"),
            "catalog.yaml:14:5: missing key 'reason' in a rule; expected one line saying why the rule holds\n"
            "  - {term: truce.now, excludes: land.all}\n"
            "    ^");
}

TEST(LoadCatalog, ReportsEveryProblemInTheFileAtOnce) {
  try {
    parse_catalog("issues:\n  - id: a\n    titel: A\n    options: [{id: x, label: X}, {id: y, label: Y}]\n"
                  "  - id: b\n    title: B\n    options: [{id: x}, {id: y, label: Y}]\n",
                  "catalog.yaml");
    FAIL() << "expected an error";
  } catch (const Error& e) {
    // 'titel' stands for the missing 'title': its error says so, with no second one.
    ASSERT_EQ(e.problems().size(), 2u);
    EXPECT_EQ(format(e.problems()[0]),
              "catalog.yaml:3:5: unknown key 'titel' in an issue\n    titel: A\n    ^\n  hint: did you mean 'title'?");
    EXPECT_EQ(format(e.problems()[1]),
              "catalog.yaml:7:15: missing key 'label' in an option; expected a short description of the outcome\n"
              "    options: [{id: x}, {id: y, label: Y}]\n"
              "              ^");
  }
}

TEST(LoadCatalog, InvalidUtf8IsRejectedWithItsPosition) {
  EXPECT_EQ(catalog_error("issues:\n  - id: land\n    title: caf\xe9\n"),
            "catalog.yaml:3:15: the file is not valid UTF-8 text\n"
            "    title: caf?\n"
            "              ^\n"
            "  hint: save the file as UTF-8 (a binary file or another encoding cannot be read)");
}

TEST(LoadCatalog, MissingFileSaysWhy) {
  try {
    load_catalog(test::source_path("tests/fixtures/no-such-file.yaml"), "nowhere.yaml");
    FAIL();
  } catch (const Error& e) {
    EXPECT_EQ(format(e.problems().front()), "nowhere.yaml: cannot read the file: it does not exist");
  }
  try {
    load_catalog(test::source_path("tests/fixtures"), "fixtures");
    FAIL();
  } catch (const Error& e) {
    EXPECT_EQ(format(e.problems().front()), "fixtures: cannot read the file: it is a folder");
  }
}

}  // namespace
}  // namespace positions
