// Derived graph models, checked by hand on the "stability-derived" fixture:
// border (a_keeps, b_keeps; every compared party decides), truce (yes, no;
// decided by a and b; no agreement: truce.no), aid (more, decided by donor
// alone; less). Rules: truce.yes excludes border.a_keeps, aid.more excludes
// border.b_keeps. Weights: a border 4 (red line: a_keeps), truce 1 (rules
// out yes), aid 2 (wants less); b border 3 (wants b_keeps, rules out
// a_keeps), truce 2 (wants yes). Compared: a and b, not donor.
#include <gtest/gtest.h>

#include <memory>

#include "derive.hpp"
#include "stability_words.hpp"
#include "positions/load.hpp"
#include "table.hpp"
#include "term_graph.hpp"
#include "test_support.hpp"

namespace positions::stability {
namespace {

enum { border, truce, aid };
enum { a_keeps, b_keeps };
enum { yes, no };
enum { more, less };

class DeriveTest : public ::testing::Test {
 protected:
  Dataset data = load_dataset(test::fixture("stability-derived"));

  const DealProblem& problem(const std::vector<std::string>& codes) {
    std::vector<int> parties;
    for (const auto& c : codes) parties.push_back(data.party_index(c));
    table = make_table(data, parties, *Date::parse("2025-03-01"), &data.scenarios.front());
    model = std::make_unique<TermModel>(data.catalog, &table);
    pb = make_deal_problem(table, *model);
    return pb;
  }

