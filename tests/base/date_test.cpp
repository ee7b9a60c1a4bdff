#include "positions/model.hpp"

#include <gtest/gtest.h>

namespace positions {

TEST(Date, ParsesRealCalendarDays) {
  auto d = Date::parse("2025-10-16");
  ASSERT_TRUE(d);
  EXPECT_EQ(d->year, 2025);
  EXPECT_EQ(d->month, 10);
  EXPECT_EQ(d->day, 16);
  EXPECT_EQ(d->str(), "2025-10-16");
  EXPECT_TRUE(Date::parse("2024-02-29"));
}

TEST(Date, RejectsWhatIsNotADate) {
  for (const char* bad : {"2025-02-29", "2025-13-01", "2025-00-10", "2025-1-1", "20251016", "2025-10-16x",
                          "", "yesterday", "2025-04-31"})
    EXPECT_FALSE(Date::parse(bad)) << bad;
}

TEST(Date, OrdersChronologically) {
  EXPECT_LT(*Date::parse("2024-11-08"), *Date::parse("2025-01-20"));
  EXPECT_EQ(*Date::parse("2025-01-20"), *Date::parse("2025-01-20"));
}

}  // namespace positions
