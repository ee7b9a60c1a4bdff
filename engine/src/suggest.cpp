#include "positions/suggest.hpp"

#include <algorithm>

namespace positions {

namespace {
// Levenshtein distance, case-insensitive, with '-' and '_' treated alike
// because analysts mix them up.
size_t distance(std::string_view a, std::string_view b) {
  auto norm = [](char c) {
    if (c == '-') return '_';
    return static_cast<char>(c >= 'A' && c <= 'Z' ? c - 'A' + 'a' : c);
  };
  std::vector<size_t> row(b.size() + 1);
  for (size_t j = 0; j <= b.size(); ++j) row[j] = j;
  for (size_t i = 1; i <= a.size(); ++i) {
    size_t diag = row[0];
    row[0] = i;
    for (size_t j = 1; j <= b.size(); ++j) {
      size_t up = row[j];
      size_t cost = norm(a[i - 1]) == norm(b[j - 1]) ? 0 : 1;
      row[j] = std::min({row[j] + 1, row[j - 1] + 1, diag + cost});
      diag = up;
    }
  }
  return row[b.size()];
}
}  // namespace

std::string closest(std::string_view typed, const std::vector<std::string>& candidates) {
  const size_t limit = std::max<size_t>(1, typed.size() / 3);
  std::string best;
  size_t best_d = 0;
  for (const auto& c : candidates) {
    size_t d = distance(typed, c);
    if (d <= limit && (best.empty() || d < best_d || (d == best_d && c < best))) {
      best = c;
      best_d = d;
    }
  }
  return best;
}

std::string did_you_mean(std::string_view typed, const std::vector<std::string>& candidates) {
  std::string c = closest(typed, candidates);
  return c.empty() ? std::string() : "did you mean '" + c + "'?";
}

}  // namespace positions
