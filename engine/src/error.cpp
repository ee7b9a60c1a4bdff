#include "positions/error.hpp"

namespace positions {

std::string format(const Diagnostic& d) {
  std::string out = d.where.file;
  if (d.where.line > 0) {
    out += ':' + std::to_string(d.where.line) + ':' + std::to_string(d.where.column);
  }
  out += out.empty() ? "" : ": ";
  out += d.message;
  if (!d.hint.empty()) out += "\n  hint: " + d.hint;
  return out;
}

Error::Error(std::vector<Diagnostic> problems) : problems_(std::move(problems)) {
  for (const auto& p : problems_) {
    if (!text_.empty()) text_ += '\n';
    text_ += format(p);
  }
}

Error::Error(Location where, std::string message, std::string hint)
    : Error(std::vector<Diagnostic>{{std::move(where), std::move(message), std::move(hint)}}) {}

}  // namespace positions
