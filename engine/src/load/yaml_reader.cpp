#include "yaml_reader.hpp"

#include <algorithm>
#include <cstdio>
#include <system_error>

#include "lookalike.hpp"
#include "suggest.hpp"
#include "yaml_shape.hpp"

namespace positions {

namespace fs = std::filesystem;

namespace {

const char* kind_of(const YAML::Node& n) {
  switch (n.Type()) {
    case YAML::NodeType::Map: return "a map";
    case YAML::NodeType::Sequence: return "a list";
    case YAML::NodeType::Null: return "nothing";
    default: return "a single value";
  }
}

}  // namespace

YAML::Node YamlReader::load(const Files& files, const std::string& path) {
  std::string text;
  try {
    text = files.read(path, YamlLimits::max_file_bytes);
  } catch (const Error& e) {
    for (const auto& p : e.problems()) error(Location{file_}, p.message, p.hint);
    return YAML::Node(YAML::NodeType::Undefined);
  }
  return parse(std::move(text));
}

YAML::Node YamlReader::parse(std::string owned) {
  source_ = SourceText(std::move(owned));
  const std::string& text = source_.text();
  if (size_t bad = invalid_utf8_at(text); bad != std::string::npos) {
    auto [line, column] = source_.position(bad);
    const bool utf16 = text.rfind("\xFF\xFE", 0) == 0 || text.rfind("\xFE\xFF", 0) == 0;
    error(Location{file_, line, column}, "the file is not valid UTF-8 text",
          utf16 ? "the file is saved as UTF-16 (it starts with a byte-order mark); save it as UTF-8"
                : "save the file as UTF-8 (a binary file or another encoding cannot be read)");
    return YAML::Node(YAML::NodeType::Undefined);
  }
  if (size_t bad = control_character_at(text); bad != std::string::npos) {
    auto [line, column] = source_.position(bad);
    char code[8];
    std::snprintf(code, sizeof code, "%02X", static_cast<unsigned>(static_cast<unsigned char>(text[bad])));
    error(Location{file_, line, column},
          std::string("the file contains the control character U+00") + code + ", which YAML does not allow",
          "is it a binary file, or saved as UTF-16? save it as UTF-8 text");
    return YAML::Node(YAML::NodeType::Undefined);
  }
  try {
    // One pass: the limits are checked on the parser's events as the tree is built.
    ParsedYaml parsed = parse_yaml_within_limits(text);
    if (const auto& problem = parsed.problem) {
      if (problem->mark.is_null()) error(Location{file_}, problem->message, problem->hint);
      else syntax_error(problem->mark, problem->message, problem->hint);
      return YAML::Node(YAML::NodeType::Undefined);
    }
    YAML::Node root = std::move(parsed.root);
    if (!root || root.IsNull()) {
      error(Location{file_}, "the file is empty; expected a YAML map");
      return YAML::Node(YAML::NodeType::Undefined);
    }
    return root;
  } catch (const YAML::ParserException& e) {
    syntax_error(e.mark, "YAML syntax error: " + e.msg);
  } catch (const YAML::Exception& e) {
    error(Location{file_}, std::string("cannot parse the file as YAML: ") + e.msg);
  }
  return YAML::Node(YAML::NodeType::Undefined);
}

void YamlReader::syntax_error(const YAML::Mark& m, const std::string& message, std::string hint) {
  const int line = m.line + 1;
  const std::string text = source_.line(line);
  const size_t indent_end = text.find_first_not_of(" \t");
  if (hint.empty() && text.substr(0, indent_end).find('\t') != std::string::npos)
    hint = "the line is indented with a tab; YAML indents with spaces only";
  error(Location{file_, line, source_.column(line, m.column)}, message, std::move(hint));
}

Location YamlReader::at(const YAML::Node& n, const Location& fallback) const {
  if (const auto pos = position(n)) return {file_, pos->first, pos->second};
  return fallback.file.empty() ? Location{file_} : fallback;
}

std::optional<std::pair<int, int>> YamlReader::position(const YAML::Node& n) const {
  if (!n.IsDefined()) return std::nullopt;
  const YAML::Mark m = n.Mark();
  if (m.is_null() || m.line < 0) return std::nullopt;
  return std::pair{m.line + 1, source_.column(m.line + 1, m.column)};
}

void YamlReader::error(const Location& where, std::string message, std::string hint) {
  Location w = where;
  if (w.file.empty()) w.file = file_;
  std::string line = w.file == file_ ? source_.line(w.line) : std::string();
  problems_.push_back({std::move(w), std::move(message), std::move(hint), std::move(line)});
}

std::optional<std::string> YamlReader::text(const YAML::Node& v, const std::string& what,
                                            const Location& where) {
  // The value's location is made only for a problem: most values have none.
  if (!v.IsDefined() || v.IsNull()) {
    // An empty value's own mark points past it, at the next token: use the key's.
    error(where.file.empty() ? at(v, where) : where, what + " is empty; expected text");
    return std::nullopt;
  }
  if (!v.IsScalar()) {
    error(at(v, where), what + " is " + kind_of(v) + "; expected text");
    return std::nullopt;
  }
  const std::string& s = v.Scalar();
  if (s.find_first_not_of(" \t") == std::string::npos) {
    error(at(v, where), what + " is empty; expected text");
    return std::nullopt;
  }
  return s;
}

bool is_identifier(const std::string& s) {
  if (s.empty() || s[0] < 'a' || s[0] > 'z') return false;
  for (char c : s)
    if (!((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '_')) return false;
  return true;
}

std::optional<std::string> YamlReader::id(const YAML::Node& v, const std::string& what,
                                          const Location& where) {
  auto s = text(v, what, where);
  if (!s) return s;
  if (!is_identifier(*s)) {
    std::string odd = describe_lookalike(*s);
    error(at(v, where), what + " '" + *s + "' is not an identifier; expected lower-case letters, digits and '_', starting with a letter",
          odd.empty() ? "" : "it " + odd + "; retype it");
    return std::nullopt;
  }
  return s;
}

std::optional<Date> YamlReader::date(const YAML::Node& v, const std::string& what,
                                     const Location& where) {
  auto s = text(v, what, where);
  if (!s) return std::nullopt;
  auto d = Date::parse(*s);
  if (!d) error(at(v, where), what + " '" + *s + "' is not a date; expected YYYY-MM-DD, a real calendar day");
  return d;
}

std::optional<When> YamlReader::when(const YAML::Node& v, const std::string& what, const Location& where) {
  auto s = text(v, what, where);
  if (!s) return std::nullopt;
  auto w = When::parse(*s);
  if (!w)
    error(at(v, where), what + " '" + *s + "' is not a date; expected YYYY-MM-DD, a real calendar day",
          "or a month (2024-09) or a year (2024), as precise as the source; optionally after 'about '");
  return w;
}

std::optional<bool> YamlReader::boolean(const YAML::Node& v, const std::string& what,
                                        const Location& where) {
  auto s = text(v, what, where);
  if (!s) return std::nullopt;
  if (*s == "true") return true;
  if (*s == "false") return false;
  error(at(v, where), what + " '" + *s + "' is not true or false");
  return std::nullopt;
}

std::vector<YAML::Node> YamlReader::items(const YAML::Node& v, const std::string& what,
                                          const Location& where) {
  std::vector<YAML::Node> out;
  if (!v.IsDefined() || v.IsNull()) return out;
  if (v.IsScalar()) {
    out.push_back(v);
  } else if (v.IsSequence()) {
    for (const auto& item : v) out.push_back(item);
  } else {
    error(at(v, where), what + " is " + kind_of(v) + "; expected a list");
  }
  return out;
}

Fields::Fields(YamlReader& r, const YAML::Node& node, const std::string& what,
               std::vector<std::string> allowed, const Location& where)
    : r_(r), what_(what), where_(r.at(node, where)) {
  if (!node.IsDefined() || !node.IsMap()) {
    r.error(where_, what + " is " + kind_of(node) + "; expected a map with keys: " + [&] {
      std::string keys;
      for (const auto& k : allowed) keys += (keys.empty() ? "" : ", ") + k;
      return keys;
    }());
    return;
  }
  ok_ = true;
  entries_.reserve(node.size());
  for (const auto& kv : node) {
    // Line and column only: a Location would copy the file's name for every key.
    const std::optional<std::pair<int, int>> pos = r.position(kv.first);
    const auto kw = [&] { return pos ? Location{r.file(), pos->first, pos->second} : where_; };
    if (!kv.first.IsScalar()) {
      r.error(kw(), "a key in " + what + " is " + kind_of(kv.first) + "; expected a name");
      continue;
    }
    const std::string& key = kv.first.Scalar();
    if (const Entry* first = find(key)) {
      r.error(kw(), "duplicate key '" + key + "' in " + what,
              "the first is at line " + std::to_string(first->pos ? first->pos->first : where_.line) + "; keep one");
      continue;
    }
    bool known = false;
    for (const auto& a : allowed) known = known || a == key;
    if (!known) {
      const std::string meant = closest(without_lookalikes(key), allowed);
      if (!meant.empty()) suggested_.push_back(meant);
      std::string hint = did_you_mean(without_lookalikes(key), allowed);
      if (std::string odd = describe_lookalike(key); !odd.empty())
        hint = "the key " + odd + (hint.empty() ? "; retype it" : "; " + hint);
      if (hint.empty()) {
        hint = "allowed keys: ";
        for (size_t i = 0; i < allowed.size(); ++i) hint += (i ? ", " : "") + allowed[i];
      }
      r.error(kw(), "unknown key '" + key + "' in " + what, hint);
      continue;
    }
    entries_.push_back({key, kv.second, pos});
  }
}

const Fields::Entry* Fields::find(const std::string& key) const {
  for (const auto& e : entries_)
    if (e.key == key) return &e;
  return nullptr;
}

bool Fields::has(const std::string& key) const { return find(key) != nullptr; }

YAML::Node Fields::operator[](const std::string& key) const {
  const Entry* e = find(key);
  return e ? e->value : YAML::Node(YAML::NodeType::Undefined);
}

Location Fields::key_at(const std::string& key) const {
  const Entry* e = find(key);
  return e && e->pos ? Location{r_.file(), e->pos->first, e->pos->second} : where_;
}

bool Fields::require(const std::string& key, const std::string& expected) {
  if (has(key)) return true;
  // A misspelt key already has its error, which names this one.
  if (std::find(suggested_.begin(), suggested_.end(), key) != suggested_.end()) return false;
  r_.error(where_, "missing key '" + key + "' in " + what_ +
                       (expected.empty() ? "" : "; expected " + expected));
  return false;
}

}  // namespace positions
