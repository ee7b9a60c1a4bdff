// The shipped data: it loads, and every stance cites a source report in
// ../shared/seeds with a quote that stands there word for word.
#include <gtest/gtest.h>

#include <filesystem>
#include <regex>
#include <set>

#include "positions/load.hpp"
#include "quote_context.hpp"
#include "table.hpp"
#include "test_support.hpp"

namespace positions {
namespace {

const Dataset& shipped() {
  static const Dataset d = load_dataset(test::source_path(""));
  return d;
}

TEST(ShippedData, EveryStanceCitesEvidence) {
  for (const auto& p : shipped().parties)
    for (const auto& s : p.stances)
      EXPECT_FALSE(s.evidence.empty()) << p.file << ":" << s.where.line << ": a stance with no evidence";
}

// The seeds are found through positions/sources.yaml (folder: ../shared/seeds,
// relative to the data folder), as on a clean clone with ../shared beside it.
TEST(ShippedData, EveryQuoteAppearsVerbatimInItsSource) {
  ASSERT_FALSE(shipped().documents.empty()) << "positions/sources.yaml lists the source documents";
  for (const auto& d : shipped().documents)
    ASSERT_TRUE(d->found) << d->where.file << ":" << d->where.line << ": no source file " << d->path;
  int quotes = 0;
  for (const auto& p : shipped().parties) {
    for (const auto& s : p.stances) {
      for (const auto& e : s.evidence) {
        ASSERT_TRUE(e.doc) << e.where.file << ":" << e.where.line << ": cites no declared source: " << e.source;
        EXPECT_NE(e.doc->text.find(e.quote), std::string::npos)
            << e.where.file << ":" << e.where.line << ": quote not found verbatim in " << e.doc->file << ": "
            << e.quote;
        ++quotes;
      }
    }
  }
  EXPECT_GT(quotes, 20);
}

// Whose words: where the sentence around a quote names who says it ("Boyle
// said", "he said" after "Boyle said", "according to the officials", "the
// diplomat remarked"), the evidence carries that voice as its speaker, or no
// speaker (the reporter's words) with that voice as whose view they describe.
// Never a different speaker.
TEST(ShippedData, EverySpeakerIsTheOneTheSourceNames) {
  std::set<std::string> surnames;
  auto add = [&](const std::string& name) {
    const auto at = name.rfind(' ');
    surnames.insert(at == std::string::npos ? name : name.substr(at + 1));
  };
  for (const auto& p : shipped().parties)
    for (const auto& sp : p.speakers) add(sp.name);
  for (const auto& v : shipped().voices) add(v.name);
  const std::regex said(R"(\b([A-Z][a-z]+|officials|authorities|diplomat|he|she) (said|told|stated|remarked|added|argued)\b)");
  const std::regex according(R"(\b[Aa]ccording to (?:the |two )?(?:senior )?(officials|authorities|[A-Z][a-z]+))");
  int checked = 0;
  for (const auto& p : shipped().parties) {
    for (const auto& s : p.stances) {
      if (!s.carried_from.empty()) continue;
      for (const auto& e : s.evidence) {
        if (!e.doc) continue;
        const QuoteContext c = evidence_context(e);
        ASSERT_TRUE(c.found) << e.where.file << ":" << e.where.line;
        const std::string outside = c.before + " " + c.after;
        std::vector<std::string> named;
        for (std::sregex_iterator it(outside.begin(), outside.end(), said), end; it != end; ++it) {
          std::string who = (*it)[1];
          if (who == "he" || who == "she") {
            // The last person named as saying something before the sentence.
            const std::string before = e.doc->text.substr(0, e.doc->text.find(c.before + c.quote));
            std::smatch m;
            std::string last;
            const std::regex named_said(R"(\b([A-Z][a-z]+) (said|told)\b)");
            for (std::sregex_iterator j(before.begin(), before.end(), named_said), end2; j != end2; ++j)
              if (surnames.count((*j)[1])) last = (*j)[1];
            who = last;
          }
          if (who == "authorities") who = "officials";
          if (!who.empty() && (surnames.count(who) || who == "officials" || who == "diplomat")) named.push_back(who);
        }
        for (std::sregex_iterator it(outside.begin(), outside.end(), according), end; it != end; ++it) {
          std::string who = (*it)[1];
          if (who == "authorities") who = "officials";
          if (surnames.count(who) || who == "officials") named.push_back(who);
        }
        for (const auto& who : named) {
          ++checked;
          const bool as_speaker = e.speaker_who.name.find(who) != std::string::npos;
          const bool reporter_on = e.speaker.empty() && e.about_who.name.find(who) != std::string::npos;
          EXPECT_TRUE(as_speaker || reporter_on)
              << e.where.file << ":" << e.where.line << ": the source names '" << who << "' around the quote, "
              << "but the evidence's speaker is '" << (e.speaker.empty() ? "the reporter" : e.speaker_who.name)
              << "': " << c.before << "[" << c.quote << "]" << c.after;
        }
      }
    }
  }
  EXPECT_GT(checked, 10);
}

// From 2025-01-20 `us` is the Trump administration: a lens of 2025-06-01
// shows no stance of the Biden administration, and no word of its speakers.
TEST(ShippedData, ALensAfterTheInaugurationShowsNoBidenAdministrationWords) {
  const Dataset& d = shipped();
  const int us = d.party_index("us");
  ASSERT_GE(us, 0);
  const Party& p = d.parties[us];
  ASSERT_EQ(p.governments.size(), 2u);
  const Table t = make_table(d, {us}, Date{2025, 6, 1});
  int shown = 0;
  for (int i = 0; i < t.issues(); ++i) {
    const Stance* st = t.at[0][i].stance;
    if (!st) continue;
    ++shown;
    EXPECT_EQ(p.governments[st->government].name, "Trump administration") << d.catalog.issues[i].id;
    for (const auto& e : st->evidence) EXPECT_NE(e.speaker, "miller") << d.catalog.issues[i].id;
  }
  EXPECT_GT(shown, 0) << "the Trump team's own 2024 words carry over";
  // Before the change the Biden administration's words are the US government's.
  const Table before = make_table(d, {us}, Date{2024, 11, 8});
  const Stance* who = before.at[0][d.catalog.issue_index("who_decides")].stance;
  ASSERT_NE(who, nullptr);
  EXPECT_EQ(who->evidence[0].speaker, "miller");
}

TEST(ShippedData, EvidenceIsNotDatedAfterItsStance) {
  for (const auto& p : shipped().parties)
    for (const auto& s : p.stances)
      for (const auto& e : s.evidence)
        EXPECT_LE(e.date.day, s.date) << e.where.file << ":" << e.where.line;
}

TEST(ShippedData, DatedScenariosOfTheIssue) {
  const Dataset& d = shipped();
  ASSERT_GE(d.scenario_index("after-election-2024"), 0);
  ASSERT_GE(d.scenario_index("budapest-2025"), 0);
  EXPECT_EQ(d.scenarios[d.scenario_index("after-election-2024")].date.year, 2024);
  EXPECT_EQ(d.scenarios[d.scenario_index("budapest-2025")].date.str().substr(0, 7), "2025-10");
}

TEST(ShippedData, CoversTheIssuesTheSourcesDiscuss) {
  for (const char* id : {"donetsk", "zaporizhzhia_kherson", "nato", "ceasefire", "dmz", "security_guarantees",
                         "long_range_weapons"})
    EXPECT_GE(shipped().catalog.issue_index(id), 0) << id;
}

}  // namespace
}  // namespace positions
