// Reading one YAML text in one pass over yaml-cpp's parser events: the
// limits are checked on each event as the node tree is built, so a file
// within them is parsed once and a bomb is refused before it is walked.
// One document, bounded nesting, bounded size with aliases expanded, no
// alias inside the node it names. Private to the engine; data-format.md
// states the limits.
#pragma once

#include <yaml-cpp/mark.h>
#include <yaml-cpp/node/node.h>

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

struct ParsedYaml {
  YAML::Node root;                      // what YAML::Load would give; null with a problem
  std::optional<ShapeProblem> problem;  // the first limit passed, if any
};

// The first document of `text`, built as YAML::Load builds it (the same
// nodes, marks, tags and shared aliases), or the first limit it passes. An
// empty document (no content, or only comments) is a problem. Throws
// YAML::ParserException on a syntax error, like YAML::Load.
ParsedYaml parse_yaml_within_limits(const std::string& text);

}  // namespace positions
