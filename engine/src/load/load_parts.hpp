// The readers behind load.hpp, one per kind of file, each collecting problems
// in its YamlReader. Private to the engine.
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <unordered_map>

#include "positions/model.hpp"
#include "yaml_reader.hpp"

namespace positions {

Catalog read_catalog(YamlReader& r, const YAML::Node& root);
// `data`, when given, supplies the sources file's documents and voices that
// evidence may name (the catalog is `catalog`).
Party read_party(YamlReader& r, const YAML::Node& root, const Catalog& catalog, const Dataset* data = nullptr);
// positions/sources.yaml: the documents, the voices and the folder, into `data`.
void read_sources(YamlReader& r, const YAML::Node& root, Dataset& data);
// Gives each stance of a party with governments its government, and copies in
// the stances a government takes over from another party (`continues`).
std::vector<Diagnostic> resolve_governments(Dataset& data);
Scenario read_scenario(YamlReader& r, const YAML::Node& root, const std::string& name,
                       const Dataset& data);

// Follows each what-if to the dated scenario it builds on: inherits the date
// and parties it leaves out, fills `inherited` and `lineage`, and checks its
// assumptions. Returns the problems found (unknown base, a chain that builds
// on itself, an assumption on a party not taking part).
std::vector<Diagnostic> resolve_scenarios(Dataset& data);

// Every `decided_by` code of the catalog names a party of the dataset.
std::vector<Diagnostic> check_deciders(const Dataset& data);

// The catalog's issues by id, made once per file that names many:
// Catalog::issue_index scans, and a scan per stance or rule made loading
// quadratic (20 parties x 3,200 issues: a sixth of it). Views into `cat`.
using IssueIds = std::unordered_map<std::string_view, int>;
IssueIds issue_ids(const Catalog& cat);

// "issue.option" resolved against the catalog (through `ids` when given),
// with a did-you-mean.
std::optional<Term> read_term(YamlReader& r, const YAML::Node& v, const std::string& what,
                              const Location& where, const Catalog& catalog, const IssueIds* ids = nullptr);

// low, medium, high or red_line, with a did-you-mean.
std::optional<Priority> read_priority(YamlReader& r, const YAML::Node& v, const Location& where);

// The wants/accepts/rules_out/conditional keys of a stance (or of a what-if
// assumption) for the issue already set in `st`.
bool read_stance_terms(YamlReader& r, const Fields& f, const Catalog& catalog, Stance& st,
                       const IssueIds* ids = nullptr);

}  // namespace positions
