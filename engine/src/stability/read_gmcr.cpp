// GMCR+ save files (.gmcr): JSON as GMCR+ (gmcr-py, Petersons, Kinsara and
// Hipel) writes it; its savefile-schema.json and example files describe it:
//   options:        [{name, permittedDirection: both | fwd | back}]
//   decisionMakers: [{name, options: [option index], preferences:
//                     [condition | {compound: true, members: [condition]}],
//                     preferenceRanking: [state number | [tied state numbers]]}]
//   infeasibles:    [condition]
//   condition:      [[option index, "Y" | "N"], ...] (all must hold)
//   useManualPreferenceRanking (older files: useManualPreferenceVectors):
//                   rank by preferenceRanking instead of the statements.
// GMCR+ puts each decision maker's options together, in decision maker
// order, before it numbers states; so does this reader. State n is then the
// n-th feasible state by ascending decimal value (option k worth 2^k).
// JSON is read with the YAML reader, which gives positions for free.
#include <cctype>
#include <map>

#include "build_model.hpp"
#include "yaml_reader.hpp"

namespace positions::stability {

namespace {

std::string slug(const std::string& name, std::map<std::string, int>& used, const char* fallback) {
  std::string s;
  for (unsigned char c : name) {
    if (std::isalnum(c)) s += static_cast<char>(std::tolower(c));
    else if (!s.empty() && s.back() != '_') s += '_';
  }
  while (!s.empty() && s.back() == '_') s.pop_back();
  if (s.empty() || !std::isalpha(static_cast<unsigned char>(s[0]))) s = fallback + s;
  const int n = used[s]++;
  return n == 0 ? s : s + "_" + std::to_string(n + 1);
}

class GmcrReader {
 public:
  explicit GmcrReader(YamlReader& r) : r_(r) {}

  Model read(const YAML::Node& root) {
    Fields f(r_, root, "the GMCR+ file",
             {"options", "decisionMakers", "infeasibles", "useManualPreferenceRanking", "useManualPreferenceVectors",
              "program", "version", "coalitions", "coalitionsFull"},
             {});
    if (!f.ok()) return {};
    if (!(f.require("options", "the list of options") & f.require("decisionMakers", "the list of decision makers")))
      return {};
    read_options(f["options"], f.key_at("options"));
    if (!r_.problems().empty()) return {};
    read_decision_makers(f["decisionMakers"], f.key_at("decisionMakers"));
    if (!r_.problems().empty()) return {};
    order_options();
    if (!r_.problems().empty()) return {};
    std::vector<std::vector<Literal>> infeasible;
    if (f.has("infeasibles"))
      for (const YAML::Node& c : r_.items(f["infeasibles"], "'infeasibles'", f.key_at("infeasibles")))
        infeasible.push_back(condition(c, f.key_at("infeasibles")));
    if (!r_.problems().empty()) return {};
    m_.states = feasible_states(static_cast<int>(m_.options.size()), [&](StateBits s) {
      for (const auto& c : infeasible)
        if (holds(c, s)) return true;
      return false;
    });
    bool manual = false;
    for (const char* key : {"useManualPreferenceRanking", "useManualPreferenceVectors"})
      if (f.has(key))
        if (auto b = r_.boolean(f[key], std::string("'") + key + "'", f.key_at(key))) manual = *b;
    for (std::size_t d = 0; d < dm_nodes_.size(); ++d) m_.payoff.push_back(manual ? ranking(d) : prioritised(d));
    return std::move(m_);
  }

 private:
  struct Literal {
    int option;  // index in the file's option list
    bool taken;
  };

  bool holds(const std::vector<Literal>& c, StateBits s) const {
    for (const Literal& l : c)
      if ((((s >> position_[l.option]) & 1u) != 0) != l.taken) return false;
    return true;
  }

  int option_index(const YAML::Node& n, const Location& where) {
    const Location at = r_.at(n, where);
    if (n.IsScalar()) {
      try {
        const int k = n.as<int>();
        if (k >= 0 && k < static_cast<int>(file_options_.size())) return k;
      } catch (const YAML::Exception&) {
      }
    }
    r_.error(at, "expected an option index from 0 to " + std::to_string(file_options_.size() - 1),
             "GMCR+ numbers options from 0 in the order of 'options'");
    return -1;
  }

