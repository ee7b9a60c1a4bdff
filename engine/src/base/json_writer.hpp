// A small streaming JSON writer: pretty-printed, keys in the order written,
// so the same results give the same bytes.
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
  JsonWriter& value(double v);  // fixed, 4 decimals
  JsonWriter& null();
  JsonWriter& strings(const std::vector<std::string>& vs);

  // Ends the document with a newline.
  void finish();

 private:
  void before_value();
  void newline();

  std::ostream& out_;
  struct Level {
    bool array;
    int items;
  };
  std::vector<Level> stack_;
  bool after_key_ = false;
};

std::string json_escape(std::string_view s);

}  // namespace positions
