// Properties of compare on the shipped data, in every scenario with its own
// parties: no term is shown agreed whose decider is silent, refuses it or is
// not compared; a term agreed together with others rests on agreed terms;
// and a blocked issue names sets that no party could be dropped from.
#include <gtest/gtest.h>

#include <algorithm>

#include "compare.hpp"
#include "positions/load.hpp"
#include "table.hpp"
#include "test_support.hpp"

namespace positions {
namespace {

const Dataset& shipped() {
  static const Dataset d = load_dataset(test::source_path(""));
  return d;
}

template <class F>
void each_scenario(F check) {
  const Dataset& d = shipped();
  for (const Scenario& sc : d.scenarios) {
    const Table t = make_table(d, sc.parties, sc.date, &sc);
    const TermModel m(d.catalog, &t);
    const Comparison c = compare(t, m);
    check(sc, t, c);
  }
}

TEST(ShippedCompare, NoTermIsShownAgreedWhoseDeciderIsSilentRefusesOrIsNotCompared) {
  int agreed = 0;
  each_scenario([&](const Scenario& sc, const Table&, const Comparison& c) {
    const DealProblem& pb = c.problem;
    for (const IssueFinding& f : c.issues)
      for (const OptionFinding& o : f.options) {
        if (!o.agreed) continue;
        ++agreed;
        const std::string where = sc.name + ": " + pb.catalog().term_name({f.issue, o.option});
        EXPECT_TRUE(pb.consent[f.issue][o.option].not_compared.empty()) << where;
        EXPECT_TRUE(o.needs_consent.empty()) << where;
        for (int s : pb.consent[f.issue][o.option].deciders) {
          const Stand st = stand(pb, s, {f.issue, o.option});
          EXPECT_TRUE(st == Stand::wants || st == Stand::accepts || st == Stand::accepts_on_condition)
              << where << ": decider " << pb.table->party(s).code << " " << to_string(st);
        }
      }
  });
  EXPECT_GT(agreed, 0);  // the property is not vacuous
}

TEST(ShippedCompare, ATermAgreedTogetherRestsOnlyOnAgreedTerms) {
  each_scenario([&](const Scenario& sc, const Table&, const Comparison& c) {
    for (const IssueFinding& f : c.issues)
      for (const OptionFinding& o : f.options)
        for (Term x : o.together_with) {
          EXPECT_TRUE(o.agreed) << sc.name;
          EXPECT_TRUE(c.issues[x.issue].options[x.option].agreed) << sc.name << ": " << c.problem.catalog().term_name(x);
        }
  });
}

TEST(ShippedCompare, ABlockedIssueNamesInclusionMinimalSetsOfComparedParties) {
  int blocked = 0;
  each_scenario([&](const Scenario& sc, const Table& t, const Comparison& c) {
    for (const IssueFinding& f : c.issues) {
      if (f.status != IssueStatus::blocked) {
        EXPECT_TRUE(f.opened_by.empty()) << sc.name;
        continue;
      }
      ++blocked;
      EXPECT_TRUE(f.opened_by_proven) << sc.name;
      for (const BlockingSet& a : f.opened_by) {
        EXPECT_FALSE(a.parties.empty());
        for (int s : a.parties) EXPECT_LT(s, t.slots());
        for (const BlockingSet& b : f.opened_by) {
          if (&a == &b) continue;
          EXPECT_FALSE(std::includes(a.parties.begin(), a.parties.end(), b.parties.begin(), b.parties.end()))
              << sc.name << ": a set holds another";
        }
      }
    }
  });
  EXPECT_GT(blocked, 0);
}

}  // namespace
}  // namespace positions
