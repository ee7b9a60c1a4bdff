// The project's YAML graph-model format (docs/stability.md, "The YAML
// format"), read with the engine's YamlReader so every problem is reported
// at file:line:column in one pass.
#include <map>
#include <set>

#include "build_model.hpp"
#include "suggest.hpp"
#include "source_text.hpp"
#include "statement.hpp"
#include "yaml_reader.hpp"

namespace positions::stability {

Model read_gmcr(YamlReader& r, const YAML::Node& root);

namespace {

class ModelReader {
 public:
  ModelReader(YamlReader& r) : r_(r) {}

  Model read(const YAML::Node& root) {
    Fields f(r_, root, "the graph model",
             {"name", "decision_makers", "infeasible", "status_quo", "preferences"}, {});
    if (!f.ok()) return std::move(m_);
    if (f.has("name"))
      if (auto t = r_.text(f["name"], "'name'", f.key_at("name"))) m_.name = *t;
    if (!f.require("decision_makers", "a list of decision makers, each with the options it controls") ||
        !read_decision_makers(f["decision_makers"], f.key_at("decision_makers")))
      return std::move(m_);
    read_infeasible(f);
    if (m_.states.empty()) {
      r_.error(f.has("infeasible") ? f.key_at("infeasible") : f.where(), "no state is feasible",
               "each entry of 'infeasible' removes the states where it holds");
      return std::move(m_);
    }
    if (f.has("status_quo")) read_status_quo(f["status_quo"], f.key_at("status_quo"));
    if (f.require("preferences", "for each decision maker id, 'prioritise' or 'rank'"))
      read_preferences(f["preferences"], f.key_at("preferences"));
    return std::move(m_);
  }

 private:
  int option_index(const std::string& id) const {
    auto it = option_ids_.find(id);
    return it == option_ids_.end() ? -1 : it->second;
  }

  bool read_decision_makers(const YAML::Node& list, const Location& where) {
    for (const YAML::Node& item : r_.items(list, "'decision_makers'", where)) {
      Fields f(r_, item, "a decision maker", {"id", "name", "options"}, r_.at(item, where));
      if (!f.ok() || !f.require("id", "an identifier such as 'syria'") |
                         !f.require("options", "the list of yes/no options it controls"))
        continue;
      auto id = r_.id(f["id"], "a decision maker's 'id'", f.key_at("id"));
      if (!id) continue;
      if (dm_ids_.count(*id)) {
        r_.error(r_.at(f["id"]), "decision maker '" + *id + "' is declared twice", "ids must be unique");
        continue;
      }
      if (m_.dms.size() == max_decision_makers) {
        r_.error(r_.at(f["id"]), "more than 16 decision makers", "group decision makers that act together");
        return false;
      }
      DecisionMaker dm;
      dm.id = *id;
      dm.name = *id;
      if (f.has("name"))
        if (auto t = r_.text(f["name"], "'name'", f.key_at("name"))) dm.name = *t;
      dm_ids_[*id] = static_cast<int>(m_.dms.size());
      for (const YAML::Node& o : r_.items(f["options"], "'options'", f.key_at("options")))
        if (auto k = read_option(o, f.key_at("options"), static_cast<int>(m_.dms.size()))) dm.options.push_back(*k);
      if (dm.options.empty() && r_.problems().empty())
        r_.error(f.key_at("options"), "decision maker '" + *id + "' controls no option",
                 "a decision maker needs at least one yes/no option");
      m_.dms.push_back(std::move(dm));
    }
    if (m_.dms.empty() && r_.problems().empty()) r_.error(where, "'decision_makers' is empty", "list at least one");
    return r_.problems().empty();
  }

  std::optional<int> read_option(const YAML::Node& node, const Location& where, int owner) {
    Fields f(r_, node, "an option", {"id", "label", "direction"}, r_.at(node, where));
    if (!f.ok() || !f.require("id", "an identifier such as 'escalate'")) return std::nullopt;
    auto id = r_.id(f["id"], "an option's 'id'", f.key_at("id"));
    if (!id) return std::nullopt;
    if (is_operator(*id)) {
      r_.error(r_.at(f["id"]), "'" + *id + "' cannot be an option id", "not, and, or, if and iff are words of statements");
      return std::nullopt;
    }
    if (option_ids_.count(*id)) {
      r_.error(r_.at(f["id"]), "option '" + *id + "' is declared twice", "option ids are unique across decision makers");
      return std::nullopt;
    }
    if (static_cast<int>(m_.options.size()) == max_options) {
      r_.error(r_.at(f["id"]), "more than 24 options", "a model of 2^24 states is beyond what this analysis holds");
      return std::nullopt;
    }
    GmcrOption o;
    o.id = *id;
    o.label = *id;
    o.owner = owner;
    if (f.has("label"))
      if (auto t = r_.text(f["label"], "'label'", f.key_at("label"))) o.label = *t;
    if (f.has("direction")) {
      auto d = r_.text(f["direction"], "'direction'", f.key_at("direction"));
      if (d == "both") o.direction = Direction::both;
      else if (d == "forward") o.direction = Direction::forward_only;
      else if (d == "backward") o.direction = Direction::backward_only;
      else if (d) {
        r_.error(r_.at(f["direction"]), "unknown direction '" + *d + "'",
                 "expected both, forward (once taken, it stays taken) or backward (once dropped, it stays dropped)");
        return std::nullopt;
      }
    }
    option_ids_[o.id] = static_cast<int>(m_.options.size());
    id_list_.push_back(o.id);
    m_.options.push_back(std::move(o));
    return static_cast<int>(m_.options.size()) - 1;
  }

