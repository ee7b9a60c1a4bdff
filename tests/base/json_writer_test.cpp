#include "json_writer.hpp"

#include <gtest/gtest.h>

#include <cmath>
#include <limits>
#include <sstream>
#include <stdexcept>

namespace positions {

TEST(JsonNumber, IsTheShortestTextThatReadsBack) {
  EXPECT_EQ(json_number(3.2e-05), "3.2e-05");  // fixed four decimals read 0.0000
  EXPECT_EQ(json_number(0.5), "0.5");
  EXPECT_EQ(json_number(1.0 / 3.0), "0.3333333333333333");
  EXPECT_EQ(json_number(3.0), "3");
  EXPECT_EQ(json_number(0.0), "0");
  EXPECT_EQ(json_number(-1.25), "-1.25");
  for (double v : {3.2e-05, 1.0 / 3.0, 0.1 + 0.2, 1e-300, 123456.789})
    EXPECT_EQ(std::stod(json_number(v)), v) << json_number(v);
}

TEST(JsonNumber, NonFiniteIsNull) {
  EXPECT_EQ(json_number(std::numeric_limits<double>::quiet_NaN()), "null");
  EXPECT_EQ(json_number(std::numeric_limits<double>::infinity()), "null");
  EXPECT_EQ(json_number(-std::numeric_limits<double>::infinity()), "null");
  std::ostringstream out;
  JsonWriter w(out);
  w.begin_object().key("log").value(std::log(0.0)).end_object();
  w.finish();
  EXPECT_EQ(out.str(), "{\n  \"log\": null\n}\n");
}

TEST(JsonWriter, WritesNestedValuesPretty) {
  std::ostringstream out;
  JsonWriter w(out);
  w.begin_object();
  w.key("a").begin_array().value(1).value("x\n").null().end_array();
  w.key("b").begin_object().end_object();
  w.key("c").value(true);
  w.end_object();
  w.finish();
  EXPECT_EQ(out.str(), "{\n  \"a\": [\n    1,\n    \"x\\n\",\n    null\n  ],\n  \"b\": {},\n  \"c\": true\n}\n");
}

TEST(JsonWriter, MisuseThrows) {
  auto misuse = [](auto write) {
    std::ostringstream out;
    JsonWriter w(out);
    EXPECT_THROW(write(w), std::logic_error);
  };
  misuse([](JsonWriter& w) { w.end_object(); });
  misuse([](JsonWriter& w) { w.end_array(); });
  misuse([](JsonWriter& w) { w.begin_object().end_array(); });
  misuse([](JsonWriter& w) { w.begin_array().end_object(); });
  misuse([](JsonWriter& w) { w.begin_object().value(1); });
  misuse([](JsonWriter& w) { w.begin_array().key("k"); });
  misuse([](JsonWriter& w) { w.key("k"); });
  misuse([](JsonWriter& w) { w.begin_object().key("a").key("b"); });
  misuse([](JsonWriter& w) { w.begin_object().key("a").end_object(); });
  misuse([](JsonWriter& w) { w.begin_object().finish(); });
  misuse([](JsonWriter& w) { w.begin_object().end_object().begin_object(); });
}

}  // namespace positions
