#include "positions/model.hpp"

#include <cstdio>

namespace positions {

namespace {
bool leap(int y) { return (y % 4 == 0 && y % 100 != 0) || y % 400 == 0; }
int days_in(int y, int m) {
  static const int days[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
  return m == 2 && leap(y) ? 29 : days[m - 1];
}
}  // namespace

std::optional<Date> Date::parse(std::string_view t) {
  if (t.size() != 10 || t[4] != '-' || t[7] != '-') return std::nullopt;
  auto digits = [&](size_t from, size_t n) {
    int v = 0;
    for (size_t i = from; i < from + n; ++i) {
      if (t[i] < '0' || t[i] > '9') return -1;
      v = v * 10 + (t[i] - '0');
    }
    return v;
  };
  Date d{digits(0, 4), digits(5, 2), digits(8, 2)};
  if (d.year < 1 || d.month < 1 || d.month > 12 || d.day < 1) return std::nullopt;
  if (d.day > days_in(d.year, d.month)) return std::nullopt;
  return d;
}

std::optional<When> When::parse(std::string_view t) {
  When w;
  if (t.substr(0, 6) == "about ") {
    w.about = true;
    t.remove_prefix(6);
  }
  if (t.size() == 10) {
    auto d = Date::parse(t);
    if (!d) return std::nullopt;
    w.day = *d;
    return w;
  }
  std::string full;
  if (t.size() == 7 && t[4] == '-') {
    w.precision = DatePrecision::month;
    full = std::string(t) + "-01";
  } else if (t.size() == 4) {
    w.precision = DatePrecision::year;
    full = std::string(t) + "-12-01";
  } else {
    return std::nullopt;
  }
  auto d = Date::parse(full);
  if (!d) return std::nullopt;
  d->day = days_in(d->year, d->month);
  w.day = *d;
  return w;
}

std::string When::str() const {
  std::string s = day.str();
  if (precision == DatePrecision::month) s = s.substr(0, 7);
  if (precision == DatePrecision::year) s = s.substr(0, 4);
  return about ? "about " + s : s;
}

std::string Date::str() const {
  char buf[16];
  std::snprintf(buf, sizeof buf, "%04d-%02d-%02d", year, month, day);
  return buf;
}

}  // namespace positions
