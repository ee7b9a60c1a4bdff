#include "statement.hpp"

#include <cctype>

#include "suggest.hpp"

namespace positions::stability {

bool Statement::eval(int n, StateBits s) const {
  const Node& x = nodes_[n];
  switch (x.kind) {
    case Node::option: return (s >> x.a) & 1u;
    case Node::negation: return !eval(x.a, s);
    case Node::conjunction: return eval(x.a, s) && eval(x.b, s);
    case Node::disjunction: return eval(x.a, s) || eval(x.b, s);
    case Node::implication: return eval(x.a, s) || !eval(x.b, s);  // a if b
    case Node::equivalence: return eval(x.a, s) == eval(x.b, s);
  }
  return false;
}

// Recursive descent; nesting is bounded by the text's length, itself bounded
// by the loader's file size limit, and by `max_depth` here.
struct StatementParser {
  StatementParser(const std::string& t, const std::function<int(const std::string&)>& index,
                  const std::vector<std::string>& ids)
      : text(t), option_index(index), option_ids(ids) {}

  const std::string& text;
  const std::function<int(const std::string&)>& option_index;
  const std::vector<std::string>& option_ids;
  std::size_t pos = 0;
  std::size_t word_at = 0;
  std::string word;  // the current token: an identifier, "(", ")" or "" at the end
  Statement st;
  std::optional<StatementError> error;
  int depth = 0;
  static constexpr int max_depth = 50;

  void advance() {
    while (pos < text.size() && std::isspace(static_cast<unsigned char>(text[pos]))) ++pos;
    word_at = pos;
    if (pos >= text.size()) {
      word.clear();
      return;
    }
    if (text[pos] == '(' || text[pos] == ')') {
      word = text.substr(pos++, 1);
      return;
    }
    std::size_t end = pos;
    while (end < text.size() && !std::isspace(static_cast<unsigned char>(text[end])) && text[end] != '(' &&
           text[end] != ')')
      ++end;
    word = text.substr(pos, end - pos);
    pos = end;
  }

  Statement finish(int root) {
    st.root_ = root;
    return std::move(st);
  }

  int fail(std::string message, std::string hint = {}) {
    if (!error) error = StatementError{word_at, std::move(message), std::move(hint)};
    return -1;
  }
  int add(Statement::Node n) {
    st.nodes_.push_back(n);
    return static_cast<int>(st.nodes_.size()) - 1;
  }
  static bool is_operator(const std::string& w) {
    return w == "and" || w == "or" || w == "not" || w == "if" || w == "iff";
  }

  int statement() {
    if (++depth > max_depth) return fail("the statement nests deeper than 50 levels");
    const int left = disjunction();
    if (left < 0) return -1;
    int result = left;
    if (word == "if" || word == "iff") {
      const auto kind = word == "if" ? Statement::Node::implication : Statement::Node::equivalence;
      advance();
      const int right = disjunction();
      if (right < 0) return -1;
      result = add({kind, left, right});
      if (word == "if" || word == "iff")
        return fail("a second '" + word + "' in one statement", "group with parentheses: (a if b) iff c");
    }
    --depth;
    return result;
  }
  int disjunction() {
    int left = conjunction();
    while (left >= 0 && word == "or") {
      advance();
      const int right = conjunction();
      if (right < 0) return -1;
      left = add({Statement::Node::disjunction, left, right});
    }
    return left;
  }
  int conjunction() {
    int left = unary();
    while (left >= 0 && word == "and") {
      advance();
      const int right = unary();
      if (right < 0) return -1;
      left = add({Statement::Node::conjunction, left, right});
    }
    return left;
  }
  int unary() {
    if (word == "not") {
      if (++depth > max_depth) return fail("the statement nests deeper than 50 levels");
      advance();
      const int x = unary();
      --depth;
      return x < 0 ? -1 : add({Statement::Node::negation, x, -1});
    }
    if (word == "(") {
      advance();
      const int x = statement();
      if (x < 0) return -1;
      if (word != ")") return fail(word.empty() ? "missing ')' at the end" : "expected ')' before '" + word + "'");
      advance();
      return x;
    }
    if (word.empty()) return fail("expected an option id at the end", "write e.g. 'a and not b'");
    if (word == ")") return fail("expected an option id before ')'");
    if (is_operator(word)) return fail("expected an option id before '" + word + "'");
    const int k = option_index(word);
    if (k < 0) {
      std::string hint = did_you_mean(word, option_ids);
      if (hint.empty()) hint = "options are declared under 'decision_makers'; write 'not ID' for its negation";
      return fail("unknown option '" + word + "'", hint);
    }
    advance();
    return add({Statement::Node::option, k, -1});
  }
};

std::variant<Statement, StatementError> parse_statement(
    const std::string& text, const std::function<int(const std::string&)>& option_index,
    const std::vector<std::string>& option_ids) {
  StatementParser p{text, option_index, option_ids};
  p.advance();
  const int root = p.statement();
  if (root >= 0 && !p.word.empty()) p.fail("expected 'and', 'or', 'if' or 'iff' before '" + p.word + "'");
  if (p.error) return *p.error;
  return p.finish(root);
}

}  // namespace positions::stability
