// The one error type of the engine: every problem it reports carries a
// position in a file, a message that says what was expected, and maybe a hint.
#pragma once

#include <exception>
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

// "file:line:column: message" (or "file: message" for the whole file; a
// warning says "warning: " before its message), then the source line and a
// caret under the column when the line is known, then "  hint: ..." when there
// is one. With `color`, ANSI escapes make the position bold and the caret and
// the word "warning" red or yellow; the text is otherwise the same.
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
