#include "positions/model.hpp"

namespace positions {

int Issue::option_index(const std::string& option_id) const {
  for (size_t i = 0; i < options.size(); ++i)
    if (options[i].id == option_id) return static_cast<int>(i);
  return -1;
}

int Catalog::issue_index(const std::string& id) const {
  for (size_t i = 0; i < issues.size(); ++i)
    if (issues[i].id == id) return static_cast<int>(i);
  return -1;
}

std::string Catalog::term_name(Term t) const {
  const Issue& issue = issues.at(t.issue);
  return issue.id + '.' + issue.options.at(t.option).id;
}

std::vector<std::string> Catalog::issue_ids() const {
  std::vector<std::string> ids;
  for (const auto& i : issues) ids.push_back(i.id);
  return ids;
}

const char* to_string(Priority p) {
  switch (p) {
    case Priority::low: return "low";
    case Priority::medium: return "medium";
    case Priority::high: return "high";
    case Priority::red_line: return "red_line";
  }
  return "?";
}

int weight(Priority p) { return static_cast<int>(p); }

const std::vector<std::string>& Issue::deciders(int option) const {
  if (option >= 0 && option < static_cast<int>(options.size()) && options[option].decided_by_given)
    return options[option].decided_by;
  return decided_by;
}

bool Issue::deciders_given(int option) const {
  return (option >= 0 && option < static_cast<int>(options.size()) && options[option].decided_by_given) ||
         decided_by_given;
}

OptionSet Stance::conditional_options() const {
  OptionSet c = 0;
  for (const auto& k : conditional) c |= k.accepts;
  return c & ~acceptable() & ~rules_out;
}

OptionSet Stance::red_line_options() const {
  if (must_get) return must_get;
  if (priority == Priority::red_line) return acceptable() | conditional_options();
  return 0;
}

const char* to_string(Basis b) {
  switch (b) {
    case Basis::on_record: return "on_record";
    case Basis::reported: return "reported";
    case Basis::inferred: return "inferred";
    case Basis::assumed: return "assumed";
  }
  return "?";
}

const char* to_string(DatePrecision p) {
  switch (p) {
    case DatePrecision::day: return "day";
    case DatePrecision::month: return "month";
    case DatePrecision::year: return "year";
  }
  return "?";
}

const Speaker* Party::speaker(const std::string& id) const {
  for (const auto& s : speakers)
    if (s.id == id) return &s;
  return nullptr;
}

int Party::government_at(Date d) const {
  int found = -1;
  for (size_t g = 0; g < governments.size(); ++g)
    if (!governments[g].from || *governments[g].from <= d) found = static_cast<int>(g);
  return found;
}

bool Party::in_force(const Stance& st, Date d) const {
  if (st.date > d) return false;
  return governments.empty() || st.assumed || st.government == government_at(d);
}

int Dataset::party_index(const std::string& code) const {
  for (size_t i = 0; i < parties.size(); ++i)
    if (parties[i].code == code) return static_cast<int>(i);
  return -1;
}

int Dataset::scenario_index(const std::string& name) const {
  for (size_t i = 0; i < scenarios.size(); ++i)
    if (scenarios[i].name == name) return static_cast<int>(i);
  return -1;
}

std::vector<std::string> Dataset::party_codes() const {
  std::vector<std::string> out;
  for (const auto& p : parties) out.push_back(p.code);
  return out;
}

std::vector<std::string> Dataset::scenario_names() const {
  std::vector<std::string> out;
  for (const auto& s : scenarios) out.push_back(s.name);
  return out;
}

std::vector<int> options_in(OptionSet set) {
  std::vector<int> out;
  for (int i = 0; i < kMaxOptionsPerIssue; ++i)
    if (set & (OptionSet{1} << i)) out.push_back(i);
  return out;
}

}  // namespace positions
