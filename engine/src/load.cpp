#include "positions/load.hpp"

#include <algorithm>
#include <functional>
#include <set>

#include "positions/suggest.hpp"
#include "yaml_reader.hpp"

namespace positions {

namespace fs = std::filesystem;

namespace {

// ---------------------------------------------------------------- catalog

void read_issue(YamlReader& r, const YAML::Node& node, Catalog& cat) {
  Fields f(r, node, "an issue", {"id", "title", "ordered", "options"}, {});
  if (!f.ok()) return;
  Issue issue;
  issue.where = f.where();
  bool good = f.require("id", "the issue's identifier") & f.require("title", "a one-line title") &
              f.require("options", "a list of at least two options");
  if (f.has("id")) {
    auto id = r.id(f["id"], "issue id", f.key_at("id"));
    if (id && cat.issue_index(*id) >= 0) {
      r.error(r.at(f["id"], f.key_at("id")), "duplicate issue id '" + *id + "'",
              "issue ids must be unique in the catalog");
      good = false;
    }
    if (id) issue.id = *id; else good = false;
  }
  if (f.has("title")) {
    if (auto t = r.text(f["title"], "the title of issue '" + issue.id + "'", f.key_at("title")))
      issue.title = *t;
    else
      good = false;
  }
  if (f.has("ordered")) {
    if (auto b = r.boolean(f["ordered"], "'ordered'", f.key_at("ordered")))
      issue.ordered = *b;
    else
      good = false;
  }
  if (f.has("options")) {
    YAML::Node opts = f["options"];
    if (!opts.IsSequence()) {
      r.error(r.at(opts, f.key_at("options")),
              "'options' of issue '" + issue.id + "' is not a list; expected a list of options, each with an id and a label");
      good = false;
    } else {
      for (const auto& o : opts) {
        Fields of(r, o, "an option", {"id", "label"}, r.at(opts));
        if (!of.ok()) { good = false; continue; }
        Option opt;
        opt.where = of.where();
        bool ok = of.require("id", "the option's identifier") &
                  of.require("label", "a short description of the outcome");
        if (of.has("id")) {
          auto id = r.id(of["id"], "option id", of.key_at("id"));
          if (id && issue.option_index(*id) >= 0) {
            r.error(r.at(of["id"]), "duplicate option '" + *id + "' in issue '" + issue.id + "'");
            ok = false;
          }
          if (id) opt.id = *id; else ok = false;
        }
        if (of.has("label")) {
          if (auto l = r.text(of["label"], "the label of option '" + opt.id + "'", of.key_at("label")))
            opt.label = *l;
          else
            ok = false;
        }
        if (ok) issue.options.push_back(std::move(opt));
        good = good && ok;
      }
      if (good && issue.options.size() < 2)
        r.error(r.at(opts), "issue '" + issue.id + "' has " + std::to_string(issue.options.size()) +
                                " option; expected at least two outcomes", ""), good = false;
      if (issue.options.size() > kMaxOptionsPerIssue)
        r.error(r.at(opts), "issue '" + issue.id + "' has " + std::to_string(issue.options.size()) +
                                " options; at most " + std::to_string(kMaxOptionsPerIssue) + " are supported"),
            good = false;
    }
  }
  if (good) cat.issues.push_back(std::move(issue));
}

// "issue.option" resolved against the catalog, with a did-you-mean.
std::optional<Term> read_term(YamlReader& r, const YAML::Node& v, const std::string& what,
                              const Location& where, const Catalog& cat) {
  auto s = r.text(v, what, where);
  if (!s) return std::nullopt;
  Location w = r.at(v, where);
  auto dot = s->find('.');
  if (dot == std::string::npos) {
    r.error(w, what + " '" + *s + "' is not a term; expected issue.option, like donetsk.ru_all");
    return std::nullopt;
  }
  std::string issue_id = s->substr(0, dot), option_id = s->substr(dot + 1);
  int issue = cat.issue_index(issue_id);
  if (issue < 0) {
    r.error(w, "unknown issue '" + issue_id + "' in " + what + " '" + *s + "'",
            did_you_mean(issue_id, cat.issue_ids()));
    return std::nullopt;
  }
  const Issue& is = cat.issues[issue];
  int option = is.option_index(option_id);
  if (option < 0) {
    std::vector<std::string> ids;
    for (const auto& o : is.options) ids.push_back(o.id);
    r.error(w, "unknown option '" + option_id + "' for issue '" + issue_id + "'",
            did_you_mean(option_id, ids));
    return std::nullopt;
  }
  return Term{issue, option};
}

void read_rule(YamlReader& r, const YAML::Node& node, Catalog& cat) {
  Fields f(r, node, "a rule", {"term", "excludes", "requires", "reason"}, {});
  if (!f.ok()) return;
  Rule rule;
  rule.where = f.where();
  bool good = f.require("term", "the term the rule is about, as issue.option") &
              f.require("reason", "one line saying why the rule holds");
  const bool ex = f.has("excludes"), rq = f.has("requires");
  if (ex == rq) {
    r.error(f.where(), ex ? "a rule has both 'excludes' and 'requires'; expected exactly one"
                          : "a rule has neither 'excludes' nor 'requires'; expected exactly one",
            ex ? "write two rules" : "");
    good = false;
  }
  if (f.has("term")) {
    if (auto t = read_term(r, f["term"], "the rule's term", f.key_at("term"), cat)) rule.term = *t;
    else good = false;
  }
  if (ex != rq) {
    const std::string key = ex ? "excludes" : "requires";
    rule.kind = ex ? RuleKind::excludes : RuleKind::needs;
    if (auto t = read_term(r, f[key], "'" + key + "'", f.key_at(key), cat)) {
      rule.other = *t;
      if (good && rule.other.issue == rule.term.issue) {
        r.error(r.at(f[key]), "a rule must tie two different issues; '" +
                                  cat.term_name(rule.term) + "' and '" + cat.term_name(rule.other) +
                                  "' are options of the same issue",
                "options of one issue already exclude each other");
        good = false;
      }
    } else {
      good = false;
    }
  }
  if (f.has("reason")) {
    if (auto t = r.text(f["reason"], "the rule's reason", f.key_at("reason"))) rule.reason = *t;
    else good = false;
  }
  if (good) cat.rules.push_back(std::move(rule));
}

Catalog read_catalog(YamlReader& r, const YAML::Node& root) {
  Catalog cat;
  cat.file = r.file();
  if (!root) return cat;
  Fields f(r, root, "the catalog", {"issues", "rules"}, {});
  if (!f.ok()) return cat;
  if (f.require("issues", "a list of issues")) {
    YAML::Node issues = f["issues"];
    if (!issues.IsSequence() || issues.size() == 0)
      r.error(r.at(issues, f.key_at("issues")), "'issues' is not a list of issues; expected at least one issue");
    else
      for (const auto& i : issues) read_issue(r, i, cat);
  }
  if (f.has("rules")) {
    YAML::Node rules = f["rules"];
    if (rules.IsSequence())
      for (const auto& rl : rules) read_rule(r, rl, cat);
    else if (!rules.IsNull())
      r.error(r.at(rules, f.key_at("rules")), "'rules' is not a list; expected a list of rules");
  }
  return cat;
}

// ---------------------------------------------------------------- parties

// A list of option ids of one issue, as a set; reports unknown and repeated ones.
OptionSet read_options(YamlReader& r, const Fields& f, const std::string& key, const Issue& issue) {
  OptionSet set = 0;
  if (!f.has(key)) return set;
  std::vector<std::string> ids;
  for (const auto& o : issue.options) ids.push_back(o.id);
  for (const auto& item : r.items(f[key], "'" + key + "'", f.key_at(key))) {
    auto s = r.text(item, "an option in '" + key + "'", f.key_at(key));
    if (!s) continue;
    int o = issue.option_index(*s);
    if (o < 0) {
      std::string hint = did_you_mean(*s, ids);
      if (s->find('.') != std::string::npos) hint = "write the bare option id of issue '" + issue.id + "', without 'issue.'";
      r.error(r.at(item), "unknown option '" + *s + "' for issue '" + issue.id + "'",
              hint.empty() ? "its options: " + [&] {
                std::string all;
                for (const auto& i : ids) all += (all.empty() ? "" : ", ") + i;
                return all;
              }() : hint);
      continue;
    }
    const OptionSet bit = OptionSet{1} << o;
    if (set & bit) r.error(r.at(item), "option '" + *s + "' is listed twice in '" + key + "'");
    set |= bit;
  }
  return set;
}

// Reports options of `later` already in `earlier`: a stance cannot both want
// and rule out a term.
void check_disjoint(YamlReader& r, const Fields& f, const Issue& issue, OptionSet earlier,
                    const std::string& earlier_key, OptionSet later, const std::string& later_key) {
  for (int o : options_in(earlier & later))
    r.error(f.key_at(later_key), "option '" + issue.options[o].id + "' of issue '" + issue.id +
                                     "' is in both '" + earlier_key + "' and '" + later_key + "'",
            "a stance lists each option once: wanted, accepted or ruled out");
}

Evidence read_evidence(YamlReader& r, const YAML::Node& node, const Party& party, bool& good) {
  Evidence ev;
  Fields f(r, node, "an evidence entry", {"source", "date", "speaker", "quote", "basis"}, {});
  if (!f.ok()) { good = false; return ev; }
  ev.where = f.where();
  good &= f.require("source", "the source document's file name") &
          f.require("date", "the date it was said or reported, YYYY-MM-DD") &
          f.require("quote", "the words, verbatim from the source") &
          f.require("basis", "on_record, reported or inferred");
  if (f.has("source")) {
    if (auto s = r.text(f["source"], "'source'", f.key_at("source"))) ev.source = *s; else good = false;
  }
  if (f.has("date")) {
    if (auto d = r.date(f["date"], "evidence date", f.key_at("date"))) ev.date = *d; else good = false;
  }
  if (f.has("quote")) {
    if (auto q = r.text(f["quote"], "'quote'", f.key_at("quote"))) ev.quote = *q; else good = false;
  }
  if (f.has("speaker")) {
    if (auto s = r.id(f["speaker"], "speaker", f.key_at("speaker"))) {
      if (!party.speaker(*s)) {
        std::vector<std::string> ids;
        for (const auto& sp : party.speakers) ids.push_back(sp.id);
        std::string hint = did_you_mean(*s, ids);
        r.error(r.at(f["speaker"]), "unknown speaker '" + *s + "' for party '" + party.code + "'",
                hint.empty() ? "add it under 'speakers:' in the party file" : hint);
        good = false;
      }
      ev.speaker = *s;
    } else {
      good = false;
    }
  }
  if (f.has("basis")) {
    static const std::vector<std::string> names = {"on_record", "reported", "inferred"};
    if (auto b = r.text(f["basis"], "'basis'", f.key_at("basis"))) {
      if (*b == "on_record") ev.basis = Basis::on_record;
      else if (*b == "reported") ev.basis = Basis::reported;
      else if (*b == "inferred") ev.basis = Basis::inferred;
      else {
        std::string hint = did_you_mean(*b, names);
        r.error(r.at(f["basis"]), "unknown basis '" + *b + "'; expected on_record, reported or inferred", hint);
        good = false;
      }
    } else {
      good = false;
    }
  }
  return ev;
}

std::optional<Priority> read_priority(YamlReader& r, const YAML::Node& v, const Location& where) {
  static const std::vector<std::string> names = {"low", "medium", "high", "red_line"};
  auto s = r.text(v, "'priority'", where);
  if (!s) return std::nullopt;
  for (size_t i = 0; i < names.size(); ++i)
    if (*s == names[i]) return static_cast<Priority>(i + 1);
  std::string hint = did_you_mean(*s, names);
  r.error(r.at(v, where), "unknown priority '" + *s + "'; expected low, medium, high or red_line", hint);
  return std::nullopt;
}

// Shared by party files and what-if assumptions: the part of a stance that says
// what a party wants, accepts and rules out on one issue.
bool read_stance_terms(YamlReader& r, const Fields& f, const Catalog& cat, Stance& st) {
  bool good = true;
  const Issue& issue = cat.issues[st.issue];
  st.wants = read_options(r, f, "wants", issue);
  st.accepts = read_options(r, f, "accepts", issue);
  st.rules_out = read_options(r, f, "rules_out", issue);
  check_disjoint(r, f, issue, st.wants, "wants", st.accepts, "accepts");
  check_disjoint(r, f, issue, st.wants, "wants", st.rules_out, "rules_out");
  check_disjoint(r, f, issue, st.accepts, "accepts", st.rules_out, "rules_out");
  if (f.has("conditional")) {
    for (const auto& c : r.items(f["conditional"], "'conditional'", f.key_at("conditional"))) {
      Fields cf(r, c, "a conditional acceptance", {"accepts", "if"}, f.key_at("conditional"));
      if (!cf.ok()) { good = false; continue; }
      Conditional cond;
      cond.where = cf.where();
      good &= cf.require("accepts", "the options accepted on this condition") &
              cf.require("if", "the terms (issue.option) that must hold");
      cond.accepts = read_options(r, cf, "accepts", issue);
      for (int o : options_in(cond.accepts & (st.acceptable() | st.rules_out)))
        r.error(cf.key_at("accepts"), "option '" + issue.options[o].id +
                                          "' is accepted on a condition but already " +
                                          (st.rules_out >> o & 1 ? "ruled out" : "acceptable") +
                                          " without one"), good = false;
      for (const auto& t : r.items(cf["if"], "'if'", cf.key_at("if"))) {
        auto term = read_term(r, t, "a condition", cf.key_at("if"), cat);
        if (!term) { good = false; continue; }
        if (term->issue == st.issue) {
          r.error(r.at(t), "a condition must be a term of another issue than '" + issue.id + "'");
          good = false;
          continue;
        }
        cond.if_all.push_back(*term);
      }
      if (cond.accepts && !cond.if_all.empty()) st.conditional.push_back(std::move(cond));
    }
  }
  if (!st.wants && !st.accepts && !st.rules_out && st.conditional.empty()) {
    r.error(f.where(), "the stance on '" + issue.id + "' says nothing",
            "give at least one of wants, accepts, rules_out or conditional");
    good = false;
  }
  return good;
}

void read_stance(YamlReader& r, const YAML::Node& node, const Catalog& cat, Party& party) {
  Fields f(r, node, "a stance",
           {"issue", "date", "wants", "accepts", "rules_out", "priority", "conditional", "evidence", "note"}, {});
  if (!f.ok()) return;
  Stance st;
  st.where = f.where();
  bool good = f.require("issue", "the issue id from the catalog") &
              f.require("date", "the day the stance takes effect, YYYY-MM-DD") &
              f.require("priority", "low, medium, high or red_line");
  if (!f.has("issue")) return;
  auto issue_id = r.text(f["issue"], "'issue'", f.key_at("issue"));
  if (!issue_id) return;
  st.issue = cat.issue_index(*issue_id);
  if (st.issue < 0) {
    r.error(r.at(f["issue"]), "unknown issue '" + *issue_id + "'", did_you_mean(*issue_id, cat.issue_ids()));
    return;
  }
  if (f.has("date")) {
    if (auto d = r.date(f["date"], "stance date", f.key_at("date"))) st.date = *d; else good = false;
  }
  if (f.has("priority")) {
    if (auto p = read_priority(r, f["priority"], f.key_at("priority"))) st.priority = *p; else good = false;
  }
  good &= read_stance_terms(r, f, cat, st);
  if (f.has("evidence")) {
    for (const auto& e : r.items(f["evidence"], "'evidence'", f.key_at("evidence")))
      st.evidence.push_back(read_evidence(r, e, party, good));
  }
  if (f.has("note")) {
    if (auto n = r.text(f["note"], "'note'", f.key_at("note"))) st.note = *n; else good = false;
  }
  for (const auto& other : party.stances) {
    if (good && other.issue == st.issue && other.date == st.date) {
      r.error(st.where, "a second stance on '" + *issue_id + "' dated " + st.date.str(),
              "the first is at line " + std::to_string(other.where.line) +
                  "; a party has one stance per issue and day");
      good = false;
    }
  }
  if (good) party.stances.push_back(std::move(st));
}

Party read_party(YamlReader& r, const YAML::Node& root, const Catalog& cat) {
  Party party;
  party.file = r.file();
  if (!root) return party;
  Fields f(r, root, "the party file", {"code", "name", "speakers", "stances"}, {});
  if (!f.ok()) return party;
  f.require("code", "the party's short code, like ru");
  f.require("name", "the party's name");
  if (f.has("code")) {
    if (auto c = r.id(f["code"], "party code", f.key_at("code"))) party.code = *c;
  }
  if (f.has("name")) {
    if (auto n = r.text(f["name"], "the party's name", f.key_at("name"))) party.name = *n;
  }
  if (f.has("speakers")) {
    for (const auto& s : r.items(f["speakers"], "'speakers'", f.key_at("speakers"))) {
      Fields sf(r, s, "a speaker", {"id", "name", "role"}, f.key_at("speakers"));
      if (!sf.ok()) continue;
      Speaker sp;
      sf.require("id", "an identifier for evidence to refer to");
      sf.require("name", "the person's name");
      if (sf.has("id")) {
        if (auto id = r.id(sf["id"], "speaker id", sf.key_at("id"))) {
          if (party.speaker(*id)) r.error(r.at(sf["id"]), "duplicate speaker id '" + *id + "'");
          sp.id = *id;
        }
      }
      if (sf.has("name")) {
        if (auto n = r.text(sf["name"], "the speaker's name", sf.key_at("name"))) sp.name = *n;
      }
      if (sf.has("role")) {
        if (auto n = r.text(sf["role"], "the speaker's role", sf.key_at("role"))) sp.role = *n;
      }
      if (!sp.id.empty()) party.speakers.push_back(std::move(sp));
    }
  }
  if (f.require("stances", "a list of stances")) {
    YAML::Node stances = f["stances"];
    if (!stances.IsSequence())
      r.error(r.at(stances, f.key_at("stances")), "'stances' is not a list; expected a list of stances");
    else
      for (const auto& s : stances) read_stance(r, s, cat, party);
  }
  std::stable_sort(party.stances.begin(), party.stances.end(), [](const Stance& a, const Stance& b) {
    return std::tie(a.issue, a.date) < std::tie(b.issue, b.date);
  });
  return party;
}

// ---------------------------------------------------------------- scenarios

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
    if (list.empty()) r.error(f.key_at("parties"), "'parties' is empty; expected at least one party code");
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
      }
    }
  }
  return sc;
}

