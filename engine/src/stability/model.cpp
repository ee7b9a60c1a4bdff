#include <algorithm>
#include <filesystem>

#include "positions/stability.hpp"

namespace positions::stability {

Model parse_model_file(const std::filesystem::path& path, bool gmcr);

int Model::index_of(StateBits bits) const {
  auto it = std::lower_bound(states.begin(), states.end(), bits);
  return it != states.end() && *it == bits ? static_cast<int>(it - states.begin()) : -1;
}

std::string Model::pattern(int state) const {
  std::string out;
  for (std::size_t k = 0; k < options.size(); ++k) out += (states[state] >> k) & 1u ? 'Y' : 'N';
  return out;
}

Model load_model(const std::filesystem::path& path) {
  return parse_model_file(path, path.extension() == ".gmcr");
}

}  // namespace positions::stability
