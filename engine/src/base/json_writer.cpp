#include "json_writer.hpp"

#include <charconv>
#include <cmath>
#include <cstdio>
#include <stdexcept>

namespace positions {

std::string json_escape(std::string_view s) {
  std::string out;
  for (unsigned char c : s) {
    switch (c) {
      case '"': out += "\\\""; break;
      case '\\': out += "\\\\"; break;
      case '\n': out += "\\n"; break;
      case '\r': out += "\\r"; break;
      case '\t': out += "\\t"; break;
      default:
        if (c < 0x20) {
          char buf[8];
          std::snprintf(buf, sizeof buf, "\\u%04x", c);
          out += buf;
        } else {
          out += static_cast<char>(c);
        }
    }
  }
  return out;
}

namespace {

void check(bool ok, const char* what) {
  if (!ok) throw std::logic_error(std::string("JSON writer misused: ") + what);
}

}  // namespace

std::string json_number(double v) {
  if (!std::isfinite(v)) return "null";
  char buf[32];  // the longest shortest form is 24 characters ("-2.2250738585072014e-308")
  auto [end, ec] = std::to_chars(buf, buf + sizeof buf, v);
  check(ec == std::errc(), "a number did not fit");
  return std::string(buf, end);
}

void JsonWriter::newline() {
  out_ << '\n';
  for (size_t i = 0; i < stack_.size(); ++i) out_ << "  ";
}

void JsonWriter::before_value() {
  if (after_key_) {
    after_key_ = false;
    return;
  }
  if (stack_.empty()) {
    check(!done_, "a second value after the top-level one");
    done_ = true;
    return;
  }
  check(stack_.back().array, "a value in an object without a key");
  if (stack_.back().items++ > 0) out_ << ',';
  newline();
}

void JsonWriter::close(bool array) {
  check(!stack_.empty(), array ? "end_array with nothing open" : "end_object with nothing open");
  check(stack_.back().array == array, array ? "end_array closing an object" : "end_object closing an array");
  check(!after_key_, "a key without a value");
  bool empty = stack_.back().items == 0;
  stack_.pop_back();
  if (!empty) newline();
  out_ << (array ? ']' : '}');
}

JsonWriter& JsonWriter::begin_object() {
  before_value();
  out_ << '{';
  stack_.push_back({false, 0});
  return *this;
}

JsonWriter& JsonWriter::end_object() {
  close(false);
  return *this;
}

JsonWriter& JsonWriter::begin_array() {
  before_value();
  out_ << '[';
  stack_.push_back({true, 0});
  return *this;
}

JsonWriter& JsonWriter::end_array() {
  close(true);
  return *this;
}

JsonWriter& JsonWriter::key(std::string_view k) {
  check(!stack_.empty() && !stack_.back().array, "a key outside an object");
  check(!after_key_, "two keys in a row");
  if (stack_.back().items++ > 0) out_ << ',';
  newline();
  out_ << '"' << json_escape(k) << "\": ";
  after_key_ = true;
  return *this;
}

JsonWriter& JsonWriter::value(std::string_view v) {
  before_value();
  out_ << '"' << json_escape(v) << '"';
  return *this;
}

JsonWriter& JsonWriter::value(bool v) {
  before_value();
  out_ << (v ? "true" : "false");
  return *this;
}

JsonWriter& JsonWriter::value(int v) {
  before_value();
  out_ << v;
  return *this;
}

JsonWriter& JsonWriter::value(double v) {
  before_value();
  out_ << json_number(v);
  return *this;
}

JsonWriter& JsonWriter::null() {
  before_value();
  out_ << "null";
  return *this;
}

JsonWriter& JsonWriter::strings(const std::vector<std::string>& vs) {
  begin_array();
  for (const auto& v : vs) value(v);
  return end_array();
}

void begin_json_document(JsonWriter& w, std::string_view name) {
  w.begin_object();
  w.key("format").value("positions-" + std::string(name));
  w.key("version").value(kJsonVersion);
}

void JsonWriter::finish() {
  check(stack_.empty() && !after_key_, "finish with an object or array open");
  out_ << '\n';
}

}  // namespace positions
