// A calendar date, as analysts write it: YYYY-MM-DD.
#pragma once

#include <compare>
#include <optional>
#include <string>
#include <string_view>

namespace positions {

struct Date {
  int year = 0;
  int month = 0;
  int day = 0;

  // Only real calendar days in ISO form (2025-10-16); nullopt otherwise.
  static std::optional<Date> parse(std::string_view text);
  std::string str() const;
  auto operator<=>(const Date&) const = default;
};

}  // namespace positions