  Table table;
  std::unique_ptr<TermModel> model;
  DealProblem pb;
};

std::vector<std::string> ids(const Model& m) {
  std::vector<std::string> out;
  for (const auto& o : m.options) out.push_back(o.id);
  return out;
}

TEST_F(DeriveTest, EachDeciderConsentsAndAnOptionWithoutItsDeciderHasNoConsent) {
  const Derivation r = derive(problem({"a", "b"}), {});
  ASSERT_TRUE(r.derived);
  const Derived& d = *r.derived;
  EXPECT_EQ(d.issues, (std::vector<int>{border, truce, aid}));
  // aid.more needs donor, who is not compared: nobody consents to it.
  EXPECT_EQ(ids(d.model), (std::vector<std::string>{"a.border.a_keeps", "a.border.b_keeps", "b.border.a_keeps",
                                                     "b.border.b_keeps", "a.truce.yes", "a.truce.no", "b.truce.yes",
                                                     "b.truce.no", "a.aid.less", "b.aid.less"}));
  ASSERT_EQ(d.model.dm_count(), 2);
  EXPECT_EQ(d.model.dms[0].options, (std::vector<int>{0, 1, 4, 5, 8}));
  // 3^4 consent combinations on border and truce, 2^2 on aid; the rule
  // removes border.a_keeps settled with truce.yes settled (1 x 1 x 4).
  EXPECT_EQ(d.model.state_count(), 324 - 4);
  EXPECT_EQ(d.model.status_quo, 0);
  EXPECT_EQ(d.model.states[0], 0u);
}

TEST_F(DeriveTest, PreferencesAreTheDealValuesWithRedLinesFirst) {
  const Derived d = *derive(problem({"a", "b"}), {}).derived;
  const Model& m = d.model;
  auto at = [&](StateBits bits) { return m.index_of(bits); };
  // Status quo: border open (a misses its red line), truce.no holds (neither
  // mentions it), aid open.
  EXPECT_EQ(m.payoff[0][at(0)], -1'000'000);
  EXPECT_EQ(m.payoff[1][at(0)], 0);
  // border.a_keeps (a and b consent): a 4 x 4; b rules it out, 3 x -4.
  const StateBits a_keeps_settled = 0b0101;
  EXPECT_EQ(m.payoff[0][at(a_keeps_settled)], 16);
  EXPECT_EQ(m.payoff[1][at(a_keeps_settled)], -12);
  // b alone consenting to a_keeps settles nothing: a consent without its co-decider.
  EXPECT_EQ(m.payoff[0][at(0b0100)], -1'000'000);
  // border.b_keeps and truce.yes: a misses its red line and gets the truce it
  // rules out (1 x -4); b gets both it wants (3 x 4 + 2 x 4).
  const StateBits b_deal = 0b1010 | 0b1010000;
  EXPECT_EQ(m.payoff[0][at(b_deal)], -1'000'004);
  EXPECT_EQ(m.payoff[1][at(b_deal)], 20);
  // The rule: border.a_keeps with truce.yes is not a state.
  EXPECT_EQ(at(a_keeps_settled | 0b1010000), -1);
}

TEST_F(DeriveTest, APackageMapsToTheStateWhereItsDecidersConsent) {
  const Derived d = *derive(problem({"a", "b"}), {}).derived;
  Package x(3, kOpen);
  x[border] = a_keeps;
  x[aid] = less;
  EXPECT_EQ(state_of(d, x), d.model.index_of(0b0101 | 0b1100000000));
  x[aid] = more;  // needs donor's consent
  EXPECT_EQ(state_of(d, x), -1);
  EXPECT_EQ(state_of(d, Package(3, kOpen)), 0);
}

TEST_F(DeriveTest, TheStatusQuoIsStableWhenNobodyCanSettleAlone) {
  const Derived d = *derive(problem({"a", "b"}), {}).derived;
  const Analysis a = analyse(d.model);
  for (int dm = 0; dm < 2; ++dm) {
    const Verdict& v = a.at(Concept::nash, dm, d.model.status_quo);
    EXPECT_TRUE(v.stable);
    EXPECT_EQ(v.move, -1);
  }
}

TEST_F(DeriveTest, NotesSayWhatIsCoveredAndWhatCannotBeSettled) {
  const Derived d = *derive(problem({"a", "b"}), {}).derived;
  EXPECT_EQ(d.model.notes,
            (std::vector<std::string>{
                "covers the issues border, truce, aid; each decider consents to at most one option of each, and an "
                "issue is settled on an option when all its deciders consent",
                "the status quo is the outcome without a deal: nobody consents; truce.no holds; border, aid stay open",
                "aid.more cannot be settled: it needs the consent of donor, who is not compared"}));
}

TEST_F(DeriveTest, AGroupTooLargeIsNamedWithItsSize) {
  const Derivation r = derive(problem({"a", "b"}), {100});
  EXPECT_FALSE(r.derived);
  EXPECT_EQ(r.none.smallest, (std::vector<int>{border, truce, aid}));
  EXPECT_EQ(r.none.states, 324);
  EXPECT_EQ(r.none.options, 10);
  try {
    derive_model(table, {100});
    ADD_FAILURE() << "no error";
  } catch (const Error& e) {
    const Diagnostic& p = e.problems().front();
    EXPECT_EQ(p.message,
              "every group of linked issues is too large for a derived graph model: the smallest (border, truce, aid) "
              "has 324 states and 10 consent options, more than 100 states or 24 options");
    EXPECT_EQ(p.hint, "compare fewer parties, raise --max-states, or write the model by hand (docs/stability.md)");
  }
}

TEST_F(DeriveTest, OnePartyDecidesWhatNeedsOnlyItsConsent) {
  // donor alone decides border and aid (every compared party), not truce (a and b).
  const Derivation r = derive(problem({"donor"}), {});
  ASSERT_TRUE(r.derived);
  EXPECT_EQ(ids(r.derived->model),
            (std::vector<std::string>{"donor.border.a_keeps", "donor.border.b_keeps", "donor.aid.more",
                                      "donor.aid.less"}));
  const auto& notes = r.derived->model.notes;
  EXPECT_NE(std::find(notes.begin(), notes.end(),
                      "truce.yes, truce.no cannot be settled: they need the consent of a and b, who are not compared"),
            notes.end());
}

TEST_F(DeriveTest, NothingSettleableIsItsOwnError) {
  DealProblem p = problem({"a", "b"});
  for (auto& options : p.consent)
    for (Consent& c : options) c.not_compared = {data.party_index("donor")};
  const Derivation r = derive(p, {});
  EXPECT_FALSE(r.derived);
  EXPECT_TRUE(r.none.smallest.empty());
  const Error e = no_model_error(p, r.none, {});
  EXPECT_EQ(e.problems().front().message,
            "no group of linked issues has an option that the compared parties can settle by themselves");
  EXPECT_EQ(e.problems().front().hint, "compare the parties who decide these issues (the catalog's decided_by)");
}

}  // namespace
}  // namespace positions::stability
