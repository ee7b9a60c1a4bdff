// Every phrase a reader sees, made in one place: numbers and plurals, names,
// a stance and its citation, a rule, a conflict, an issue's standing, a deal,
// a move. The text writers, the briefing (Markdown, HTML) and the JSON's few
// prose members call these, so the same fact reads the same everywhere.
// Functions take the analysis's data and return plain text; the briefing
// marks ids as code by building its lines from the same pieces.
#pragma once

#include <string>
#include <vector>

#include "across.hpp"
#include "concessions.hpp"
#include "deals.hpp"
#include "document.hpp"
#include "issue_state.hpp"
#include "table.hpp"

namespace positions {

// How parties and terms are named: by code and id (compare, deals, JSON), or
// in plain words, by name, issue title and option label (the briefing).
enum class Naming { ids, plain };

// --- numbers, lists, plurals ---
std::string fixed(double v, int digits = 2);  // "0.84"
std::string signed_fixed(double v);          // "+0.84"
// "1 issue", "2 issues"
std::string plural(size_t n, const std::string& one, const std::string& many);
// "a", "a and b", "a, b and c"
std::string and_list(const std::vector<std::string>& items);
// The Nash product, readable even when it is tiny: "0.176", "3.20e-05", "0".
std::string nash_words(const Score& s);

// --- names ---
// Party codes of table slots: "us, ua".
std::string codes(const Table& t, const std::vector<int>& slots);
// Party names of table slots: "United States and Ukraine".
std::string names(const Table& t, const std::vector<int>& slots);
// Option ids of a set, in catalog order: "ru_all, current_line".
std::string option_ids(const Issue& issue, OptionSet set);
// Issue ids: "donetsk, nato", or "none".
std::string issue_ids(const Catalog& cat, const std::vector<int>& issues);
// The terms a package settles, "nothing settled" when none.
std::string package_terms(const Catalog& cat, const SettledTerms& part);

// --- a stance and its evidence ---
// The speaker's name, "the reporter" when the words are the report's own.
std::string speaker_name(const Party& party, const Evidence& e);
// Whose words, on whose view, passed on by whom: "Francis Boyle (US analyst),
// on Sergey Lavrov's view"; "the reporter, on Vladimir Putin's view";
// "Donald Trump, via the Financial Times". A voice that speaks for no party
// shows its role.
std::string voice_words(const Evidence& e);
// The source as a reader knows it: "\"Title\" (Outlet)", or the file name
// when no sources file declares it.
std::string source_words(const Evidence& e);
// A date as precise as the source: "2024-09", "about 2025-10-16".
std::string when_words(const When& w);
// The government of a party: "Trump administration", or "" when none.
std::string government_name(const Party& party, int government);
// A change of government between the lenses of `from` and `to`, or "" when
// none. ids: "a change of government, not a move by us: the Biden
// administration until the Trump administration took office on 2025-01-20,
// carrying over what it had said as us_elect". Plain, from the second lens:
// "United States is represented by the Trump administration since 2025-01-20
// (before it, the Biden administration)"; with `carried_from`, the dataset
// that names the party it continues, also ", which took over the terms the
// Trump transition team had stated".
std::string government_change_words(const Party& party, Date from, Date to, Naming n = Naming::ids,
                                    const Dataset* carried_from = nullptr);
std::string priority_words(Priority p);   // "red line", "high"
std::string priority_phrase(Priority p);  // "a red line", "high priority"
std::string basis_words(Basis b);         // "on record", "inferred by the analyst"
// The terms a stance states, one clause each: "wants current_line",
// "accepts ua_all", "rules out ru_all", "accepts ru_all only if x.y and z.w".
std::vector<std::string> stance_clauses(const Catalog& cat, int issue, const Stance& st);
// The terms of one conditional acceptance's condition: "x.y and z.w".
std::string condition_words(const Catalog& cat, const Conditional& c);
// What a what-if assumes in place of a stated stance: "ASSUMED: rationale".
std::string assumed_words(const Stance& st);
// The line above a quote: "Donald Trump, 2025-10-17, reported, \"Title\" (Outlet)".
std::string citation_words(const Party& party, const Evidence& e);
// A party's stance heading: "ru (red line, since 2025-10-16)"; with the
// government when the party declares them: "us (high, since 2025-10-17;
// Trump administration)", "...; Trump administration, carried over from us_elect)".
std::string stance_heading(const Party& party, const Stance& st);

// --- rules, conflicts, standing ---
// "ceasefire.current_lines excludes donetsk.ru_all: the reason"
std::string rule_words(const Catalog& cat, int rule);
// "us, ua want ceasefire.current_lines; ru wants donetsk.ru_all"
std::string conflict_words(const Table& t, const CrossConflict& x);
// "agreement", "possible", "awaiting consent" or "blocked; opened by ru alone,
// or by ua and us together".
std::string state_words(const Table& t, const IssueState& s);
// Who could open a blocked issue by its own moves (the blocking sets): "opened
// by ru alone, or by ua and us together"; "no compared party can open it by
// its own moves"; with " (not proven: ...)" when the search did not finish.
// `by_name`: party names ("Russia alone"), as the briefing writes them.
std::string opened_by_words(const Table& t, const std::vector<std::vector<int>>& sets, bool proven,
                            bool by_name = false);
// The same as a sentence: "Opened by ru alone."
std::string opened_by_sentence(const Table& t, const std::vector<std::vector<int>>& sets, bool proven,
                               bool by_name = false);
// The parties of a set, "ru alone" or "ua and us together".
std::string opening_set_words(const Table& t, const std::vector<int>& set, bool by_name = false);
// What an option agreed on conditions rests on: "together with a.b and c.d"
// (the text writes "AGREED together with ...", the briefing "agreed ...").
std::string together_words(const Catalog& cat, const std::vector<Term>& terms);
// What changed in the agreed options of an issue: "agreement opens on
// current_lines; agreement closes on ru_all", or empty.
std::string agreed_change_words(const Issue& issue, OptionSet from, OptionSet to);
// "scenario-name (2025-10-20, what-if on base)"
std::string scenario_words(const Scenario& sc);

// --- deals and moves ---
// Where the parties stand on a term of a deal: "wanted by us, ua; accepted on
// a condition, met here, by ru; open for eu".
std::string support_words(const DealProblem& pb, Term t);
// A scenario's fairest deal in one line: the terms it settles, what stays
// open, what each party gets, and whether the ranking is proven.
std::string best_deal_words(const Table& t, const DealsResult& d);
// One move of a concession. ids, with its cost: "ru on donetsk: from ruling
// out current_line to accepting it; cost 4.00 (red line, 1 step from what it
// accepts)"; "us on long_range_weapons: consents to tomahawks_supplied, which
// it had not accepted; cost 3.00"; "ru on zaporizhzhia_kherson: from
// accepting current_line only if donetsk.ru_all to accepting it if donetsk.X
// instead; cost 2.00 (what it gives up)"; "ru on donetsk: CROSSES ITS RED LINE
// (must get donetsk.ru_all; the package leaves the issue open); cost 12.00". Plain,
// names and term codes without a cost (the briefing says the cost of the
// whole move set): "Russia stops ruling out `donetsk.current_line` (a red
// line, 1 step from what it accepts)"; "Alpha gives its consent to `aid.yes`
// (it had not accepted it)"; "Russia accepts `x.a` if `y.b` instead of if
// `y.c`"; "Russia crosses its red line on Control of Donetsk oblast (the
// package leaves it open)". A condition with alternatives reads "only if a or
// b" (plain: "without its condition (a or b)"). Term ids are code spans.
doc::Line move_line(const DealProblem& pb, const Move& m, Naming n);
// move_line's ids text.
std::string move_words(const DealProblem& pb, const Move& m);
// A move kind's names, from one table: `json`, its JSON "kind"
// ("lift_ruling_out", "drop_condition", "consent", "cross_red_line",
// "repoint_condition"); `word`, how the verdict's short list of moves says it
// ("ua lift donetsk.ru_all"; the others as in JSON); `before` and `after`,
// what a party does to the terms it moves on, in plain words ("stops ruling
// out " X, "accepts " X " without its condition").
struct MoveKindNames {
  Move::Kind kind;
  const char* json;
  const char* word;
  const char* before;
  const char* after;
};
const MoveKindNames& move_kind_names(Move::Kind k);
// A move set in one sentence, by party, for a summary: "Ukraine stops ruling
// out “Russia gets all of Donetsk” (a red line); Russia gives its consent to
// “Ceasefire”". Terms are quoted labels (an issue's title where the move
// leaves it open, and for a red line crossed); a lifted term says how much it
// mattered.
std::string move_set_summary(const DealProblem& pb, const MoveSet& m);
// When the package a move set opens is not individually rational: "not a
// deal: it leaves ua worse off than with no agreement (valued on the stances
// before the moves)"; empty when every party would sign it.
std::string opened_package_words(const DealProblem& pb, const MoveSet& m);
// The alternative conditions under which `slot` accepts `option` of `issue`,
// each a list of terms: [["donetsk.ru_all"], ["x.y", "z.w"]].
std::vector<std::vector<Term>> move_conditions(const DealProblem& pb, const Move& m);

}  // namespace positions
