#include <gtest/gtest.h>

#include "positions/load.hpp"

namespace positions {
namespace {

const Catalog& catalog() {
  static const Catalog c = parse_catalog(R"(issues:
  - id: donetsk
    title: Donetsk
    ordered: true
    options:
      - {id: ru_all, label: R}
      - {id: current_line, label: C}
      - {id: ua_all, label: U}
  - id: truce
    title: Truce
    options:
      - {id: now, label: Now}
      - {id: later, label: Later}
)",
                                         "catalog.yaml");
  return c;
}

const char* kHead = "code: ru\nname: Russia\nspeakers:\n  - {id: putin, name: Vladimir Putin}\nstances:\n";

std::string party_error(const std::string& stances) {
  try {
    parse_party(kHead + stances, "ru.yaml", catalog());
  } catch (const Error& e) {
    return format(e.problems().front());
  }
  return "";
}

TEST(LoadParty, ReadsStancesWithEvidenceAndConditions) {
  Party p = parse_party(std::string(kHead) + R"(  - issue: truce
    date: 2025-10-16
    wants: [later]
    conditional:
      - accepts: [now]
        if: [donetsk.ru_all]
    priority: high
  - issue: donetsk
    date: 2025-10-16
    wants: ru_all
    rules_out: [current_line, ua_all]
    priority: red_line
    evidence:
      - source: 002.txt
        date: 2025-10-16
        speaker: putin
        quote: "complete control of Donetsk"
        basis: reported
    note: From the call.
)",
                        "ru.yaml", catalog());
  EXPECT_EQ(p.code, "ru");
  ASSERT_EQ(p.stances.size(), 2u);
  const Stance& d = p.stances[0];  // sorted by issue, then date
  EXPECT_EQ(d.issue, 0);
  EXPECT_EQ(d.wants, OptionSet{1});
  EXPECT_EQ(d.rules_out, OptionSet{0b110});
  EXPECT_EQ(d.priority, Priority::red_line);
  ASSERT_EQ(d.evidence.size(), 1u);
  EXPECT_EQ(d.evidence[0].basis, Basis::reported);
  EXPECT_EQ(d.evidence[0].quote, "complete control of Donetsk");
  EXPECT_EQ(d.note, "From the call.");
  const Stance& t = p.stances[1];
  ASSERT_EQ(t.conditional.size(), 1u);
  EXPECT_EQ(t.conditional[0].accepts, OptionSet{1});
  ASSERT_EQ(t.conditional[0].if_all.size(), 1u);
  EXPECT_EQ(t.conditional[0].if_all[0], (Term{0, 0}));
}

TEST(LoadParty, UnknownIssueAndOptionGetDidYouMean) {
  EXPECT_EQ(party_error("  - {issue: donetks, date: 2025-01-01, wants: [ru_all], priority: high}\n"),
            "ru.yaml:6:13: unknown issue 'donetks'\n"
            "  - {issue: donetks, date: 2025-01-01, wants: [ru_all], priority: high}\n"
            "            ^\n"
            "  hint: did you mean 'donetsk'?");
  EXPECT_EQ(party_error("  - {issue: donetsk, date: 2025-01-01, wants: [ru-all], priority: high}\n"),
            "ru.yaml:6:48: unknown option 'ru-all' for issue 'donetsk'\n"
            "  - {issue: donetsk, date: 2025-01-01, wants: [ru-all], priority: high}\n"
            "                                               ^\n"
            "  hint: did you mean 'ru_all'?");
  EXPECT_EQ(party_error("  - {issue: donetsk, date: 2025-01-01, wants: [donetsk.ru_all], priority: high}\n"),
            "ru.yaml:6:48: unknown option 'donetsk.ru_all' for issue 'donetsk'\n"
            "  - {issue: donetsk, date: 2025-01-01, wants: [donetsk.ru_all], priority: high}\n"
            "                                               ^\n"
            "  hint: write the bare option id of issue 'donetsk', without 'issue.'");
  EXPECT_EQ(party_error("  - {issue: donetsk, date: 2025-01-01, wants: [zz], priority: high}\n"),
            "ru.yaml:6:48: unknown option 'zz' for issue 'donetsk'\n"
            "  - {issue: donetsk, date: 2025-01-01, wants: [zz], priority: high}\n"
            "                                               ^\n"
            "  hint: its options: ru_all, current_line, ua_all");
}

TEST(LoadParty, OptionBothWantedAndRuledOut) {
  EXPECT_EQ(party_error("  - {issue: donetsk, date: 2025-01-01, wants: [ru_all], rules_out: [ru_all], priority: high}\n"),
            "ru.yaml:6:57: option 'ru_all' of issue 'donetsk' is in both 'wants' and 'rules_out'\n"
            "  - {issue: donetsk, date: 2025-01-01, wants: [ru_all], rules_out: [ru_all], priority: high}\n"
            "                                                        ^\n"
            "  hint: a stance lists each option once: wanted, accepted or ruled out");
}

