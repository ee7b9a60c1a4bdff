// The loader's limits, checked on yaml-cpp's parser events before any node is
// built: one document, bounded nesting, bounded size with aliases expanded, no
// alias inside the node it names. Private to the engine; README.md states them.
#pragma once

#include <yaml-cpp/mark.h>

#include <cstddef>
#include <cstdint>
#include <optional>
#include <string>

namespace positions {

struct YamlLimits {
  static constexpr std::uintmax_t max_file_bytes = 4u << 20;  // 4 MiB
  static constexpr int max_depth = 64;                         // nested maps and lists
  static constexpr std::size_t max_nodes = 100'000;            // counting aliases expanded
};

struct ShapeProblem {
  YAML::Mark mark;  // where (0-based line and byte column); null for the whole file
  std::string message;
  std::string hint;
};

// nullopt when the text is one document within the limits. An empty
// document (no content, or only comments) is a problem. Throws
// YAML::ParserException on a syntax error, like YAML::Load.
std::optional<ShapeProblem> check_yaml_shape(const std::string& text);

}  // namespace positions
