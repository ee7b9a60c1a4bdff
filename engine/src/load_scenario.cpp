#include <algorithm>
#include <optional>

#include "load_parts.hpp"
#include "positions/suggest.hpp"

namespace positions {

Scenario read_scenario(YamlReader& r, const YAML::Node& root, const std::string& name,
                       const Dataset& data) {
  Scenario sc;
  sc.name = name;
  sc.file = r.file();
  if (!root) return sc;
  Fields f(r, root, "the scenario", {"title", "date", "parties", "description"}, {});
  if (!f.ok()) return sc;
  f.require("title", "a one-line title");
  f.require("date", "the date the scenario looks from, YYYY-MM-DD");
  f.require("parties", "the codes of the parties taking part");
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
  return sc;
}

// Runs one file's reader, then throws its problems if it had any.

}  // namespace positions