TEST(LoadParty, DateThatIsNotADate) {
  EXPECT_EQ(party_error("  - {issue: donetsk, date: 2025-02-30, wants: [ru_all], priority: high}\n"),
            "ru.yaml:6:28: stance date '2025-02-30' is not a date; expected YYYY-MM-DD, a real calendar day\n"
            "  - {issue: donetsk, date: 2025-02-30, wants: [ru_all], priority: high}\n"
            "                           ^\n"
            "  hint: or a month (2024-09) or a year (2024), as precise as the source; optionally after 'about '");
  EXPECT_EQ(party_error("  - {issue: donetsk, date: last week, wants: [ru_all], priority: high}\n"),
            "ru.yaml:6:28: stance date 'last week' is not a date; expected YYYY-MM-DD, a real calendar day\n"
            "  - {issue: donetsk, date: last week, wants: [ru_all], priority: high}\n"
            "                           ^\n"
            "  hint: or a month (2024-09) or a year (2024), as precise as the source; optionally after 'about '");
}

TEST(LoadParty, PriorityAndBasisAreChecked) {
  EXPECT_EQ(party_error("  - {issue: donetsk, date: 2025-01-01, wants: [ru_all], priority: redline}\n"),
            "ru.yaml:6:67: unknown priority 'redline'; expected low, medium, high or red_line\n"
            "  - {issue: donetsk, date: 2025-01-01, wants: [ru_all], priority: redline}\n"
            "                                                                  ^\n"
            "  hint: did you mean 'red_line'?");
  EXPECT_EQ(party_error("  - issue: donetsk\n    date: 2025-01-01\n    wants: [ru_all]\n    priority: high\n"
                        "    evidence:\n      - {source: s.txt, date: 2025-01-01, quote: q, basis: rumour}\n"),
            "ru.yaml:11:60: unknown basis 'rumour'; expected on_record, reported or inferred\n"
            "      - {source: s.txt, date: 2025-01-01, quote: q, basis: rumour}\n"
            "                                                           ^");
}

TEST(LoadParty, UnknownSpeaker) {
  EXPECT_EQ(party_error("  - issue: donetsk\n    date: 2025-01-01\n    wants: [ru_all]\n    priority: high\n"
                        "    evidence:\n      - {source: s.txt, date: 2025-01-01, quote: q, basis: reported, speaker: puttin}\n"),
            "ru.yaml:11:79: unknown speaker 'puttin' for party 'ru'\n"
            "      - {source: s.txt, date: 2025-01-01, quote: q, basis: reported, speaker: puttin}\n"
            "                                                                              ^\n"
            "  hint: did you mean 'putin'?");
}

TEST(LoadParty, AStanceMustSaySomething) {
  EXPECT_EQ(party_error("  - {issue: donetsk, date: 2025-01-01, priority: high}\n"),
            "ru.yaml:6:5: the stance on 'donetsk' says nothing\n  - {issue: donetsk, date: 2025-01-01, priority: high}\n    ^\n"
            "  hint: give at least one of wants, accepts, rules_out or conditional");
}

TEST(LoadParty, OneStancePerIssueAndDay) {
  EXPECT_EQ(party_error("  - {issue: donetsk, date: 2025-01-01, wants: [ru_all], priority: high}\n"
                        "  - {issue: donetsk, date: 2025-01-01, wants: [ua_all], priority: high}\n"),
            "ru.yaml:7:5: a second stance on 'donetsk' dated 2025-01-01\n"
            "  - {issue: donetsk, date: 2025-01-01, wants: [ua_all], priority: high}\n"
            "    ^\n"
            "  hint: the first is at line 6; a party has one stance per issue and day");
}

TEST(LoadParty, ConditionsMustBeOtherIssues) {
  EXPECT_EQ(party_error("  - issue: truce\n    date: 2025-01-01\n    priority: high\n"
                        "    conditional:\n      - {accepts: [now], if: [truce.later]}\n"),
            "ru.yaml:10:31: a condition must be a term of another issue than 'truce'\n"
            "      - {accepts: [now], if: [truce.later]}\n"
            "                              ^");
  EXPECT_EQ(party_error("  - issue: truce\n    date: 2025-01-01\n    wants: [now]\n    priority: high\n"
                        "    conditional:\n      - {accepts: [now], if: [donetsk.ru_all]}\n"),
            "ru.yaml:11:10: option 'now' is accepted on a condition but already acceptable without one\n"
            "      - {accepts: [now], if: [donetsk.ru_all]}\n"
            "         ^");
}

TEST(LoadParty, MissingKeys) {
  EXPECT_EQ(party_error("  - {issue: donetsk, wants: [ru_all], priority: high}\n"),
            "ru.yaml:6:5: missing key 'date' in a stance; expected the day the stance takes effect, YYYY-MM-DD\n"
            "  - {issue: donetsk, wants: [ru_all], priority: high}\n"
            "    ^");
  try {
    parse_party("name: Russia\nstances: []\n", "ru.yaml", catalog());
    FAIL();
  } catch (const Error& e) {
    EXPECT_EQ(format(e.problems().front()), "ru.yaml:1:1: missing key 'code' in the party file; expected the party's short code, like ru\n"
                                            "name: Russia\n"
                                            "^");
  }
}

TEST(LoadParty, NullValueIsNotText) {
  try {
    parse_party("code: ru\nname:\nstances: []\n", "ru.yaml", catalog());
    FAIL();
  } catch (const Error& e) {
    EXPECT_EQ(format(e.problems().front()), "ru.yaml:2:1: the party's name is empty; expected text\nname:\n^");
  }
}

}  // namespace
}  // namespace positions