// Runs one file's reader, then throws its problems if it had any.
template <typename T, typename Read>
T checked(YamlReader& r, const YAML::Node& root, Read read) {
  T value = read(root);
  if (!r.problems().empty()) throw Error(std::move(r.problems()));
  return value;
}

std::string display_path(const fs::path& dir, const std::string& rel) {
  return (dir / rel).lexically_normal().string();
}

std::vector<fs::path> yaml_files(const fs::path& dir) {
  std::vector<fs::path> out;
  std::error_code ec;
  for (const auto& e : fs::directory_iterator(dir, ec))
    if (e.path().extension() == ".yaml") out.push_back(e.path());
  std::sort(out.begin(), out.end());
  return out;
}

bool by_location(const Diagnostic& a, const Diagnostic& b) {
  return std::tie(a.where.file, a.where.line, a.where.column) <
         std::tie(b.where.file, b.where.line, b.where.column);
}

}  // namespace

Catalog parse_catalog(const std::string& text, const std::string& display) {
  YamlReader r(display);
  return checked<Catalog>(r, r.parse(text), [&](const YAML::Node& n) { return read_catalog(r, n); });
}

Catalog load_catalog(const fs::path& path, const std::string& display) {
  YamlReader r(display);
  return checked<Catalog>(r, r.load(path), [&](const YAML::Node& n) { return read_catalog(r, n); });
}

