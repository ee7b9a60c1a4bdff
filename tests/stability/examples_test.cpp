// The published cases shipped in docs/examples/stability/, each with its
// expected results (sources in each file's comments), and the .gmcr files
// written for the tests from GMCR+'s save-file format, which must give the
// same results as the YAML encodings.
#include <gtest/gtest.h>

#include "positions/stability.hpp"

namespace positions::stability {
namespace {

const std::string examples = std::string(POSITIONS_SOURCE_DIR) + "/docs/examples/stability/";
const std::string data = std::string(POSITIONS_SOURCE_DIR) + "/tests/stability/data/";

std::vector<int> numbered(const std::vector<int>& states) {
  std::vector<int> out;
  for (int s : states) out.push_back(s + 1);
  return out;
}
using V = std::vector<int>;

// "S" stable, "U" unstable, one letter per state.
std::string verdicts(const Analysis& a, Concept c, int dm) {
  std::string out;
  for (const Verdict& v : a.verdicts[static_cast<int>(c)][dm]) out += v.stable ? 'S' : 'U';
  return out;
}

TEST(StabilityExamples, PrisonersDilemma) {
  const Model m = load_model(examples + "prisoners_dilemma.yaml");
  const Analysis a = analyse(m);
  EXPECT_EQ(numbered(a.equilibria[0]), (V{1}));
  for (int c = 1; c < concept_count; ++c) EXPECT_EQ(numbered(a.equilibria[c]), (V{1, 4}));
  // GMCR+'s recorded verdicts (test_data/Prisoners_narr.txt in gmcr-py).
  EXPECT_EQ(verdicts(a, Concept::nash, 0), "SUSU");
  EXPECT_EQ(verdicts(a, Concept::gmr, 0), "SUSS");
  EXPECT_EQ(verdicts(a, Concept::nash, 1), "SSUU");
  EXPECT_EQ(verdicts(a, Concept::seq, 1), "SSUS");
}

TEST(StabilityExamples, SyriaIraqMatchesGmcrPlusStateByState) {
  const Model m = load_model(examples + "syria_iraq.yaml");
  const Analysis a = analyse(m);
  EXPECT_EQ(numbered(a.equilibria[0]), (V{6}));
  EXPECT_EQ(numbered(a.equilibria[1]), (V{1, 6}));
  EXPECT_EQ(numbered(a.equilibria[2]), (V{6}));
  EXPECT_EQ(numbered(a.equilibria[3]), (V{6}));
  // GMCR+'s recorded verdicts (test_data/SyriaIraq_narr.txt in gmcr-py).
  EXPECT_EQ(verdicts(a, Concept::nash, 0), "SUUUUS");
  EXPECT_EQ(verdicts(a, Concept::gmr, 0), "SUSUUS");
  EXPECT_EQ(verdicts(a, Concept::smr, 0), "SUSUUS");
  EXPECT_EQ(verdicts(a, Concept::seq, 0), "SUSUUS");
  EXPECT_EQ(verdicts(a, Concept::nash, 1), "USUSUS");
  EXPECT_EQ(verdicts(a, Concept::gmr, 1), "SSUSSS");
  EXPECT_EQ(verdicts(a, Concept::smr, 1), "USUSUS");
  EXPECT_EQ(verdicts(a, Concept::seq, 1), "USUSSS");
}

TEST(StabilityExamples, ElmiraWithItsCoalitionResult) {
  const Model m = load_model(examples + "elmira.yaml");
  ASSERT_EQ(m.state_count(), 12);
  const Analysis a = analyse(m);
  // 7 = NYNNY (Uniroyal delays, the local government insists) and 10 =
  // YNYNY (MoE modifies, Uniroyal accepts, the local government insists)
  // are the papers' states 5 and 8; 5, 6, 11, 12 (abandon) their state 9.
  EXPECT_EQ(numbered(a.equilibria[0]), (V{5, 6, 7, 10, 11, 12}));
  EXPECT_EQ(numbered(a.equilibria[3]), (V{5, 6, 7, 10, 11, 12}));
  EXPECT_EQ(numbered(a.equilibria[1]), (V{1, 4, 5, 6, 7, 10, 11, 12}));
  // Coalition analysis removes 7: MoE and Uniroyal together move to 10.
  EXPECT_EQ(numbered(a.coalition_equilibria), (V{5, 6, 10, 11, 12}));
  EXPECT_EQ(a.coalition[6].members, 0b011u);
  EXPECT_EQ(a.coalition[6].move + 1, 10);
  EXPECT_EQ(m.status_quo + 1, 1);
}

TEST(StabilityExamples, CubanMissileCrisis) {
  const Model m = load_model(examples + "cuban_missile_crisis.yaml");
  const Analysis a = analyse(m);
  EXPECT_EQ(m.pattern(5), "YNYN");  // state 6: air strike, the USSR withdraws
  EXPECT_EQ(m.pattern(6), "NYYN");  // state 7: blockade, the USSR withdraws
  EXPECT_EQ(numbered(a.equilibria[0]), (V{6}));
  EXPECT_EQ(numbered(a.equilibria[3]), (V{5, 6, 7}));
  EXPECT_EQ(numbered(a.coalition_equilibria), (V{6}));
}

void expect_same_results(const Model& x, const Model& y) {
  ASSERT_EQ(x.states, y.states);
  const Analysis a = analyse(x), b = analyse(y);
  EXPECT_EQ(a.equilibria, b.equilibria);
  EXPECT_EQ(a.coalition_equilibria, b.coalition_equilibria);
}

TEST(StabilityGmcr, SyriaIraqGmcrGivesTheYamlResults) {
  const Model g = load_model(data + "syria_iraq.gmcr");
  EXPECT_EQ(g.dms[1].name, "Iraq");
  EXPECT_EQ(g.options[0].id, "release_water");
  expect_same_results(g, load_model(examples + "syria_iraq.yaml"));
}

TEST(StabilityGmcr, ElmiraRankedGmcrGivesTheYamlResults) {
  const Model g = load_model(data + "elmira_ranked.gmcr");
  EXPECT_EQ(g.options[0].direction, Direction::forward_only);
  EXPECT_EQ(g.options[1].direction, Direction::backward_only);
  expect_same_results(g, load_model(examples + "elmira.yaml"));
}

TEST(StabilityGmcr, OptionsAreGroupedByDecisionMakerBeforeStatesAreNumbered) {
  // Option 0 belongs to the second decision maker: GMCR+ moves it after the
  // first one's options, so the ranking's state numbers refer to that order.
  const Model g = parse_gmcr(R"({"useManualPreferenceRanking": true,
    "options": [{"name": "b", "permittedDirection": "both"}, {"name": "a", "permittedDirection": "both"}],
    "decisionMakers": [{"name": "A", "options": [1], "preferences": [], "preferenceRanking": [2, 1, 4, 3]},
                       {"name": "B", "options": [0], "preferences": [], "preferenceRanking": [1, 2, 3, 4]}],
    "infeasibles": []})", "t.gmcr");
  EXPECT_EQ(g.options[0].label, "a");
  EXPECT_EQ(g.payoff[0], (std::vector<std::int64_t>{3, 4, 1, 2}));
}

}  // namespace
}  // namespace positions::stability