  static bool is_operator(const std::string& w) {
    return w == "and" || w == "or" || w == "not" || w == "if" || w == "iff";
  }

  std::optional<Statement> statement(const YAML::Node& node, const std::string& what, const Location& where) {
    auto text = r_.text(node, what, where);
    if (!text) return std::nullopt;
    auto parsed = parse_statement(*text, [this](const std::string& id) { return option_index(id); }, id_list_);
    if (auto* e = std::get_if<StatementError>(&parsed)) {
      Location at = r_.at(node, where);
      // The column of the offending word: the scalar's start, its opening
      // quote (yaml-cpp tags quoted scalars "!"), and the characters before.
      if (at.line > 0) {
        const std::string before = text->substr(0, e->offset);
        int chars = 0;
        for (std::size_t i = 0; i < before.size(); i += std::max<std::size_t>(1, utf8_length_at(before, i))) ++chars;
        at.column += chars + (node.Tag() == "!" ? 1 : 0);
      }
      r_.error(at, e->message + " in " + what, e->hint);
      return std::nullopt;
    }
    return std::get<Statement>(std::move(parsed));
  }

  void read_infeasible(Fields& f) {
    std::vector<Statement> tests;
    if (f.has("infeasible"))
      for (const YAML::Node& item : r_.items(f["infeasible"], "'infeasible'", f.key_at("infeasible")))
        if (auto st = statement(item, "an infeasible statement", f.key_at("infeasible"))) tests.push_back(std::move(*st));
    m_.states = feasible_states(static_cast<int>(m_.options.size()), [&](StateBits s) {
      for (const Statement& t : tests)
        if (t.holds(s)) return true;
      return false;
    });
  }

  // A state written as the options taken; those not named are not taken.
  std::optional<int> state_of(const YAML::Node& node, const Location& where, const std::string& what) {
    StateBits bits = 0;
    bool good = true;
    for (const YAML::Node& o : r_.items(node, what, where)) {
      auto id = r_.text(o, "an option id", where);
      if (!id) {
        good = false;
        continue;
      }
      const int k = option_index(*id);
      if (k < 0) {
        std::string hint = did_you_mean(*id, id_list_);
        r_.error(r_.at(o, where), "unknown option '" + *id + "' in " + what,
                 hint.empty() ? "list the ids of the options taken; the others are not taken" : hint);
        good = false;
        continue;
      }
      bits |= StateBits{1} << k;
    }
    if (!good) return std::nullopt;
    const int s = m_.index_of(bits);
    if (s < 0) r_.error(r_.at(node, where), what + " is an infeasible state", "an entry of 'infeasible' holds there");
    return s < 0 ? std::nullopt : std::optional<int>(s);
  }

  void read_status_quo(const YAML::Node& node, const Location& where) {
    if (node.IsSequence() && node.size() == 0) {
      m_.status_quo = m_.index_of(0);
      if (m_.status_quo < 0) r_.error(r_.at(node, where), "the status quo is an infeasible state", "an entry of 'infeasible' holds there");
      return;
    }
    if (auto s = state_of(node, where, "the status quo")) m_.status_quo = *s;
  }

  void read_preferences(const YAML::Node& node, const Location& where) {
    std::vector<std::string> ids;
    for (const auto& dm : m_.dms) ids.push_back(dm.id);
    Fields f(r_, node, "'preferences'", ids, where);
    if (!f.ok()) return;
    m_.payoff.assign(m_.dms.size(), {});
    for (std::size_t d = 0; d < m_.dms.size(); ++d) {
      const std::string& id = m_.dms[d].id;
      if (!f.require(id, "'prioritise' (option statements) or 'rank' (states) for " + id)) continue;
      Fields p(r_, f[id], "the preferences of " + id, {"prioritise", "rank"}, f.key_at(id));
      if (!p.ok()) continue;
      if (p.has("prioritise") == p.has("rank")) {
        r_.error(f.key_at(id), "give either 'prioritise' or 'rank' for " + id + ", not " +
                                   (p.has("rank") ? "both" : "neither"),
                 "prioritise: option statements, most important first; rank: states, most preferred first");
        continue;
      }
      if (p.has("prioritise")) m_.payoff[d] = prioritised(p["prioritise"], p.key_at("prioritise"));
      else m_.payoff[d] = ranked(p["rank"], p.key_at("rank"), id);
    }
  }

