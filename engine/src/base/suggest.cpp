#include "suggest.hpp"

#include <algorithm>

namespace positions {

namespace {
// Edit distance counting a swap of two neighbours as one edit (optimal string
// alignment), case-insensitive, with '-' and '_' alike: the typos analysts make.
size_t distance(std::string_view a, std::string_view b) {
  auto norm = [](char c) {
    if (c == '-') return '_';
    return static_cast<char>(c >= 'A' && c <= 'Z' ? c - 'A' + 'a' : c);
  };
  const size_t n = a.size(), m = b.size();
  std::vector<std::vector<size_t>> d(n + 1, std::vector<size_t>(m + 1));
  for (size_t i = 0; i <= n; ++i) d[i][0] = i;
  for (size_t j = 0; j <= m; ++j) d[0][j] = j;
  for (size_t i = 1; i <= n; ++i) {
    for (size_t j = 1; j <= m; ++j) {
      const size_t cost = norm(a[i - 1]) == norm(b[j - 1]) ? 0 : 1;
      d[i][j] = std::min({d[i - 1][j] + 1, d[i][j - 1] + 1, d[i - 1][j - 1] + cost});
      if (i > 1 && j > 1 && norm(a[i - 1]) == norm(b[j - 2]) && norm(a[i - 2]) == norm(b[j - 1]))
        d[i][j] = std::min(d[i][j], d[i - 2][j - 2] + 1);
    }
  }
  return d[n][m];
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
  if (!best.empty() || typed.size() < 3) return best;
  // "budapest" for "budapest-2025": a name cut short is a likely slip too.
  for (const auto& c : candidates)
    if (c.size() > typed.size() && distance(typed, c.substr(0, typed.size())) == 0 && (best.empty() || c < best))
      best = c;
  return best;
}

std::string did_you_mean(std::string_view typed, const std::vector<std::string>& candidates) {
  std::string c = closest(typed, candidates);
  return c.empty() ? std::string() : "did you mean '" + c + "'?";
}

}  // namespace positions
