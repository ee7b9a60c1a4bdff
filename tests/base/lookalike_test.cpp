#include "lookalike.hpp"

#include <gtest/gtest.h>

namespace positions {
namespace {

TEST(Lookalike, NamesTheFirstPastedCharacter) {
  EXPECT_EQ(describe_lookalike("name\u00A0"), "contains a non-breaking space (U+00A0)");
  EXPECT_EQ(describe_lookalike("\u201Ccode\u201D"), "contains a curly quote (U+201C)");
  EXPECT_EQ(describe_lookalike("ru\u2013all"), "contains an en dash (U+2013)");
  EXPECT_EQ(describe_lookalike("\uFEFFcode"), "contains a byte-order mark (U+FEFF)");
  EXPECT_EQ(describe_lookalike("plain"), "");
}

TEST(Lookalike, PlainTwinIsWhatWasMeant) {
  EXPECT_EQ(without_lookalikes("\u201Ccode\u201D"), "code");
  EXPECT_EQ(without_lookalikes("name\u00A0"), "name");
  EXPECT_EQ(without_lookalikes("ru\u2013all"), "ru-all");
  EXPECT_EQ(without_lookalikes("sta\u200Bnces"), "stances");
}

}  // namespace
}  // namespace positions
