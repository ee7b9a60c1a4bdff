#include <algorithm>
#include <optional>
#include <unordered_set>

#include <boost/graph/filtered_graph.hpp>
#include <boost/graph/hawick_circuits.hpp>
#include <boost/graph/strong_components.hpp>

#include "load_parts.hpp"
#include "suggest.hpp"
#include "term_graph.hpp"

namespace positions {

namespace {

// Returns the id of an issue that has an id but errors elsewhere, so rules
// naming it are not reported as unknown too.
// `decided_by: [party codes]`, on an issue or an option: identifiers only
// here; that each names a party is checked once the parties are read
// (check_deciders).
bool read_deciders(YamlReader& r, const Fields& f, std::vector<std::string>& codes,
                   std::vector<Location>& where) {
  bool good = true;
  const YAML::Node v = f["decided_by"];
  if (v.IsNull() || (v.IsSequence() && v.size() == 0)) {
    r.error(r.at(v, f.key_at("decided_by")), "'decided_by' is empty; expected the codes of the parties whose consent settles it",
            "leave 'decided_by' out and every compared party decides");
    return false;
  }
  for (const auto& item : r.items(v, "'decided_by'", f.key_at("decided_by"))) {
    auto code = r.id(item, "a party code in 'decided_by'", f.key_at("decided_by"));
    if (!code) { good = false; continue; }
    if (std::find(codes.begin(), codes.end(), *code) != codes.end()) {
      r.error(r.at(item), "party '" + *code + "' is listed twice in 'decided_by'");
      good = false;
      continue;
    }
    codes.push_back(*code);
    where.push_back(r.at(item, f.key_at("decided_by")));
  }
  return good;
}

std::string read_issue(YamlReader& r, const YAML::Node& node, Catalog& cat, std::unordered_set<std::string>& seen) {
  Fields f(r, node, "an issue", {"id", "title", "ordered", "options", "decided_by"}, {});
  if (!f.ok()) return {};
  Issue issue;
  issue.where = f.where();
  bool good = f.require("id", "the issue's identifier") & f.require("title", "a one-line title") &
              f.require("options", "a list of at least two options");
  if (f.has("id")) {
    auto id = r.id(f["id"], "issue id", f.key_at("id"));
    if (id && !seen.insert(*id).second) {
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
  if (f.has("decided_by")) {
    issue.decided_by_given = true;
    good = read_deciders(r, f, issue.decided_by, issue.decided_by_where) && good;
  }
  if (f.has("options")) {
    YAML::Node opts = f["options"];
    if (!opts.IsSequence()) {
      r.error(r.at(opts, f.key_at("options")),
              "'options' of issue '" + issue.id + "' is not a list; expected a list of options, each with an id and a label");
      good = false;
    } else {
      for (const auto& o : opts) {
        Fields of(r, o, "an option", {"id", "label", "decided_by"}, r.at(opts));
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
        if (of.has("decided_by")) {
          opt.decided_by_given = true;
          ok = read_deciders(r, of, opt.decided_by, opt.decided_by_where) && ok;
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
  if (!good) return issue.id;
  cat.issues.push_back(std::move(issue));
  return {};
}

// "issue.option" resolved against the catalog, with a did-you-mean.
}  // namespace

IssueIds issue_ids(const Catalog& cat) {
  IssueIds ids;
  ids.reserve(cat.issues.size());
  for (std::size_t i = 0; i < cat.issues.size(); ++i) ids.emplace(cat.issues[i].id, static_cast<int>(i));
  return ids;
}

std::optional<Term> read_term(YamlReader& r, const YAML::Node& v, const std::string& what,
                              const Location& where, const Catalog& cat, const IssueIds* ids) {
  auto s = r.text(v, what, where);
  if (!s) return std::nullopt;
  Location w = r.at(v, where);
  auto dot = s->find('.');
  if (dot == std::string::npos) {
    r.error(w, what + " '" + *s + "' is not a term; expected issue.option, like donetsk.ru_all");
    return std::nullopt;
  }
  std::string issue_id = s->substr(0, dot), option_id = s->substr(dot + 1);
  int issue = -1;
  if (!ids) {
    issue = cat.issue_index(issue_id);
  } else if (const auto it = ids->find(issue_id); it != ids->end()) {
    issue = it->second;
  }
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

namespace {

// True when `v` names a term of an issue that had errors of its own.
bool names_broken_issue(const YAML::Node& v, const std::vector<std::string>& broken) {
  if (!v.IsDefined() || !v.IsScalar()) return false;
  const std::string issue = v.Scalar().substr(0, v.Scalar().find('.'));
  return std::find(broken.begin(), broken.end(), issue) != broken.end();
}

void read_rule(YamlReader& r, const YAML::Node& node, Catalog& cat, const IssueIds& ids,
               const std::vector<std::string>& broken) {
  Fields f(r, node, "a rule", {"term", "excludes", "requires", "reason"}, {});
  if (!f.ok()) return;
  for (const char* key : {"term", "excludes", "requires"})
    if (names_broken_issue(f[key], broken)) return;
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
    if (auto t = read_term(r, f["term"], "the rule's term", f.key_at("term"), cat, &ids)) rule.term = *t;
    else good = false;
  }
  if (ex != rq) {
    const std::string key = ex ? "excludes" : "requires";
    rule.kind = ex ? RuleKind::excludes : RuleKind::needs;
    if (auto t = read_term(r, f[key], "'" + key + "'", f.key_at(key), cat, &ids)) {
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

// The `requires` edges of the term graph.
struct NeedsOnly {
  const TermGraph* g = nullptr;
  bool operator()(TermGraph::edge_descriptor e) const { return (*g)[e].kind == EdgeKind::needs; }
};

// A hostile catalog can hold exponentially many loops: the first kMaxLoops
// are reported, which is enough to fix the file.
constexpr int kMaxLoops = 20;

// hawick_circuits' visitor: each loop as an error at the rule that closes it.
struct LoopReport {
  YamlReader* r;
  const Catalog* cat;
  const TermGraph* g;
  int* found;

  // The rule behind the edge u -> v (a rule is unique per pair of terms).
  int rule(TermVertexId u, TermVertexId v) const {
    for (auto [it, end] = boost::out_edges(u, *g); it != end; ++it)
      if (boost::target(*it, *g) == v && (*g)[*it].kind == EdgeKind::needs) return (*g)[*it].rule;
    return -1;
  }

  template <typename Path, typename Graph>
  void cycle(const Path& p, const Graph&) const {
    if (++*found > kMaxLoops) return;
    std::string text = cat->term_name((*g)[p.front()].term);
    for (size_t i = 1; i <= p.size(); ++i) text += " requires " + cat->term_name((*g)[p[i % p.size()]].term);
    const int closing = rule(p.back(), p.front());
    r->error(cat->rules[static_cast<size_t>(closing)].where, "the 'requires' rules make a loop: " + text,
             "a term cannot require itself through others; remove or reverse one of these rules");
  }
};

// Every elementary loop of `requires` rules (a requires b requires ... a),
// found on the term graph by Boost's hawick_circuits and reported once, at
// the rule back to the loop's first term. Loops of two terms count too:
// `requires` is a dependency, and terms that need each other are a package,
// which a party's conditional acceptance states.
// Hawick's search resets its state over every term for each term it starts
// from: quadratic in the terms (9,600 terms: most of loading the catalog).
// A loop lies within one strongly connected component, found in linear
// time, so the search runs only when a component can hold one: two terms or
// more, or a term that requires itself.
template <typename Graph>
bool may_loop(const Graph& g) {
  std::vector<std::size_t> component(boost::num_vertices(g));
  const std::size_t n = boost::strong_components(
      g, boost::make_iterator_property_map(component.begin(), boost::get(boost::vertex_index, g)));
  std::vector<int> size(n, 0);
  for (std::size_t c : component)
    if (++size[c] > 1) return true;
  for (auto [it, end] = boost::edges(g); it != end; ++it)
    if (boost::source(*it, g) == boost::target(*it, g)) return true;
  return false;
}

void check_requires_loops(YamlReader& r, const Catalog& cat) {
  const TermModel model(cat, nullptr);
  const TermGraph& g = model.graph();
  const boost::filtered_graph<TermGraph, NeedsOnly> needs(g, NeedsOnly{&g});
  if (!may_loop(needs)) return;
  int found = 0;
  boost::hawick_unique_circuits(needs, LoopReport{&r, &cat, &g, &found});
}

}  // namespace

Catalog read_catalog(YamlReader& r, const YAML::Node& root) {
  Catalog cat;
  cat.file = r.file();
  if (!root) return cat;
  Fields f(r, root, "the catalog", {"issues", "rules"}, {});
  if (!f.ok()) return cat;
  std::vector<std::string> broken;
  std::unordered_set<std::string> seen;
  if (f.require("issues", "a list of issues")) {
    YAML::Node issues = f["issues"];
    if (!issues.IsSequence() || issues.size() == 0)
      r.error(r.at(issues, f.key_at("issues")), "'issues' is not a list of issues; expected at least one issue");
    else
      for (const auto& i : issues)
        if (std::string id = read_issue(r, i, cat, seen); !id.empty()) broken.push_back(id);
  }
  if (f.has("rules")) {
    YAML::Node rules = f["rules"];
    if (rules.IsSequence()) {
      const IssueIds ids = issue_ids(cat);
      for (const auto& rl : rules) read_rule(r, rl, cat, ids, broken);
    } else if (!rules.IsNull()) {
      r.error(r.at(rules, f.key_at("rules")), "'rules' is not a list; expected a list of rules");
    }
  }
  if (r.problems().empty()) check_requires_loops(r, cat);
  return cat;
}


std::vector<Diagnostic> check_deciders(const Dataset& data) {
  std::vector<Diagnostic> problems;
  auto check = [&](const std::vector<std::string>& codes, const std::vector<Location>& where) {
    for (size_t k = 0; k < codes.size(); ++k) {
      if (data.party_index(codes[k]) >= 0) continue;
      std::string hint = did_you_mean(codes[k], data.party_codes());
      problems.push_back({where[k], "unknown party '" + codes[k] + "' in 'decided_by'; expected a party code",
                          hint.empty() ? "parties are the files in positions/ other than catalog.yaml" : hint, {}, Severity::error});
    }
  };
  for (const Issue& is : data.catalog.issues) {
    check(is.decided_by, is.decided_by_where);
    for (const Option& o : is.options) check(o.decided_by, o.decided_by_where);
  }
  return problems;
}

}  // namespace positions