  void read_options(const YAML::Node& list, const Location& where) {
    std::map<std::string, int> used;
    for (const YAML::Node& o : r_.items(list, "'options'", where)) {
      Fields f(r_, o, "an option", {"name", "permittedDirection", "reversibility"}, r_.at(o, where));
      if (!f.ok() || !f.require("name", "the option's name")) continue;
      GmcrOption opt;
      if (auto t = r_.text(f["name"], "'name'", f.key_at("name"))) opt.label = *t;
      opt.id = slug(opt.label, used, "option_");
      const char* key = f.has("permittedDirection") ? "permittedDirection" : "reversibility";
      if (f.has(key)) {
        auto d = r_.text(f[key], key, f.key_at(key));
        if (d == "fwd") opt.direction = Direction::forward_only;
        else if (d == "back") opt.direction = Direction::backward_only;
        else if (d && *d != "both")
          r_.error(r_.at(f[key]), "unknown direction '" + *d + "'", "GMCR+ writes both, fwd or back");
      }
      file_options_.push_back(std::move(opt));
    }
    if (file_options_.size() > static_cast<std::size_t>(max_options))
      r_.error(where, std::to_string(file_options_.size()) + " options; at most 24 are analysed", {});
  }

  void read_decision_makers(const YAML::Node& list, const Location& where) {
    std::map<std::string, int> used;
    std::vector<int> owner(file_options_.size(), -1);
    for (const YAML::Node& n : r_.items(list, "'decisionMakers'", where)) {
      Fields f(r_, n, "a decision maker",
               {"name", "options", "preferences", "preferenceRanking", "preferenceVector", "misperceptions"},
               r_.at(n, where));
      if (!f.ok() || !(f.require("name", "the decision maker's name") & f.require("options", "its option indices")))
        continue;
      DecisionMaker dm;
      if (auto t = r_.text(f["name"], "'name'", f.key_at("name"))) dm.name = *t;
      dm.id = slug(dm.name, used, "dm_");
      for (const YAML::Node& o : r_.items(f["options"], "'options'", f.key_at("options"))) {
        const int k = option_index(o, f.key_at("options"));
        if (k < 0) continue;
        if (owner[k] >= 0) {
          r_.error(r_.at(o), "option " + std::to_string(k) + " is controlled by two decision makers",
                   "each option belongs to exactly one decision maker");
          continue;
        }
        owner[k] = static_cast<int>(m_.dms.size());
        dm.options.push_back(k);
      }
      if (f.has("misperceptions") && f["misperceptions"].IsSequence() && f["misperceptions"].size() > 0)
        r_.error(f.key_at("misperceptions"), "misperceptions are not analysed",
                 "remove them, or analyse each decision maker's perceived model separately");
      if (m_.dms.size() == max_decision_makers)
        r_.error(f.where(), "more than 16 decision makers", "group decision makers that act together");
      m_.dms.push_back(std::move(dm));
      dm_nodes_.push_back({f["preferences"], f.has("preferences") ? f.key_at("preferences") : f.where(),
                           f["preferenceRanking"].IsDefined() ? f["preferenceRanking"] : f["preferenceVector"],
                           f.where()});
    }
    for (std::size_t k = 0; k < owner.size(); ++k)
      if (owner[k] < 0)
        r_.error(where, "option " + std::to_string(k) + " ('" + file_options_[k].label + "') has no decision maker",
                 "list it under one decision maker's 'options'");
  }

  // Options grouped by decision maker, as GMCR+ numbers them.
  void order_options() {
    position_.assign(file_options_.size(), -1);
    for (std::size_t d = 0; d < m_.dms.size(); ++d)
      for (int& k : m_.dms[d].options) {
        position_[k] = static_cast<int>(m_.options.size());
        GmcrOption o = file_options_[k];
        o.owner = static_cast<int>(d);
        m_.options.push_back(std::move(o));
        k = position_[k];
      }
  }

