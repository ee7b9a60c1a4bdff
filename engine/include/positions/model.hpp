// The data as the analyst wrote it, checked and with every name resolved to an
// index: the issue catalog, the parties with their stances over time, and the
// scenarios. Indices are positions in the vectors of a Dataset.
#pragma once

#include <compare>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "positions/error.hpp"

namespace positions {

// A calendar date, as analysts write it: YYYY-MM-DD.
struct Date {
  int year = 0;
  int month = 0;
  int day = 0;

  // Only real calendar days in ISO form (2025-10-16); nullopt otherwise.
  static std::optional<Date> parse(std::string_view text);
  std::string str() const;
  auto operator<=>(const Date&) const = default;
};

// Options of one issue are bit positions in a 64-bit mask.
inline constexpr int kMaxOptionsPerIssue = 64;
using OptionSet = std::uint64_t;

struct Option {
  std::string id;
  std::string label;
  Location where;
  // Whose consent settles the issue on this option, if it differs from the
  // issue's `decided_by` (catalog key `decided_by` on the option); party codes.
  std::vector<std::string> decided_by;
  std::vector<Location> decided_by_where;
  bool decided_by_given = false;
};

struct Issue {
  std::string id;
  std::string title;
  bool ordered = false;  // options run from one pole to the other, in list order
  std::vector<Option> options;
  Location where;
  // Whose consent or action settles the issue (catalog key `decided_by`): the
  // party codes. Not given: every compared party decides.
  std::vector<std::string> decided_by;
  std::vector<Location> decided_by_where;
  bool decided_by_given = false;

  // The deciders of one option: its own list if given, else the issue's.
  const std::vector<std::string>& deciders(int option) const;
  bool deciders_given(int option) const;

  int option_index(const std::string& option_id) const;  // -1 if unknown
};

// One issue with one of its options: the unit parties demand, accept or reject.
struct Term {
  int issue = -1;
  int option = -1;
  auto operator<=>(const Term&) const = default;
};

enum class RuleKind { excludes, needs };  // needs: YAML `requires:`

struct Rule {
  Term term;
  RuleKind kind = RuleKind::excludes;
  Term other;
  std::string reason;
  Location where;
};

struct Catalog {
  std::vector<Issue> issues;
  std::vector<Rule> rules;
  std::string file;

  int issue_index(const std::string& id) const;  // -1 if unknown
  std::string term_name(Term t) const;           // "donetsk.ru_all"
  std::vector<std::string> issue_ids() const;
};

enum class Priority { low = 1, medium = 2, high = 3, red_line = 4 };
const char* to_string(Priority p);
int weight(Priority p);  // 1..4, the number analyses multiply by

// Where the words come from: said openly, reported (by unnamed officials or a
// reporter's paraphrase), read by the analyst, or assumed by a what-if.
enum class Basis { on_record, reported, inferred, assumed };
const char* to_string(Basis b);

struct Speaker {
  std::string id;
  std::string name;
  std::string role;
};

struct Evidence {
  std::string source;   // file name of the source document
  Date date;
  std::string speaker;  // a speaker id of the party; may be empty
  std::string quote;
  Basis basis = Basis::on_record;
  Location where;
};

// Acceptance that holds only if other terms hold: a package deal.
struct Conditional {
  OptionSet accepts = 0;  // options of the stance's issue
  std::vector<Term> if_all;
  Location where;
};

// What one party said about one issue, effective from `date`.
struct Stance {
  int issue = -1;
  Date date;
  OptionSet wants = 0;
  OptionSet accepts = 0;  // besides what it wants
  OptionSet rules_out = 0;
  // Options the party must get (key `must_get`): it signs no package that does
  // not settle the issue on one of them. Empty with priority red_line: every
  // option it accepts, outright or on a condition (see red_line_options()).
  OptionSet must_get = 0;
  Priority priority = Priority::medium;
  std::vector<Conditional> conditional;
  std::vector<Evidence> evidence;
  std::string note;
  std::string rationale;  // what-if assumptions only
  bool assumed = false;
  Location where;

  OptionSet acceptable() const { return wants | accepts; }
  // Options accepted only on a condition, never outright.
  OptionSet conditional_options() const;
  // The red line as the analyses read it: `must_get` if given; else, for
  // priority red_line, every option accepted outright or on a condition; else
  // none (0: no red line on this issue).
  OptionSet red_line_options() const;
};

struct Party {
  std::string code;
  std::string name;
  std::vector<Speaker> speakers;
  std::vector<Stance> stances;  // sorted by issue, then date
  std::string file;

  const Speaker* speaker(const std::string& id) const;
};

// A what-if shift: one party's stance on one issue replaced. The stance is
// marked assumed, carries the rationale and cites no evidence.
struct Assumption {
  int party = -1;
  Stance stance;
  bool priority_given = false;  // else it is the priority of the stance it replaces
};

struct Scenario {
  std::string name;  // the file's stem
  std::string title;
  Date date;
  std::vector<int> parties;
  std::vector<Location> party_where;  // where each of `parties` is named
  std::string description;
  std::string builds_on;  // empty for a dated scenario
  Location builds_on_where;
  std::vector<Assumption> assume;
  // What holds if no deal is reached (key `no_agreement`): issue.option terms;
  // issues not listed stay open. A what-if inherits its base's unless it gives
  // its own (resolve_scenarios fills it in).
  std::vector<Term> no_agreement;
  std::vector<Location> no_agreement_where;
  bool no_agreement_given = false;
  std::string file;
  // Set by load_dataset once every scenario is read: the assumptions of the
  // scenarios this one builds on, the base's first, and the names of the chain,
  // base first, ending with this one.
  std::vector<Assumption> inherited;
  std::vector<std::string> lineage;
};

struct Dataset {
  Catalog catalog;
  std::vector<Party> parties;       // sorted by code
  std::vector<Scenario> scenarios;  // by date, then lineage: what-ifs after their base
  SourceMap sources;                // the text of every file read, for later diagnostics

  int party_index(const std::string& code) const;  // -1 if unknown
  int scenario_index(const std::string& name) const;
  std::vector<std::string> party_codes() const;
  std::vector<std::string> scenario_names() const;
};

// The option ids in a set, in catalog order: "ru_all, current_line".
std::vector<int> options_in(OptionSet set);

}  // namespace positions
