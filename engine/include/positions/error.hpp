// The one error type of the engine: every problem it reports carries a
// position in a file, a message that says what was expected, and maybe a hint.
#pragma once

#include <exception>
#include <map>
#include <memory>
#include <string>
#include <vector>

namespace positions {

// 1-based line and column; line 0 means "the file as a whole". Columns count
// characters (UTF-8 code points), not bytes.
struct Location {
  std::string file;
  int line = 0;
  int column = 0;
};

// Errors stop a load; warnings (from `validate`) point at what is legal but
// likely wrong, and never reach an Error.
enum class Severity { error, warning };

struct Diagnostic {
  Location where;
  std::string message;
  std::string hint;         // empty when there is none
  std::string source_line;  // the text of line `where.line`, when known
  Severity severity = Severity::error;
};

// The text of every file read, by the name used in messages, so that a
// diagnostic made after loading (from the model, which keeps positions but not
// text) can quote its line without opening the file again. Copies share the
// texts.
class SourceMap {
 public:
  void add(const std::string& file, std::string text);
  // The 1-based line `line` of `file` without its line break; empty when the
  // file or the line is unknown.
  std::string line(const std::string& file, int line) const;
  // Fills in the source line of each diagnostic that has a line but no text.
  void attach(std::vector<Diagnostic>& diagnostics) const;

 private:
  std::map<std::string, std::shared_ptr<const std::string>> texts_;
};

// "file:line:column: message" (or "file: message" for the whole file; a
// warning says "warning: " before its message), then the source line and a
// caret under the column when the line is known, then "  hint: ..." when there
// is one. Text from the data (file names, messages, hints, the source line)
// is passed through visible() first, so a control character in it is shown,
// never obeyed. With `color`, paint() marks (turned into ANSI escapes by
// terminal_text(), at the CLI's boundary) make the position bold and the
// caret and the word "warning" red or yellow; the text is otherwise the same.
std::string format(const Diagnostic& d, bool color = false);

// Thrown with every problem found, so a user fixes a file in one pass.
class Error : public std::exception {
 public:
  explicit Error(std::vector<Diagnostic> problems);
  Error(Location where, std::string message, std::string hint = {});

  const std::vector<Diagnostic>& problems() const { return problems_; }
  const char* what() const noexcept override { return text_.c_str(); }

 private:
  std::vector<Diagnostic> problems_;
  std::string text_;
};

}  // namespace positions
