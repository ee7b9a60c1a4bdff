#include "suggest.hpp"

#include <gtest/gtest.h>

namespace positions {

TEST(Suggest, FindsTyposSwapsAndDashes) {
  const std::vector<std::string> ids = {"ru_all", "current_line", "ua_all"};
  EXPECT_EQ(closest("ru-all", ids), "ru_all");
  EXPECT_EQ(closest("RU_ALL", ids), "ru_all");
  EXPECT_EQ(closest("curent_line", ids), "current_line");
  EXPECT_EQ(closest("titel", {"id", "title", "options"}), "title");
}

TEST(Suggest, CompletesANameCutShort) {
  EXPECT_EQ(closest("budapest", {"after-election-2024", "budapest-2025"}), "budapest-2025");
  EXPECT_EQ(closest("bu", {"budapest-2025"}), "");
}

TEST(Suggest, StaysQuietWhenNothingIsClose) {
  EXPECT_EQ(closest("zaporizhzhia", {"ru_all", "ua_all"}), "");
  EXPECT_EQ(did_you_mean("xyz", {"compare", "list"}), "");
}

TEST(Suggest, BreaksTiesByName) {
  EXPECT_EQ(closest("ub", {"ua", "us"}), "ua");
  EXPECT_EQ(did_you_mean("lst", {"list"}), "did you mean 'list'?");
}

}  // namespace positions