Party parse_party(const std::string& text, const std::string& display, const Catalog& cat) {
  YamlReader r(display);
  return checked<Party>(r, r.parse(text), [&](const YAML::Node& n) { return read_party(r, n, cat); });
}

Party load_party(const fs::path& path, const std::string& display, const Catalog& cat) {
  YamlReader r(display);
  return checked<Party>(r, r.load(path), [&](const YAML::Node& n) { return read_party(r, n, cat); });
}

Scenario parse_scenario(const std::string& text, const std::string& display, const Dataset& data) {
  YamlReader r(display);
  std::string name = fs::path(display).stem().string();
  return checked<Scenario>(r, r.parse(text), [&](const YAML::Node& n) { return read_scenario(r, n, name, data); });
}

Scenario load_scenario(const fs::path& path, const std::string& display, const Dataset& data) {
  YamlReader r(display);
  std::string name = path.stem().string();
  return checked<Scenario>(r, r.load(path), [&](const YAML::Node& n) { return read_scenario(r, n, name, data); });
}

Dataset load_dataset(const fs::path& dir) {
  Dataset data;
  const fs::path positions_dir = dir / "positions";
  if (!fs::is_directory(positions_dir)) {
    throw Error(Location{display_path(dir, "positions")},
                "no data folder here: expected positions/catalog.yaml under " +
                    (dir.empty() ? std::string(".") : dir.string()),
                "run from the project's root, or pass --data DIR");
  }
  data.catalog = load_catalog(positions_dir / "catalog.yaml", display_path(dir, "positions/catalog.yaml"));

  // Every file is read before anything is thrown, so one run shows all problems.
  std::vector<Diagnostic> problems;
  auto collect = [&](auto&& step) {
    try {
      step();
    } catch (const Error& e) {
      problems.insert(problems.end(), e.problems().begin(), e.problems().end());
    }
  };
  for (const auto& path : yaml_files(positions_dir)) {
    if (path.filename() == "catalog.yaml") continue;
    const std::string display = display_path(dir, "positions/" + path.filename().string());
    collect([&] {
      Party p = load_party(path, display, data.catalog);
      for (const auto& other : data.parties)
        if (other.code == p.code)
          throw Error(Location{display}, "party code '" + p.code + "' is also used by " + other.file,
                      "each party has one file");
      data.parties.push_back(std::move(p));
    });
  }
  if (!problems.empty()) {
    std::stable_sort(problems.begin(), problems.end(), by_location);
    throw Error(std::move(problems));
  }
  std::sort(data.parties.begin(), data.parties.end(),
            [](const Party& a, const Party& b) { return a.code < b.code; });

  for (const auto& path : yaml_files(dir / "scenarios")) {
    collect([&] {
      data.scenarios.push_back(
          load_scenario(path, display_path(dir, "scenarios/" + path.filename().string()), data));
    });
  }
  if (!problems.empty()) {
    std::stable_sort(problems.begin(), problems.end(), by_location);
    throw Error(std::move(problems));
  }
  std::sort(data.scenarios.begin(), data.scenarios.end(), [](const Scenario& a, const Scenario& b) {
    return std::tie(a.date, a.name) < std::tie(b.date, b.name);
  });
  return data;
}

}  // namespace positions
