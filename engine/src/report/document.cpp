#include "document.hpp"

namespace positions::doc {

std::string plain(const Line& line) {
  std::string out;
  for (const auto& s : line) out += s.text;
  return out;
}

}  // namespace positions::doc
