// The data as the analyst wrote it, checked and with every name resolved to an
// index: the issue catalog, the parties with their stances over time, and the
// scenarios. Indices are positions in the vectors of a Dataset.
#pragma once

#include <compare>
#include <cstdint>
#include <memory>
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

// How precise a date the source gives.
enum class DatePrecision { day, month, year };
const char* to_string(DatePrecision p);

// A date as precise as its source: a day (2025-10-16), a month (2024-09), a
// year (2024), each possibly approximate ("about 2025-10-16"). Lenses order
// it by `day`: a day is itself, a month its last day, a year 31 December, an
// approximate date the date written (docs/method.md, "Dates").
struct When {
  Date day;  // the day it counts as
  DatePrecision precision = DatePrecision::day;
  bool about = false;

  // "2025-10-16", "2024-09", "2024", each optionally after "about "; nullopt otherwise.
  static std::optional<When> parse(std::string_view text);
  static When on(Date d) { return When{d, DatePrecision::day, false}; }
  std::string str() const;  // as written: "2024-09", "about 2025-10-16"
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

// A person, an office or a group whose words evidence cites. A party's
// speakers speak for it; a voice of the sources file (an analyst, unnamed
// officials, an outlet) speaks for no party, and `party` is empty.
struct Speaker {
  std::string id;
  std::string name;
  std::string role;
  std::string party;  // the party code, empty for a voice of the sources file
};

// A source document, declared once in positions/sources.yaml.
struct SourceDoc {
  std::string id;
  std::string title;
  std::string outlet;
  std::string author;                // empty when unknown
  std::optional<When> published;     // nullopt when unknown
  std::string file;                  // the file name in the sources folder
  std::string url;                   // optional
  std::string path;                  // the file as read: folder / file
  bool found = false;                // the file could be read
  std::string text;                  // its text, when found
  Location where;
};

struct Evidence {
  std::string source;   // as written: a source id of the sources file, or a file name (older data)
  std::shared_ptr<const SourceDoc> doc;  // the declared source, if any
  When date;            // when it was said (or reported), as precise as the source
  std::string date_note;  // why the date is what it is, for an approximate or supplied date
  std::string speaker;  // whose words: a speaker id of the party or a voice; empty: the report's own words
  std::string about;    // whose view the words describe, when not the speaker's own
  std::string relayed_by;  // who passes the words on (an outlet, an analyst), when not the source itself
  Speaker speaker_who, about_who, relayed_by_who;  // resolved from the ids (empty id when none)
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
  Date date;  // the day it counts from (when.day)
  When when;  // as written
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
  int government = -1;       // the party's government it belongs to, -1 when none are declared
  std::string carried_from;  // the party whose stance this government took over on taking office
  Location where;

  OptionSet acceptable() const { return wants | accepts; }
  // Options accepted only on a condition, never outright.
  OptionSet conditional_options() const;
  // The red line as the analyses read it: `must_get` if given; else, for
  // priority red_line, every option accepted outright or on a condition; else
  // none (0: no red line on this issue).
  OptionSet red_line_options() const;
};

// Who represents a party from a date on: a government or team. A stance
// belongs to the government in office on its date, and a lens sees only the
// stances of the government in office on the lens's date.
struct Government {
  std::string id;
  std::string name;
  std::optional<Date> from;   // nullopt for the first: in office from the start
  std::string continues;      // a party code: its stances in force on `from` carry over
  Location where;
};

struct Party {
  std::string code;
  std::string name;
  std::vector<Speaker> speakers;
  std::vector<Government> governments;  // by `from`; empty when the party declares none
  std::vector<Stance> stances;  // sorted by issue, then date
  std::string file;

  const Speaker* speaker(const std::string& id) const;
  // The government in office on `d`, or -1 (none declared, or before the first).
  int government_at(Date d) const;
  // Whether `st` counts in a lens as of `d`: dated on or before it, and of the
  // government then in office.
  bool in_force(const Stance& st, Date d) const;
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
  // positions/sources.yaml, when there is one: the source documents, the
  // voices that speak for no party, and the folder the documents are kept in.
  std::vector<std::shared_ptr<const SourceDoc>> documents;
  std::vector<Speaker> voices;
  std::string documents_folder;  // as read, relative to the data folder
  std::string sources_file;      // empty when there is none

  int party_index(const std::string& code) const;  // -1 if unknown
  int scenario_index(const std::string& name) const;
  std::vector<std::string> party_codes() const;
  std::vector<std::string> scenario_names() const;
};

// The option ids in a set, in catalog order: "ru_all, current_line".
std::vector<int> options_in(OptionSet set);

}  // namespace positions
