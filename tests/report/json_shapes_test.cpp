// The shapes every JSON output shares: their optional members appear only
// where they mean something (docs/json.md, "Shared shapes").
#include "json_shapes.hpp"

#include <gtest/gtest.h>

#include <sstream>

#include "positions/load.hpp"
#include "test_support.hpp"

namespace positions {

namespace {

template <typename Write>
std::string json(Write write) {
  std::ostringstream out;
  JsonWriter w(out);
  write(w);
  return out.str();
}

const Dataset& basic() {
  static const Dataset data = load_dataset(test::fixture("scenarios-basic"));
  return data;
}

}  // namespace

TEST(JsonShapes, ASilentStanceHasPartyIssueAndSilentOnly) {
  const Dataset& d = basic();
  EXPECT_EQ(json([&](JsonWriter& w) { write_stance_json(w, d.catalog, d.parties[0], 0, nullptr); }),
            "{\n  \"party\": \"" + d.parties[0].code + "\",\n  \"issue\": \"" + d.catalog.issues[0].id +
                "\",\n  \"silent\": true\n}");
}

TEST(JsonShapes, AScenarioSaysWhetherItWasChosenOnlyWhenItIsALens) {
  const Dataset& d = basic();
  const Scenario& truce = d.scenarios[d.scenario_index("whatif-truce")];
  const std::string data = json([&](JsonWriter& w) { write_scenario_json(w, d, truce); });
  EXPECT_EQ(data.find("chosen_by_default"), std::string::npos) << data;
  EXPECT_NE(data.find("\"builds_on\": \"whatif-b-line\""), std::string::npos) << data;
  EXPECT_NE(data.find("\"lineage\": [\n    \"late\",\n    \"whatif-b-line\",\n    \"whatif-truce\"\n  ]"),
            std::string::npos)
      << data;
  const std::string lens = json([&](JsonWriter& w) { write_scenario_json(w, d, truce, true); });
  EXPECT_NE(lens.find("\"chosen_by_default\": true\n}"), std::string::npos) << lens;
  const Scenario& early = d.scenarios[d.scenario_index("early")];
  EXPECT_NE(json([&](JsonWriter& w) { write_scenario_json(w, d, early); }).find("\"builds_on\": null"),
            std::string::npos);
}

TEST(JsonShapes, NoRuleIsNull) {
  EXPECT_EQ(json([&](JsonWriter& w) { write_rule_json(w, basic().catalog, -1); }), "null");
}

}  // namespace positions
