#include <gtest/gtest.h>

#include "ansi.hpp"
#include "positions/error.hpp"

namespace positions {
namespace {

Diagnostic at(int line, int column, std::string source, std::string hint = {}) {
  return {{"f.yaml", line, column}, "bad thing", std::move(hint), std::move(source), Severity::error};
}

TEST(ErrorFormat, FirstLineThenSourceLineCaretAndHint) {
  EXPECT_EQ(format(at(3, 5, "  - issue: x", "try y")),
            "f.yaml:3:5: bad thing\n  - issue: x\n    ^\n  hint: try y");
}

TEST(ErrorFormat, WholeFileProblemHasNoCaret) {
  Diagnostic d{{"f.yaml"}, "the file is empty", "", "", Severity::error};
  EXPECT_EQ(format(d), "f.yaml: the file is empty");
}

TEST(ErrorFormat, CaretCountsCharactersNotBytes) {
  // 'é' is two bytes; column 6 is the 'x' after it.
  EXPECT_EQ(format(at(1, 6, "name: éx")), "f.yaml:1:6: bad thing\nname: éx\n     ^");
}

TEST(ErrorFormat, CaretFollowsTabs) {
  EXPECT_EQ(format(at(1, 3, "\tab")), "f.yaml:1:3: bad thing\n\tab\n\t ^");
}

TEST(ErrorFormat, UnprintableBytesShowAsQuestionMarks) {
  EXPECT_EQ(format(at(1, 3, std::string("a\x01\xff" "b", 4))), "f.yaml:1:3: bad thing\na??b\n  ^");
}

TEST(ErrorFormat, LongLinesAreCutAroundTheColumn) {
  const std::string line = std::string(150, 'a') + "X" + std::string(150, 'b');
  const std::string text = format(at(1, 151, line));
  const std::string expected_line = "..." + std::string(50, 'a') + "X" + std::string(49, 'b') + "...";
  EXPECT_EQ(text, "f.yaml:1:151: bad thing\n" + expected_line + "\n" + std::string(53, ' ') + "^");
}

TEST(ErrorFormat, WarningsSayWarning) {
  Diagnostic d = at(2, 1, "x: 1");
  d.severity = Severity::warning;
  EXPECT_EQ(format(d), "f.yaml:2:1: warning: bad thing\nx: 1\n^");
}

TEST(ErrorFormat, ColourMarksPositionAndCaretOnly) {
  // paint() marks, turned into escapes where the CLI writes.
  EXPECT_EQ(terminal_text(format(at(1, 1, "x"), true)), "\x1b[1mf.yaml:1:1:\x1b[0m bad thing\nx\n\x1b[31m^\x1b[0m");
  Diagnostic w = at(1, 1, "x");
  w.severity = Severity::warning;
  EXPECT_EQ(terminal_text(format(w, true)), "\x1b[1mf.yaml:1:1:\x1b[0m \x1b[33mwarning:\x1b[0m bad thing\nx\n\x1b[33m^\x1b[0m");
}

}  // namespace
}  // namespace positions
