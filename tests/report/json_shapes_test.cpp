// The shapes every JSON output shares: their optional members appear only
// where they mean something (docs/json.md, "Shared shapes").
#include "json_shapes.hpp"

#include <gtest/gtest.h>

#include <sstream>

#include "concessions.hpp"
#include "positions/load.hpp"
#include "wording.hpp"
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

// b accepts land.middle only if aid.yes (wanted, high) and accepts aid.no:
// re-pointed to aid.no, the move reads and serialises as such, and a package
// that leaves c worse off than no agreement says so.
TEST(JsonShapes, ARepointedConditionNamesBothTermsAndTheMoveSetSaysWhetherItOpensADeal) {
  Dataset data;
  data.catalog = parse_catalog("issues:\n  - id: land\n    title: Land\n    options:\n      - id: north\n        label: N\n"
                               "      - id: middle\n        label: M\n  - id: aid\n    title: Aid\n    options:\n"
                               "      - id: yes\n        label: Y\n      - id: no\n        label: N\n",
                               "catalog.yaml");
  auto stance = [](const std::string& issue, const std::string& body, const std::string& priority) {
    return "  - issue: " + issue + "\n    date: 2025-01-01\n    priority: " + priority + "\n" + body;
  };
  data.parties.push_back(parse_party(
      "code: b\nname: b\nstances:\n" +
          stance("land", "    conditional:\n      - accepts: [middle]\n        if: [aid.yes]\n", "medium") +
          stance("aid", "    wants: [yes]\n    accepts: [no]\n", "high"),
      "b.yaml", data.catalog));
  data.parties.push_back(parse_party(
      "code: c\nname: c\nstances:\n" + stance("aid", "    wants: [yes]\n    rules_out: [no]\n", "low"), "c.yaml",
      data.catalog));
  const Table table = make_table(data, {0, 1}, *Date::parse("2025-06-01"));
  const TermModel model(data.catalog, &table);
  const DealProblem pb = make_deal_problem(table, model);
  const std::vector<Move> r = repoint_moves(pb, 0, 0, 1, {1, 1});
  ASSERT_EQ(r.size(), 1u);
  EXPECT_EQ(move_words(pb, r[0]),
            "b on land: from accepting middle only if aid.yes to accepting it if aid.no instead; cost 3.00 (what "
            "it gives up)");
  MoveSet m;
  m.moves = r;
  m.cost = r[0].cost;
  m.package = SettledTerms::of(Package{1, 1});
  m.worse_off = {1};  // c rules out aid.no: 1 x -4 against 0 with no agreement
  ASSERT_LT(raw_utilities(pb, m.package.whole(pb.issues))[1], pb.disagreement[1]);
  const std::string j = json([&](JsonWriter& w) { write_move_set_json(w, pb, m); });
  EXPECT_NE(j.find("\"kind\": \"repoint_condition\""), std::string::npos) << j;
  EXPECT_NE(j.find("\"from\": \"aid.yes\""), std::string::npos) << j;
  EXPECT_NE(j.find("\"to\": \"aid.no\""), std::string::npos) << j;
  EXPECT_NE(j.find("\"opens_a_deal\": false"), std::string::npos) << j;
  EXPECT_NE(j.find("\"worse_off\": [\n    \"c\"\n  ]"), std::string::npos) << j;
  EXPECT_EQ(opened_package_words(pb, m),
            "not a deal: it leaves c worse off than with no agreement (valued on the stances before the moves)");
}

}  // namespace positions
