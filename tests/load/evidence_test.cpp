// Evidence as the sources say it: who speaks, on whose view, relayed by whom;
// dates as precise as the source; the sources file; a party whose government
// changes; quotes in context; and the validate warnings that catch the errors
// of issue 15.
#include <gtest/gtest.h>

#include "positions/load.hpp"
#include "quote_context.hpp"
#include "table.hpp"
#include "wording.hpp"

namespace positions {
namespace {

const char* kCatalog =
    "issues:\n"
    "  - id: land\n    title: Land\n    options:\n"
    "      - {id: north, label: North}\n      - {id: south, label: South}\n";

const char* kSeed =
    "Officials met on Monday.\n"
    "“The Treaty was negotiable. I think that’s their bottom line—everything else can go,” he said.\n"
    "“Obviously, it was,” Boyle said.\n"
    "Sen. Smith said that the U.S. plan was good and stood firm.\n";

MemoryFiles folder(const std::string& party, const std::string& scenario = "") {
  MemoryFiles f;
  f.add("d/positions/catalog.yaml", kCatalog);
  f.add("d/positions/sources.yaml",
        "folder: seeds\n"
        "sources:\n"
        "  - {id: doc, title: A Report, outlet: The Paper, published: 2024-11, file: doc.txt}\n"
        "voices:\n"
        "  - {id: boyle, name: Francis Boyle, role: US analyst}\n"
        "  - {id: nobody, name: Nobody}\n");
  f.add("d/seeds/doc.txt", kSeed);
  f.add("d/positions/p.yaml", party);
  if (!scenario.empty()) f.add("d/scenarios/s.yaml", scenario);
  return f;
}

const char* kParty =
    "code: p\nname: P\n"
    "speakers:\n  - {id: lav, name: Sergey Lavrov}\n  - {id: unused, name: Unused Person}\n"
    "governments:\n  - {id: old, name: Old government}\n  - {id: new, name: New government, from: 2025-01-20}\n"
    "stances:\n"
    "  - issue: land\n    date: 2024-11\n    wants: [north]\n    priority: red_line\n    evidence:\n"
    "      - source: doc\n        date: 2024-11-08\n        speaker: boyle\n        about: lav\n"
    "        quote: \"I think that’s their bottom line\"\n        basis: inferred\n"
    "      - source: doc\n        date: 2024-12-02\n        speaker: boyle\n"
    "        quote: \"I think that’s their bottom line\"\n        basis: inferred\n"
    "  - issue: land\n    date: 2025-03-01\n    wants: [south]\n    priority: low\n    evidence:\n"
    "      - source: doc\n        date: about 2025-03-01\n        date_note: \"'last week' in a report of about 2025-03-08\"\n"
    "        quote: \"Officials met on Monday.\"\n        basis: reported\n";

TEST(Evidence, DatesAsPreciseAsTheSource) {
  auto m = When::parse("2024-09");
  ASSERT_TRUE(m);
  EXPECT_EQ(m->day.str(), "2024-09-30");  // a month counts as its last day
  EXPECT_EQ(m->str(), "2024-09");
  auto y = When::parse("2024");
  ASSERT_TRUE(y);
  EXPECT_EQ(y->day.str(), "2024-12-31");
  EXPECT_EQ(y->precision, DatePrecision::year);
  auto a = When::parse("about 2025-10-16");
  ASSERT_TRUE(a);
  EXPECT_TRUE(a->about);
  EXPECT_EQ(a->str(), "about 2025-10-16");
  EXPECT_EQ(When::parse("2024-02")->day.str(), "2024-02-29");
  EXPECT_FALSE(When::parse("2024-13"));
  EXPECT_FALSE(When::parse("around 2024"));
}

TEST(Evidence, SpeakerAboutAndSourceInTheCitation) {
  const Dataset d = load_dataset(folder(kParty), "d");
  const Party& p = d.parties[0];
  const Evidence& e = p.stances[0].evidence[0];
  EXPECT_EQ(voice_words(e), "Francis Boyle (US analyst), on Sergey Lavrov's view");
  EXPECT_EQ(citation_words(p, e),
            "Francis Boyle (US analyst), on Sergey Lavrov's view, 2024-11-08, inferred by the analyst, "
            "\"A Report\" (The Paper)");
  EXPECT_EQ(p.stances[0].when.str(), "2024-11");
  EXPECT_EQ(p.stances[0].date.str(), "2024-11-30");
  const Evidence& r = p.stances[1].evidence[0];
  EXPECT_EQ(voice_words(r), "the reporter");
  EXPECT_EQ(r.date.str(), "about 2025-03-01");
}

TEST(Evidence, AnApproximateDateNeedsItsReason) {
  std::string party = kParty;
  party.erase(party.find("        date_note:"), party.find("        quote: \"Officials") - party.find("        date_note:"));
  try {
    load_dataset(folder(party), "d");
    FAIL();
  } catch (const Error& e) {
    EXPECT_NE(format(e.problems().front()).find("an approximate date needs 'date_note'"), std::string::npos);
  }
}

TEST(Evidence, UnknownSourceIdIsAnError) {
  std::string party = kParty;
  party.replace(party.find("source: doc"), 11, "source: dox");
  try {
    load_dataset(folder(party), "d");
    FAIL();
  } catch (const Error& e) {
    EXPECT_NE(format(e.problems().front()).find("unknown source 'dox'"), std::string::npos);
    EXPECT_NE(format(e.problems().front()).find("did you mean 'doc'?"), std::string::npos);
  }
}

TEST(Evidence, QuoteInItsSentence) {
  const QuoteContext c = quote_context(kSeed, "I think that’s their bottom line");
  ASSERT_TRUE(c.found);
  EXPECT_EQ(c.before, "");  // the sentence begins at "I think", after "negotiable."
  EXPECT_EQ(c.after, "—everything else can go,” he said.");
  EXPECT_FALSE(c.starts_inside);
  EXPECT_TRUE(c.ends_inside);
}

TEST(Evidence, QuoteStartingASentence) {
  const QuoteContext c = quote_context(kSeed, "the U.S. plan was good");
  ASSERT_TRUE(c.found);
  EXPECT_EQ(c.before, "Sen. Smith said that ");
  EXPECT_EQ(c.after, " and stood firm.");
  EXPECT_TRUE(c.starts_inside);
  EXPECT_TRUE(c.ends_inside);
  const QuoteContext whole = quote_context(kSeed, "Officials met on Monday.");
  EXPECT_EQ(whole.before, "");
  EXPECT_EQ(whole.after, "");
  EXPECT_FALSE(whole.starts_inside);
  EXPECT_FALSE(whole.ends_inside);
  EXPECT_FALSE(quote_context(kSeed, "not there").found);
}

TEST(Evidence, AChangeOfGovernmentEndsThePreviousWords) {
  const Dataset d = load_dataset(folder(kParty), "d");
  const Party& p = d.parties[0];
  EXPECT_NE(stance_as_of(p, 0, Date{2025, 1, 19}), nullptr);
  EXPECT_EQ(stance_as_of(p, 0, Date{2025, 1, 20}), nullptr);  // the old government's stance is no longer in force
  const Stance* now = stance_as_of(p, 0, Date{2025, 3, 1});
  ASSERT_NE(now, nullptr);
  EXPECT_EQ(stance_heading(p, *now), "p (low, since 2025-03-01; New government)");
  EXPECT_EQ(government_change_words(p, Date{2024, 12, 1}, Date{2025, 3, 1}),
            "a change of government, not a move by p: the Old government until the New government took office on "
            "2025-01-20");
  // The same change in the briefing's plain words, told from the later lens.
  EXPECT_EQ(government_change_words(p, Date{2024, 12, 1}, Date{2025, 3, 1}, Naming::plain),
            "P is represented by the New government since 2025-01-20 (before it, the Old government)");
  // Backwards, the ids still say which government came first.
  EXPECT_EQ(government_change_words(p, Date{2025, 3, 1}, Date{2024, 12, 1}),
            "a change of government, not a move by p: the Old government until the New government took office on "
            "2025-01-20");
}

TEST(Evidence, ValidateWarnings) {
  const std::string scenario = "title: S\ndate: 2024-12-01\nparties: [p]\n";
  const Validation v = validate_folder(folder(kParty, scenario), "d");
  std::string all;
  for (const auto& pr : v.problems) all += format(pr) + "\n";
  EXPECT_EQ(v.errors(), 0) << all;
  for (const char* text : {
           "warning: evidence dated 2024-12-02, after its stance of 'p' on 'land' (2024-11)",
           "warning: the same quote is cited with two dates: 2024-12-02 here, 2024-11-08 at d/positions/p.yaml:",
           "warning: the stance of 'p' on 'land' is a red line, but all its evidence is inferred",
           "warning: speaker 'unused' of party 'p' is declared but no evidence names it",
           "warning: voice 'nobody' is declared but no evidence names it",
           "warning: evidence dated 2024-12-02, after scenario 's' (2024-12-01) that shows it",
       })
    EXPECT_NE(all.find(text), std::string::npos) << text << "\n---\n" << all;
}

TEST(Evidence, ValidateFindsAMissingSourceFile) {
  MemoryFiles g;
  g.add("d/positions/catalog.yaml", kCatalog);
  g.add("d/positions/sources.yaml",
        "folder: elsewhere\nsources:\n  - {id: doc, title: A Report, outlet: The Paper, published: unknown, file: doc.txt}\n"
        "voices:\n  - {id: boyle, name: Francis Boyle, role: US analyst}\n");
  g.add("d/positions/p.yaml", kParty);
  const Validation v = validate_folder(g, "d");
  std::string all;
  for (const auto& pr : v.problems) all += format(pr) + "\n";
  EXPECT_NE(all.find("warning: source 'doc': no file d/elsewhere/doc.txt"), std::string::npos) << all;
}

}  // namespace
}  // namespace positions
