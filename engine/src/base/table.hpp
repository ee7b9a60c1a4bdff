// The table the analyses read: for each compared party and each issue, the
// stance in force as of a date (the latest on or before it), or silence.
#pragma once

#include <vector>

#include "positions/model.hpp"

namespace positions {

struct Position {
  const Stance* stance = nullptr;  // nullptr: the party has said nothing yet
  bool silent() const { return stance == nullptr; }
  OptionSet wants() const { return stance ? stance->wants : 0; }
  OptionSet acceptable() const { return stance ? stance->acceptable() : 0; }
  OptionSet rules_out() const { return stance ? stance->rules_out : 0; }
  int weight() const { return stance ? positions::weight(stance->priority) : 0; }
};

struct Table {
  const Dataset* data = nullptr;
  Date as_of;
  std::vector<int> parties;               // dataset indices, in the order asked
  std::vector<std::vector<Position>> at;  // [slot][issue]
  // What holds if no deal is reached: the scenario's `no_agreement` terms
  // (none without a scenario: every issue stays open).
  std::vector<Term> no_agreement;
  const Scenario* scenario = nullptr;  // the lens's scenario, if any
  // The evidence lens: true when stances not on the record count as silence.
  bool on_record_only = false;
  // Stances set aside by the on-record lens: [slot][issue] (empty otherwise).
  std::vector<std::vector<const Stance*>> set_aside;

  const Catalog& catalog() const { return data->catalog; }
  const Party& party(int slot) const { return data->parties[parties[slot]]; }
  int slots() const { return static_cast<int>(parties.size()); }
  int issues() const { return static_cast<int>(data->catalog.issues.size()); }
};

// The latest stance of `party` on `issue` dated on or before `as_of`, or nullptr.
const Stance* stance_as_of(const Party& party, int issue, Date as_of);

// Each party's stances as of the date; then the assumptions of `scenario` (and
// of the scenarios it builds on), if one is given, replace what they shift.
// With `on_record_only`, a stance none of whose evidence is on the record
// (reported or inferred words only) counts as silence; assumed stances of a
// what-if stay (they are the question asked, not evidence).
Table make_table(const Dataset& data, const std::vector<int>& parties, Date as_of,
                 const Scenario* scenario = nullptr, bool on_record_only = false);

// Whether a stance rests on on-record words (some evidence is on_record), or
// is assumed by a what-if.
bool on_record(const Stance& s);

}  // namespace positions
