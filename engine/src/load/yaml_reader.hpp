// Reading one YAML file into the model's pieces, collecting every problem with
// its position instead of stopping at the first. Private to the engine.
#pragma once

#include <yaml-cpp/yaml.h>

#include <filesystem>
#include <optional>
#include <string>
#include <vector>

#include "positions/model.hpp"
#include "positions/error.hpp"
#include "positions/load.hpp"
#include "source_text.hpp"

namespace positions {

class YamlReader {
 public:
  explicit YamlReader(std::string display_name) : file_(std::move(display_name)) {}

  // Reads and parses the file; a null node (with a problem recorded) when the
  // file cannot be read, is empty, is not UTF-8, is not YAML or passes the
  // limits in yaml_shape.hpp.
  // The file is read through `files` (used only during the call); its
  // problems are named by this reader's display name.
  YAML::Node load(const Files& files, const std::string& path);
  YAML::Node parse(std::string text);
  // The text last read or parsed, for the data set's SourceMap.
  const std::string& text() const { return source_.text(); }
  // The same, moved out: the reader then has no lines to quote.
  std::string take_text() { return source_.take_text(); }

  const std::string& file() const { return file_; }
  std::vector<Diagnostic>& problems() { return problems_; }

  Location at(const YAML::Node& n, const Location& fallback = {}) const;
  // The 1-based line and character column of a node, if it has a position.
  std::optional<std::pair<int, int>> position(const YAML::Node& n) const;
  void error(const Location& where, std::string message, std::string hint = {});
  void error(const YAML::Node& n, std::string message, std::string hint = {}) {
    error(at(n), std::move(message), std::move(hint));
  }

  // The scalar text of a value, or nullopt (and a problem) when it is missing,
  // null, empty or not a scalar. `what` names it in the message.
  std::optional<std::string> text(const YAML::Node& v, const std::string& what,
                                  const Location& where);
  // An identifier: lower-case letters, digits and '_', starting with a letter.
  std::optional<std::string> id(const YAML::Node& v, const std::string& what,
                                const Location& where);
  std::optional<Date> date(const YAML::Node& v, const std::string& what, const Location& where);
  // A date as precise as the source: YYYY-MM-DD, YYYY-MM or YYYY, optionally after "about ".
  std::optional<When> when(const YAML::Node& v, const std::string& what, const Location& where);
  std::optional<bool> boolean(const YAML::Node& v, const std::string& what,
                              const Location& where);
  // A sequence (or a single scalar, read as a list of one); each item with its node.
  std::vector<YAML::Node> items(const YAML::Node& v, const std::string& what,
                                const Location& where);

 private:
  void syntax_error(const YAML::Mark& m, const std::string& message, std::string hint = {});

  std::string file_;
  SourceText source_;
  std::vector<Diagnostic> problems_;
};

// A YAML map being read: checks it is a map, reports unknown and duplicate
// keys, and gives each known key's value and position.
class Fields {
 public:
  Fields(YamlReader& r, const YAML::Node& node, const std::string& what,
         std::vector<std::string> allowed, const Location& where);

  bool ok() const { return ok_; }
  bool has(const std::string& key) const;
  YAML::Node operator[](const std::string& key) const;  // invalid node if absent
  Location key_at(const std::string& key) const;       // the key's own position
  Location where() const { return where_; }
  // Records "missing key" at the map and returns false if `key` is absent.
  bool require(const std::string& key, const std::string& expected = {});

 private:
  struct Entry {
    std::string key;
    YAML::Node value;
    std::optional<std::pair<int, int>> pos;  // the key's line and column (the map's without)
  };
  const Entry* find(const std::string& key) const;

  YamlReader& r_;
  std::string what_;
  std::vector<std::string> suggested_;  // known keys an unknown key was taken for
  Location where_;
  std::vector<Entry> entries_;
  bool ok_ = false;
};

bool is_identifier(const std::string& s);

}  // namespace positions