  std::vector<Literal> condition(const YAML::Node& node, const Location& where) {
    std::vector<Literal> out;
    for (const YAML::Node& pair : r_.items(node, "a condition", where)) {
      if (!pair.IsSequence() || pair.size() != 2) {
        r_.error(r_.at(pair, where), "expected [option index, \"Y\" or \"N\"]", {});
        continue;
      }
      const int k = option_index(pair[0], r_.at(pair, where));
      auto yn = r_.text(pair[1], "\"Y\" or \"N\"", r_.at(pair, where));
      if (yn && *yn != "Y" && *yn != "N") r_.error(r_.at(pair[1]), "expected \"Y\" or \"N\", not \"" + *yn + "\"", {});
      if (k >= 0 && yn) out.push_back({k, *yn == "Y"});
    }
    return out;
  }

  std::vector<std::int64_t> prioritised(std::size_t d) {
    std::vector<std::function<bool(StateBits)>> tests;
    const DmNodes& n = dm_nodes_[d];
    if (!n.preferences.IsDefined()) {
      r_.error(n.where, "decision maker '" + m_.dms[d].name + "' has no 'preferences'",
               "or set useManualPreferenceRanking and give a preferenceRanking");
      return {};
    }
    for (const YAML::Node& p : r_.items(n.preferences, "'preferences'", n.preferences_at)) {
      std::vector<std::vector<Literal>> any;  // a compound statement: one member must hold
      if (p.IsMap()) {
        Fields f(r_, p, "a compound preference", {"compound", "members"}, r_.at(p, n.preferences_at));
        if (f.ok() && f.require("members", "the alternative conditions"))
          for (const YAML::Node& c : r_.items(f["members"], "'members'", f.key_at("members")))
            any.push_back(condition(c, f.key_at("members")));
      } else {
        any.push_back(condition(p, n.preferences_at));
      }
      if (tests.size() == max_statements) {
        r_.error(r_.at(p), "more than 62 preference statements", {});
        break;
      }
      tests.push_back([this, any](StateBits s) {
        for (const auto& c : any)
          if (holds(c, s)) return true;
        return false;
      });
    }
    return prioritised_payoff(m_.states, tests);
  }

  std::vector<std::int64_t> ranking(std::size_t d) {
    const DmNodes& n = dm_nodes_[d];
    std::vector<std::int64_t> payoff(m_.states.size(), 0);
    if (!n.ranking.IsDefined()) {
      r_.error(n.where, "decision maker '" + m_.dms[d].name + "' has no 'preferenceRanking'",
               "the file sets useManualPreferenceRanking");
      return payoff;
    }
    const std::vector<YAML::Node> tiers = r_.items(n.ranking, "'preferenceRanking'", n.where);
    std::int64_t score = static_cast<std::int64_t>(m_.states.size());
    for (const YAML::Node& tier : tiers) {
      for (const YAML::Node& x : tier.IsSequence() ? r_.items(tier, "a tie", n.where) : std::vector<YAML::Node>{tier}) {
        int s = -1;
        try {
          s = x.as<int>() - 1;
        } catch (const YAML::Exception&) {
        }
        if (s < 0 || s >= m_.state_count()) {
          r_.error(r_.at(x, n.where), "expected a state number from 1 to " + std::to_string(m_.state_count()),
                   "GMCR+ numbers the feasible states from 1");
        } else if (payoff[s] != 0) {
          r_.error(r_.at(x, n.where), "state " + std::to_string(s + 1) + " is ranked twice", {});
        } else {
          payoff[s] = score;
        }
      }
      --score;
    }
    for (int s = 0; s < m_.state_count(); ++s)
      if (payoff[s] == 0 && r_.problems().empty())
        r_.error(r_.at(n.ranking, n.where),
                 "the preferenceRanking of '" + m_.dms[d].name + "' leaves out state " + std::to_string(s + 1),
                 "rank every feasible state once");
    return payoff;
  }

  struct DmNodes {
    YAML::Node preferences;
    Location preferences_at;
    YAML::Node ranking;
    Location where;
  };

  YamlReader& r_;
  Model m_;
  std::vector<GmcrOption> file_options_;
  std::vector<int> position_;  // file option index -> bit
  std::vector<DmNodes> dm_nodes_;
};

}  // namespace

Model read_gmcr(YamlReader& r, const YAML::Node& root) {
  Model m = GmcrReader(r).read(root);
  return m;
}

}  // namespace positions::stability