  std::vector<std::int64_t> prioritised(const YAML::Node& list, const Location& where) {
    std::vector<std::function<bool(StateBits)>> tests;
    for (const YAML::Node& item : r_.items(list, "'prioritise'", where)) {
      if (tests.size() == max_statements) {
        r_.error(r_.at(item, where), "more than 62 statements", "merge statements, or give a 'rank'");
        break;
      }
      if (auto st = statement(item, "a preference statement", where))
        tests.push_back([s = std::move(*st)](StateBits b) { return s.holds(b); });
    }
    return prioritised_payoff(m_.states, tests);
  }

  // States most preferred first; a list of states inside is a tie. A state
  // is a Y/N pattern, one letter per option in declared order.
  std::vector<std::int64_t> ranked(const YAML::Node& list, const Location& where, const std::string& dm) {
    std::vector<std::int64_t> payoff(m_.states.size(), 0);
    std::vector<Location> seen(m_.states.size());
    const std::vector<YAML::Node> tiers = r_.items(list, "'rank'", where);
    std::int64_t score = static_cast<std::int64_t>(tiers.size());
    for (const YAML::Node& tier : tiers) {
      const std::vector<YAML::Node> members =
          tier.IsSequence() ? r_.items(tier, "a tie", where) : std::vector<YAML::Node>{tier};
      for (const YAML::Node& item : members) {
        auto text = r_.text(item, "a state in 'rank'", where);
        if (!text) continue;
        const Location at = r_.at(item, where);
        StateBits bits = 0;
        bool ok = text->size() == m_.options.size();
        for (std::size_t k = 0; ok && k < text->size(); ++k) {
          if ((*text)[k] == 'Y') bits |= StateBits{1} << k;
          else ok = (*text)[k] == 'N';
        }
        if (!ok) {
          r_.error(at, "'" + *text + "' is not a state", "write one Y or N per option, in declared order (" +
                                                             std::to_string(m_.options.size()) + " letters)");
          continue;
        }
        const int s = m_.index_of(bits);
        if (s < 0) {
          r_.error(at, "state " + *text + " is infeasible", "rank only feasible states");
          continue;
        }
        if (seen[s].line > 0) {
          r_.error(at, "state " + *text + " is ranked twice", "first ranked at line " + std::to_string(seen[s].line));
          continue;
        }
        seen[s] = at;
        payoff[s] = score;
      }
      --score;
    }
    std::vector<std::string> missing;
    for (std::size_t s = 0; s < seen.size(); ++s)
      if (seen[s].line == 0) missing.push_back(m_.pattern(static_cast<int>(s)));
    if (!missing.empty() && r_.problems().empty()) {
      if (missing.size() > 5) {
        missing.resize(5);
        missing.push_back("...");
      }
      std::string list_text;
      for (const auto& x : missing) list_text += (list_text.empty() ? "" : ", ") + x;
      r_.error(where, "the rank of " + dm + " leaves out feasible states: " + list_text,
               "rank every feasible state once; a list inside 'rank' is a tie");
    }
    return payoff;
  }

  YamlReader& r_;
  Model m_;
  std::map<std::string, int> option_ids_;
  std::vector<std::string> id_list_;
  std::map<std::string, int> dm_ids_;
};

void throw_if_problems(YamlReader& r) {
  if (!r.problems().empty()) throw Error(std::move(r.problems()));
}

Model finish(YamlReader& r, const YAML::Node& root, bool gmcr) {
  throw_if_problems(r);
  Model m = gmcr ? read_gmcr(r, root) : ModelReader(r).read(root);
  throw_if_problems(r);
  m.source = r.file();
  return m;
}

}  // namespace

Model parse_model_file(const std::filesystem::path& path, bool gmcr) {
  YamlReader r(path.string());
  const YAML::Node root = r.load(DiskFiles(), path.string());
  return finish(r, root, gmcr);
}

Model parse_model_yaml(const std::string& text, const std::string& file_name) {
  YamlReader r(file_name);
  const YAML::Node root = r.parse(text);
  return finish(r, root, false);
}

Model parse_gmcr(const std::string& text, const std::string& file_name) {
  YamlReader r(file_name);
  const YAML::Node root = r.parse(text);
  return finish(r, root, true);
}

}  // namespace positions::stability
