// Option statements, GMCR II's language for preferences and infeasible
// states: option ids joined by not, and, or, and at the top at most one
// "if" or "iff" ("a if b" holds unless b holds and a does not). Parentheses
// group. Private to the stability library.
#pragma once

#include <functional>
#include <optional>
#include <variant>
#include <string>
#include <vector>

#include "positions/stability.hpp"

namespace positions::stability {

class Statement {
 public:
  bool holds(StateBits s) const { return eval(root_, s); }

  struct Node {
    enum Kind { option, negation, conjunction, disjunction, implication, equivalence } kind;
    int a = -1, b = -1;  // operands (node indices), or a = option index
  };

 private:
  friend struct StatementParser;
  bool eval(int n, StateBits s) const;
  std::vector<Node> nodes_;
  int root_ = -1;
};

struct StatementError {
  std::size_t offset;  // byte offset into the text
  std::string message;
  std::string hint;
};

// Parses `text`; `option_index` maps an option id to its index or -1 (the
// error then suggests from `option_ids`).
std::variant<Statement, StatementError> parse_statement(
    const std::string& text, const std::function<int(const std::string&)>& option_index,
    const std::vector<std::string>& option_ids);

}  // namespace positions::stability
