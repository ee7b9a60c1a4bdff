// The one error type of the engine: every problem it reports carries a
// position in a file, a message that says what was expected, and maybe a hint.
#pragma once

#include <exception>
#include <string>
#include <vector>

namespace positions {

// 1-based line and column; line 0 means "the file as a whole".
struct Location {
  std::string file;
  int line = 0;
  int column = 0;
};

struct Diagnostic {
  Location where;
  std::string message;
  std::string hint;  // empty when there is none
};

// "file:line:column: message" (or "file: message" for the whole file), and the
// hint on its own indented line.
std::string format(const Diagnostic& d);

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
