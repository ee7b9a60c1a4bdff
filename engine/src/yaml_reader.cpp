#include "yaml_reader.hpp"

#include <fstream>
#include <sstream>
#include <system_error>

#include "positions/suggest.hpp"

namespace positions {

namespace fs = std::filesystem;

namespace {

constexpr std::uintmax_t kMaxFileBytes = 4u << 20;

// Position of the first byte that is not valid UTF-8, or npos.
size_t invalid_utf8_at(const std::string& s) {
  size_t i = 0;
  while (i < s.size()) {
    auto c = static_cast<unsigned char>(s[i]);
    size_t n = c < 0x80 ? 1 : (c >> 5) == 0x6 ? 2 : (c >> 4) == 0xE ? 3 : (c >> 3) == 0x1E ? 4 : 0;
    if (n == 0 || i + n > s.size()) return i;
    if (n == 2 && c < 0xC2) return i;  // overlong
    for (size_t k = 1; k < n; ++k)
      if ((static_cast<unsigned char>(s[i + k]) >> 6) != 0x2) return i;
    if (n == 3) {
      auto c1 = static_cast<unsigned char>(s[i + 1]);
      if ((c == 0xE0 && c1 < 0xA0) || (c == 0xED && c1 >= 0xA0)) return i;
    }
    if (n == 4) {
      auto c1 = static_cast<unsigned char>(s[i + 1]);
      if ((c == 0xF0 && c1 < 0x90) || (c == 0xF4 && c1 >= 0x90) || c > 0xF4) return i;
    }
    i += n;
  }
  return std::string::npos;
}

Location location_of(const std::string& file, const std::string& text, size_t offset) {
  int line = 1, column = 1;
  for (size_t i = 0; i < offset && i < text.size(); ++i) {
    if (text[i] == '\n') {
      ++line;
      column = 1;
    } else if ((static_cast<unsigned char>(text[i]) & 0xC0) != 0x80) {
      ++column;
    }
  }
  return {file, line, column};
}

const char* kind_of(const YAML::Node& n) {
  switch (n.Type()) {
    case YAML::NodeType::Map: return "a map";
    case YAML::NodeType::Sequence: return "a list";
    case YAML::NodeType::Null: return "nothing";
    default: return "a single value";
  }
}

}  // namespace

YAML::Node YamlReader::load(const fs::path& path) {
  std::error_code ec;
  auto status = fs::status(path, ec);
  if (ec || !fs::exists(status)) {
    error(Location{file_}, "cannot read the file: it does not exist");
    return {};
  }
  if (fs::is_directory(status)) {
    error(Location{file_}, "cannot read the file: it is a directory");
    return {};
  }
  auto size = fs::file_size(path, ec);
  if (!ec && size > kMaxFileBytes) {
    error(Location{file_}, "the file is " + std::to_string(size) +
                               " bytes; at most " + std::to_string(kMaxFileBytes) +
                               " bytes are read",
          "split the data into smaller files");
    return {};
  }
  std::ifstream in(path, std::ios::binary);
  if (!in) {
    error(Location{file_}, "cannot read the file: permission denied or unreadable");
    return {};
  }
  std::ostringstream buf;
  buf << in.rdbuf();
  return parse(buf.str());
}

YAML::Node YamlReader::parse(const std::string& text) {
  if (size_t bad = invalid_utf8_at(text); bad != std::string::npos) {
    error(location_of(file_, text, bad), "the file is not valid UTF-8 text",
          "save the file as UTF-8");
    return {};
  }
  try {
    YAML::Node root = YAML::Load(text);
    if (!root || root.IsNull()) {
      error(Location{file_}, "the file is empty; expected a YAML map");
      return {};
    }
    return root;
  } catch (const YAML::ParserException& e) {
    error(Location{file_, e.mark.line + 1, e.mark.column + 1},
          "YAML syntax error: " + e.msg);
  } catch (const YAML::Exception& e) {
    error(Location{file_}, std::string("cannot parse the file as YAML: ") + e.msg);
  }
  return {};
}

Location YamlReader::at(const YAML::Node& n, const Location& fallback) const {
  if (!n.IsDefined()) return fallback.file.empty() ? Location{file_} : fallback;
  const YAML::Mark m = n.Mark();
  if (m.is_null() || m.line < 0) return fallback.file.empty() ? Location{file_} : fallback;
  return {file_, m.line + 1, m.column + 1};
}

void YamlReader::error(const Location& where, std::string message, std::string hint) {
  Location w = where;
  if (w.file.empty()) w.file = file_;
  problems_.push_back({std::move(w), std::move(message), std::move(hint)});
}

std::optional<std::string> YamlReader::text(const YAML::Node& v, const std::string& what,
                                            const Location& where) {
  Location w = at(v, where);
  if (!v.IsDefined() || v.IsNull()) {
    // An empty value's own mark points past it, at the next token: use the key's.
    error(where.file.empty() ? w : where, what + " is empty; expected text");
    return std::nullopt;
  }
  if (!v.IsScalar()) {
    error(w, what + " is " + kind_of(v) + "; expected text");
    return std::nullopt;
  }
  std::string s = v.Scalar();
  if (s.find_first_not_of(" \t") == std::string::npos) {
    error(w, what + " is empty; expected text");
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
    error(at(v, where), what + " '" + *s + "' is not an identifier; expected lower-case letters, digits and '_', starting with a letter");
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
  for (const auto& kv : node) {
    Location kw = r.at(kv.first, where_);
    if (!kv.first.IsScalar()) {
      r.error(kw, "a key in " + what + " is " + kind_of(kv.first) + "; expected a name");
      continue;
    }
    const std::string key = kv.first.Scalar();
    if (const Entry* first = find(key)) {
      r.error(kw, "duplicate key '" + key + "' in " + what,
              "the first is at line " + std::to_string(first->key_where.line) + "; keep one");
      continue;
    }
    bool known = false;
    for (const auto& a : allowed) known = known || a == key;
    if (!known) {
      std::string hint = did_you_mean(key, allowed);
      if (hint.empty()) {
        hint = "allowed keys: ";
        for (size_t i = 0; i < allowed.size(); ++i) hint += (i ? ", " : "") + allowed[i];
      }
      r.error(kw, "unknown key '" + key + "' in " + what, hint);
      continue;
    }
    entries_.push_back({key, kv.second, kw});
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
  return e ? e->key_where : where_;
}

bool Fields::require(const std::string& key, const std::string& expected) {
  if (has(key)) return true;
  r_.error(where_, "missing key '" + key + "' in " + what_ +
                       (expected.empty() ? "" : "; expected " + expected));
  return false;
}

}  // namespace positions
