// What-if scenarios build on others: once every scenario is read, each one's
// chain is followed to its dated root, the date and parties it leaves out are
// inherited, and its assumptions are checked against the parties it has.
#include <algorithm>
#include <functional>

#include "load_parts.hpp"
#include "suggest.hpp"
#include "table.hpp"
#include "text_layout.hpp"

namespace positions {

namespace {

// The chain from `start` upwards, as scenario indices; stops at the first
// unknown base (-1 appended) or at the first repeat (the repeated index appended).
std::vector<int> walk_up(const Dataset& data, int start) {
  std::vector<int> chain{start};
  for (int cur = start; !data.scenarios[cur].builds_on.empty();) {
    const int base = data.scenario_index(data.scenarios[cur].builds_on);
    chain.push_back(base);
    if (base < 0 || std::find(chain.begin(), chain.end() - 1, base) != chain.end() - 1) break;
    cur = base;
  }
  return chain;
}

// The priority an assumption inherits when it gives none: that of the stance
// it replaces, as the base scenario sees it.
Priority replaced_priority(const Dataset& data, const Scenario& sc, const Assumption& a) {
  for (auto it = sc.inherited.rbegin(); it != sc.inherited.rend(); ++it)
    if (it->party == a.party && it->stance.issue == a.stance.issue) return it->stance.priority;
  if (const Stance* s = stance_as_of(data.parties[a.party], a.stance.issue, sc.date)) return s->priority;
  return Priority::medium;
}

}  // namespace

std::vector<Diagnostic> resolve_scenarios(Dataset& data) {
  std::vector<Diagnostic> problems = check_deciders(data);
  const int n = static_cast<int>(data.scenarios.size());
  std::vector<bool> broken(n, false);
  for (int i = 0; i < n; ++i) {
    const Scenario& sc = data.scenarios[i];
    const std::vector<int> chain = walk_up(data, i);
    const int last = chain.back();
    if (last >= 0 && std::count(chain.begin(), chain.end(), last) == 1) continue;  // reached a dated scenario
    broken[i] = true;
    if (last < 0 && chain.size() == 2) {
      std::string hint = did_you_mean(sc.builds_on, data.scenario_names());
      problems.push_back({sc.builds_on_where, "scenario '" + sc.name + "' builds on '" + sc.builds_on +
                                                  "', which is not a scenario",
                          hint.empty() ? "scenarios: " + join(data.scenario_names()) : hint, {}, Severity::error});
    } else if (last == i) {
      std::vector<std::string> names;
      for (int s : chain) names.push_back(data.scenarios[s].name);
      problems.push_back({sc.builds_on_where, "scenario '" + sc.name + "' builds on itself: " + join(names, " -> "),
                          "a what-if builds on a dated scenario, directly or through other what-ifs", {}, Severity::error});
    }
    // Otherwise the chain leads into a problem reported at the scenario that has it.
  }

  std::vector<bool> done(n, false);
  std::function<void(int)> resolve = [&](int i) {
    if (done[i] || broken[i]) return;
    done[i] = true;
    Scenario& sc = data.scenarios[i];
    if (sc.builds_on.empty()) {
      sc.lineage = {sc.name};
      return;
    }
    const int b = data.scenario_index(sc.builds_on);
    resolve(b);
    const Scenario& base = data.scenarios[b];
    if (sc.date == Date{}) sc.date = base.date;
    if (sc.parties.empty()) sc.parties = base.parties;
    if (!sc.no_agreement_given) {
      sc.no_agreement = base.no_agreement;
      sc.no_agreement_where = base.no_agreement_where;
      sc.no_agreement_given = base.no_agreement_given;
    }
    sc.inherited = base.inherited;
    sc.inherited.insert(sc.inherited.end(), base.assume.begin(), base.assume.end());
    sc.lineage = base.lineage;
    sc.lineage.push_back(sc.name);
    for (auto& a : sc.assume) {
      a.stance.date = sc.date;
      a.stance.when = When::on(sc.date);
      if (!a.priority_given) a.stance.priority = replaced_priority(data, sc, a);
      if (std::find(sc.parties.begin(), sc.parties.end(), a.party) == sc.parties.end()) {
        std::vector<std::string> codes;
        for (int p : sc.parties) codes.push_back(data.parties[p].code);
        problems.push_back({a.stance.where,
                            "party '" + data.parties[a.party].code + "' does not take part in scenario '" +
                                sc.name + "'",
                            "its parties: " + join(codes) + "; add it to 'parties' or shift another party", {}, Severity::error});
      }
    }
  };
  for (int i = 0; i < n; ++i) resolve(i);
  return problems;
}

}  // namespace positions
