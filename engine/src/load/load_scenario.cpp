#include <algorithm>
#include <optional>

#include "load_parts.hpp"
#include "suggest.hpp"

namespace positions {

namespace {

// One entry of `assume:`: a party's stance on one issue, replaced for the
// what-if. Checks what one file can check; that the party takes part in the
// scenario is checked once the scenario's base is known (load.cpp).
std::optional<Assumption> read_assumption(YamlReader& r, const YAML::Node& node, const Location& list_at,
                                          const Dataset& data) {
  Fields f(r, node, "an assumption",
           {"party", "issue", "wants", "accepts", "rules_out", "must_get", "conditional", "priority", "rationale"}, list_at);
  if (!f.ok()) return std::nullopt;
  Assumption a;
  a.stance.where = f.where();
  a.stance.assumed = true;
  bool good = f.require("party", "the code of the party whose stance is assumed") &
              f.require("issue", "the issue id from the catalog") &
              f.require("rationale", "one line: why an analyst asks this what-if");
  if (f.has("party")) {
    if (auto code = r.text(f["party"], "'party'", f.key_at("party"))) {
      a.party = data.party_index(*code);
      if (a.party < 0) {
        std::string hint = did_you_mean(*code, data.party_codes());
        r.error(r.at(f["party"]), "unknown party '" + *code + "' in an assumption",
                hint.empty() ? "parties are the files in positions/ other than catalog.yaml" : hint);
        good = false;
      }
    } else {
      good = false;
    }
  }
  if (!f.has("issue")) return std::nullopt;
  auto issue_id = r.text(f["issue"], "'issue'", f.key_at("issue"));
  if (!issue_id) return std::nullopt;
  a.stance.issue = data.catalog.issue_index(*issue_id);
  if (a.stance.issue < 0) {
    r.error(r.at(f["issue"]), "unknown issue '" + *issue_id + "' in an assumption",
            did_you_mean(*issue_id, data.catalog.issue_ids()));
    return std::nullopt;
  }
  if (f.has("priority")) {
    if (auto p = read_priority(r, f["priority"], f.key_at("priority"))) {
      a.stance.priority = *p;
      a.priority_given = true;
    } else {
      good = false;
    }
  }
  if (f.has("rationale")) {
    if (auto t = r.text(f["rationale"], "'rationale'", f.key_at("rationale"))) a.stance.rationale = *t;
    else good = false;
  }
  good &= read_stance_terms(r, f, data.catalog, a.stance);
  if (!good) return std::nullopt;
  return a;
}

}  // namespace

Scenario read_scenario(YamlReader& r, const YAML::Node& root, const std::string& name,
                       const Dataset& data) {
  Scenario sc;
  sc.name = name;
  sc.file = r.file();
  if (!root) return sc;
  Fields f(r, root, "the scenario", {"title", "date", "parties", "description", "builds_on", "assume", "no_agreement"}, {});
  if (!f.ok()) return sc;
  f.require("title", "a one-line title");
  if (f.has("builds_on")) {
    if (auto b = r.text(f["builds_on"], "'builds_on'", f.key_at("builds_on"))) {
      sc.builds_on = *b;
      sc.builds_on_where = r.at(f["builds_on"], f.key_at("builds_on"));
    }
  } else {
    // A what-if inherits its date and parties from its base; a dated scenario states them.
    f.require("date", "the date the scenario looks from, YYYY-MM-DD");
    f.require("parties", "the codes of the parties taking part");
    if (f.has("assume"))
      r.error(f.key_at("assume"), "'assume' needs 'builds_on'",
              "a what-if names the scenario it shifts: builds_on: NAME");
  }
  if (f.has("title")) {
    if (auto t = r.text(f["title"], "the title", f.key_at("title"))) sc.title = *t;
  }
  if (f.has("date")) {
    if (auto d = r.date(f["date"], "scenario date", f.key_at("date"))) sc.date = *d;
  }
  if (f.has("description")) {
    if (auto t = r.text(f["description"], "the description", f.key_at("description"))) sc.description = *t;
  }
  if (f.has("parties")) {
    auto list = r.items(f["parties"], "'parties'", f.key_at("parties"));
    const YAML::Node parties = f["parties"];
    if (list.empty() && (parties.IsNull() || parties.IsSequence())) r.error(f.key_at("parties"), "'parties' is empty; expected at least one party code");
    for (const auto& p : list) {
      auto code = r.text(p, "a party code", f.key_at("parties"));
      if (!code) continue;
      int idx = data.party_index(*code);
      if (idx < 0) {
        std::string hint = did_you_mean(*code, data.party_codes());
        r.error(r.at(p), "unknown party '" + *code + "'",
                hint.empty() ? "parties are the files in positions/ other than catalog.yaml" : hint);
      } else if (std::find(sc.parties.begin(), sc.parties.end(), idx) != sc.parties.end()) {
        r.error(r.at(p), "party '" + *code + "' is listed twice");
      } else {
        sc.parties.push_back(idx);
        sc.party_where.push_back(r.at(p, f.key_at("parties")));
      }
    }
  }
  if (f.has("no_agreement")) {
    sc.no_agreement_given = true;
    const YAML::Node v = f["no_agreement"];
    if (!v.IsNull() && !(v.IsSequence() && v.size() == 0))
      for (const auto& item : r.items(v, "'no_agreement'", f.key_at("no_agreement"))) {
        auto t = read_term(r, item, "the no-agreement entry", f.key_at("no_agreement"), data.catalog);
        if (!t) continue;
        bool twice = false;
        for (Term u : sc.no_agreement) twice = twice || u.issue == t->issue;
        if (twice) {
          r.error(r.at(item), "issue '" + data.catalog.issues[t->issue].id + "' is listed twice in 'no_agreement'",
                  "no agreement leaves each issue in one state: one term per issue");
          continue;
        }
        sc.no_agreement.push_back(*t);
        sc.no_agreement_where.push_back(r.at(item, f.key_at("no_agreement")));
      }
  }
  if (f.has("assume") && !sc.builds_on.empty()) {
    for (const auto& item : r.items(f["assume"], "'assume'", f.key_at("assume"))) {
      auto a = read_assumption(r, item, f.key_at("assume"), data);
      if (!a) continue;
      for (const auto& other : sc.assume)
        if (other.party == a->party && other.stance.issue == a->stance.issue) {
          r.error(a->stance.where,
                  "a second assumption on party '" + data.parties[a->party].code + "' and issue '" +
                      data.catalog.issues[a->stance.issue].id + "'",
                  "the first is at line " + std::to_string(other.stance.where.line) +
                      "; a what-if shifts each party's stance on an issue once");
          a.reset();
          break;
        }
      if (a) sc.assume.push_back(std::move(*a));
    }
  }
  return sc;
}

}  // namespace positions
