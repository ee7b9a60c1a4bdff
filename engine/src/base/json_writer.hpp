// A small streaming JSON writer: pretty-printed, keys in the order written,
// so the same results give the same bytes.
//
// Misuse (a value in an object without a key, a key in an array, closing what
// is not open, finishing with something open, a second top-level value)
// throws std::logic_error: it is a bug in a writer, and a half-written
// document must not pass for a whole one. The checks are always on (the
// default build defines NDEBUG) and cost a comparison each.
#pragma once

#include <ostream>
#include <string>
#include <string_view>
#include <vector>

namespace positions {

class JsonWriter {
 public:
  explicit JsonWriter(std::ostream& out) : out_(out) {}

  JsonWriter& begin_object();
  JsonWriter& end_object();
  JsonWriter& begin_array();
  JsonWriter& end_array();
  JsonWriter& key(std::string_view k);
  JsonWriter& value(std::string_view v);
  JsonWriter& value(const char* v) { return value(std::string_view(v)); }
  JsonWriter& value(const std::string& v) { return value(std::string_view(v)); }
  JsonWriter& value(bool v);
  JsonWriter& value(int v);
  // The shortest text that reads back as the same double (std::to_chars), so
  // 3.2e-05 stays 3.2e-05 and 0.5 is 0.5; NaN and infinities, which JSON
  // cannot hold, are written as null.
  JsonWriter& value(double v);
  JsonWriter& null();
  JsonWriter& strings(const std::vector<std::string>& vs);

  // Ends the document with a newline. REQUIRES: every object and array closed.
  void finish();

 private:
  void before_value();
  void newline();
  void close(bool array);

  std::ostream& out_;
  struct Level {
    bool array;
    int items;
  };
  std::vector<Level> stack_;
  bool after_key_ = false;
  bool done_ = false;  // the top-level value has been begun
};

// The "version" of every positions JSON output, one number for all of them
// (here, in the lowest layer, so every layer that writes an output uses it).
// Raised when a key changes meaning or goes away (docs/json.md says what
// changed); new keys may come without it.
inline constexpr int kJsonVersion = 3;

// Opens a document's top object and writes its "format" ("positions-" +
// `name`) and "version". The caller closes it and calls finish().
void begin_json_document(JsonWriter& w, std::string_view name);

std::string json_escape(std::string_view s);

// The number as JsonWriter::value(double) writes it: "3.2e-05", "0.5", "null".
std::string json_number(double v);

}  // namespace positions
