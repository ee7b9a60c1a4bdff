// Compare on the deal search's feasibility, by hand (docs/method.md, "Agreed
// together", "Consent in compare", "Who could open a blocked issue"): terms
// agreed on a condition the agreed terms meet, a chain of them, a condition
// not met, consent and its wording, the smallest sets that could open a
// blocked issue.
#include <gtest/gtest.h>

#include <memory>
#include <sstream>

#include "compare.hpp"
#include "compare_report.hpp"
#include "issue_state.hpp"
#include "positions/load.hpp"
#include "verdict_words.hpp"
#include "wording.hpp"

namespace positions {
namespace {

struct Case {
  Dataset data;
  Table table;
  std::unique_ptr<TermModel> model;
  Comparison c;

  Case(const char* catalog, const std::vector<std::pair<std::string, std::string>>& parties,
       const std::vector<std::string>& compared) {
    data.catalog = parse_catalog(catalog, "catalog.yaml");
    for (const auto& [code, stances] : parties)
      data.parties.push_back(parse_party("code: " + code + "\nname: " + code + "\nstances:" +
                                             (stances.empty() ? std::string(" []\n") : "\n" + stances),
                                         code + ".yaml", data.catalog));
    std::vector<int> slots;
    for (const auto& code : compared) slots.push_back(data.party_index(code));
    table = make_table(data, slots, *Date::parse("2025-06-01"));
    model = std::make_unique<TermModel>(data.catalog, &table);
    c = compare(table, *model);
  }
  const OptionFinding& option(int issue, int o) const { return c.issues[issue].options[o]; }
};

std::string stance(const std::string& issue, const std::string& body) {
  return "  - issue: " + issue + "\n    date: 2025-01-01\n    priority: medium\n" + body;
}

// land (north, south), aid (yes, no); `aid_rule` adds a rule.
std::string catalog(const std::string& aid_extra = "", const std::string& rules = "") {
  return "issues:\n"
         "  - id: land\n    title: Land\n    options:\n"
         "      - id: north\n        label: North\n      - id: south\n        label: South\n"
         "  - id: aid\n    title: Aid\n" + aid_extra + "    options:\n"
         "      - id: yes\n        label: Yes\n      - id: no\n        label: No\n" + rules;
}

enum { land, aid };
enum { north, south };
enum { yes, no };

TEST(CompareSound, AConditionTheAgreedTermsMeetIsAgreementTogetherWithThem) {
  // Both want aid.yes (agreed outright); a accepts land.north, b accepts it
  // only if aid.yes: land.north is agreed together with aid.yes, and the pair
  // overlaps on land.
  const std::string cat = catalog();
  Case k(cat.c_str(),
         {{"a", stance("land", "    accepts: [north]\n") + stance("aid", "    wants: [yes]\n")},
          {"b", stance("land", "    wants: [south]\n    conditional:\n      - accepts: [north]\n        if: [aid.yes]\n") +
                    stance("aid", "    wants: [yes]\n")}},
         {"a", "b"});
  EXPECT_TRUE(k.option(aid, yes).agreed);
  EXPECT_TRUE(k.option(aid, yes).together_with.empty());
  EXPECT_TRUE(k.option(land, north).agreed);
  EXPECT_EQ(k.option(land, north).together_with, (std::vector<Term>{{aid, yes}}));
  EXPECT_EQ(k.c.issues[land].status, IssueStatus::agreement);
  ASSERT_EQ(k.c.pairs.size(), 1u);
  EXPECT_EQ(k.c.pairs[0].overlap, (std::vector<int>{land, aid}));
  EXPECT_TRUE(k.c.pairs[0].collide.empty());
  EXPECT_EQ(issue_state(k.table, k.c.issues[land]).agreed, OptionSet{1} << north);
  EXPECT_EQ(together_words(k.data.catalog, k.option(land, north).together_with), "together with aid.yes");
}

TEST(CompareSound, TheTextSaysAgreedTogetherWithTheConditionsTermsAndWhatConsentIsMissing) {
  const std::string cat = catalog();
  Case k(cat.c_str(),
         {{"a", stance("land", "    accepts: [north]\n") + stance("aid", "    wants: [yes]\n")},
          {"b", stance("land", "    conditional:\n      - accepts: [north]\n        if: [aid.yes]\n") +
                    stance("aid", "    wants: [yes]\n")}},
         {"a", "b"});
  std::ostringstream out;
  write_compare_text(out, k.table, k.c, Lens{}, false, nullptr);
  const std::string text = out.str();
  // land.north holds together with aid.yes; land.south, which neither
  // mentions, lacks the consent of both (every compared party decides land).
  EXPECT_NE(text.find("AGREED together with aid.yes"), std::string::npos) << text;
  EXPECT_NE(text.find("needs the consent of a and b"), std::string::npos) << text;
}

TEST(CompareSound, AChainOfMetConditionsIsAgreedStepByStep) {
  // x.one outright; y.one only if x.one; z.one only if y.one (b's
  // conditions): the fixed point reaches z through y.
  const char* cat = R"(issues:
  - id: x
    title: X
    options:
      - id: one
        label: One
      - id: two
        label: Two
  - id: y
    title: Y
    options:
      - id: one
        label: One
      - id: two
        label: Two
  - id: z
    title: Z
    options:
      - id: one
        label: One
      - id: two
        label: Two
)";
  Case k(cat,
         {{"a", stance("x", "    wants: [one]\n") + stance("y", "    wants: [one]\n") + stance("z", "    wants: [one]\n")},
          {"b", stance("x", "    accepts: [one]\n") +
                    stance("y", "    conditional:\n      - accepts: [one]\n        if: [x.one]\n") +
                    stance("z", "    conditional:\n      - accepts: [one]\n        if: [y.one]\n")}},
         {"a", "b"});
  EXPECT_TRUE(k.option(0, 0).agreed);
  EXPECT_TRUE(k.option(1, 0).agreed);
  EXPECT_EQ(k.option(1, 0).together_with, (std::vector<Term>{{0, 0}}));
  EXPECT_TRUE(k.option(2, 0).agreed);
  EXPECT_EQ(k.option(2, 0).together_with, (std::vector<Term>{{1, 0}}));
  EXPECT_EQ(k.c.pairs[0].overlap, (std::vector<int>{0, 1, 2}));
}

TEST(CompareSound, AConditionTheAgreedTermsDoNotMeetStaysConditional) {
  // b accepts land.north only if aid.no, but the agreed aid term is yes.
  const std::string cat = catalog();
  Case k(cat.c_str(),
         {{"a", stance("land", "    accepts: [north]\n") + stance("aid", "    wants: [yes]\n")},
          {"b", stance("land", "    conditional:\n      - accepts: [north]\n        if: [aid.no]\n") +
                    stance("aid", "    wants: [yes]\n")}},
         {"a", "b"});
  EXPECT_TRUE(k.option(aid, yes).agreed);
  EXPECT_FALSE(k.option(land, north).agreed);
  EXPECT_EQ(k.option(land, north).conditional_by, std::vector<int>{1});
  EXPECT_EQ(k.c.issues[land].status, IssueStatus::possible);
  EXPECT_EQ(k.c.pairs[0].overlap, std::vector<int>{aid});
}

TEST(CompareSound, AMetConditionIsNoAgreementWhenARuleExcludesItWithAnAgreedTerm) {
  const std::string cat = catalog("", "rules:\n  - term: land.north\n    excludes: aid.yes\n    reason: r\n");
  Case k(cat.c_str(),
         {{"a", stance("land", "    accepts: [north]\n") + stance("aid", "    wants: [yes]\n")},
          {"b", stance("land", "    conditional:\n      - accepts: [north]\n        if: [aid.yes]\n") +
                    stance("aid", "    wants: [yes]\n")}},
         {"a", "b"});
  EXPECT_TRUE(k.option(aid, yes).agreed);
  EXPECT_FALSE(k.option(land, north).agreed);
}

TEST(CompareSound, ASilentDeciderMeansNeedsConsentNotPossible) {
  // aid is decided by c, compared and silent: a and b want aid.yes, yet it
  // is neither agreed nor possible.
  const std::string cat = catalog("    decided_by: [c]\n");
  Case k(cat.c_str(), {{"a", stance("aid", "    wants: [yes]\n")}, {"b", stance("aid", "    wants: [yes]\n")}, {"c", ""}},
         {"a", "b", "c"});
  EXPECT_FALSE(k.option(aid, yes).agreed);
  EXPECT_FALSE(k.option(aid, yes).blocked);
  EXPECT_EQ(k.option(aid, yes).needs_consent, std::vector<int>{2});
  EXPECT_EQ(k.c.issues[aid].status, IssueStatus::needs_consent);
  EXPECT_EQ(consent_words(k.c.problem, k.option(aid, yes).needs_consent, k.option(aid, yes).not_compared),
            "needs c's consent");
  EXPECT_EQ(state_words(k.table, issue_state(k.table, k.c.issues[aid])), "awaiting consent");
}

TEST(CompareSound, ADeciderNotComparedIsNamed) {
  const std::string cat = catalog("    decided_by: [c]\n");
  Case k(cat.c_str(), {{"a", stance("aid", "    wants: [yes]\n")}, {"b", stance("aid", "    wants: [yes]\n")}, {"c", ""}},
         {"a", "b"});
  EXPECT_FALSE(k.option(aid, yes).agreed);
  EXPECT_EQ(k.option(aid, yes).not_compared, std::vector<int>{k.data.party_index("c")});
  EXPECT_EQ(k.c.issues[aid].status, IssueStatus::needs_consent);
  EXPECT_EQ(consent_words(k.c.problem, k.option(aid, yes).needs_consent, k.option(aid, yes).not_compared),
            "needs c's consent; c is not compared");
}

TEST(CompareSound, TheDecidersConsentSettlesOverASilentOrRefusingNonDecider) {
  // c decides aid and wants yes; a is silent on aid, b rules yes out: b's
  // refusal is no veto (yes is not blocked), so aid is possible, not agreed;
  // without b, a's silence does not stop agreement, and a is still shown open.
  const std::string cat = catalog("    decided_by: [c]\n");
  Case k(cat.c_str(), {{"a", ""}, {"b", stance("aid", "    rules_out: [yes]\n")}, {"c", stance("aid", "    wants: [yes]\n")}},
         {"a", "b", "c"});
  EXPECT_FALSE(k.option(aid, yes).blocked);
  EXPECT_EQ(k.option(aid, yes).ruled_out_by, std::vector<int>{1});
  EXPECT_FALSE(k.option(aid, yes).agreed);
  EXPECT_EQ(k.c.issues[aid].status, IssueStatus::possible);
  Case k2(cat.c_str(), {{"a", ""}, {"c", stance("aid", "    wants: [yes]\n")}}, {"a", "c"});
  EXPECT_TRUE(k2.option(aid, yes).agreed);
  EXPECT_EQ(k2.option(aid, yes).open_for, std::vector<int>{0});
}

TEST(CompareSound, ABlockedIssueNamesTheSmallestSetsThatCouldOpenIt) {
  // As in SoundRules: north ruled out by a; middle by b and c; south by a
  // and b. a alone could open north, b and c together middle; nobody else
  // is named, though each of them rules something out.
  const char* cat = R"(issues:
  - id: land
    title: Land
    options:
      - id: north
        label: North
      - id: middle
        label: Middle
      - id: south
        label: South
)";
  Case k(cat,
         {{"a", stance("land", "    accepts: [middle]\n    rules_out: [north, south]\n")},
          {"b", stance("land", "    accepts: [north]\n    rules_out: [middle, south]\n")},
          {"c", stance("land", "    accepts: [north, south]\n    rules_out: [middle]\n")}},
         {"a", "b", "c"});
  const IssueFinding& f = k.c.issues[0];
  ASSERT_EQ(f.status, IssueStatus::blocked);
  EXPECT_TRUE(f.opened_by_proven);
  const IssueState s = issue_state(k.table, f);
  EXPECT_EQ(s.blocked_by, (std::vector<std::vector<int>>{{0}, {1, 2}}));
  EXPECT_EQ(state_words(k.table, s), "blocked; opened by a alone, or by b and c together");
}

TEST(CompareSound, BlockingSetsOutOfTimeAreSaidNotProven) {
  const char* cat = R"(issues:
  - id: land
    title: Land
    options:
      - id: north
        label: North
      - id: south
        label: South
)";
  Dataset data;
  data.catalog = parse_catalog(cat, "catalog.yaml");
  data.parties.push_back(parse_party("code: a\nname: a\nstances:\n" + stance("land", "    rules_out: [north, south]\n"),
                                     "a.yaml", data.catalog));
  const Table table = make_table(data, {0}, *Date::parse("2025-06-01"));
  const TermModel model(data.catalog, &table);
  const Comparison c = compare(table, model, 0);
  ASSERT_EQ(c.issues[0].status, IssueStatus::blocked);
  EXPECT_FALSE(c.issues[0].opened_by_proven);
  EXPECT_EQ(opened_by_words(table, party_sets(c.issues[0].opened_by), false),
            "who could open it is not proven: the search did not finish in time");
}

}  // namespace
}  // namespace positions
