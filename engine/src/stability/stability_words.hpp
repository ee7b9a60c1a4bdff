// The words of the stability reports: every sentence that text, JSON and
// DOT print is made here, from the analysis' data. Private to the library.
#pragma once

#include <string>
#include <vector>

#include "positions/stability.hpp"

namespace positions::stability {

// "state 3 (YNN)"
std::string state_words(const Model& m, int state);
// "Nash, GMR and SEQ", or "none"
std::string concepts_where_equilibrium(const Analysis& a, int state);
std::string coalition_words(const Model& m, int state, const CoalitionVerdict& v);
std::string path_words(const Model& m, const Path& p);

}  // namespace positions::stability

// The words of a derived model (derive.hpp).
namespace positions {
struct Table;
struct DealProblem;
}  // namespace positions
namespace positions::stability {

struct Derived;
struct NoModel;
struct DeriveOptions;

std::string derived_model_name(const Table& t, const std::vector<int>& issues);
std::string derived_model_source(const Table& t);
std::string consent_option_id(const Table& t, int slot, int issue, int option);
std::string consent_option_label(const Table& t, int slot, int issue, int option);
// What a derived model covers, its status quo, the options nobody compared
// can settle, and the groups it leaves out.
std::vector<std::string> derived_notes(const DealProblem& pb, const Derived& d, const DeriveOptions& options);
// "border.a_keeps, truce.no settled", or "nothing settled".
std::string settled_words(const Table& t, const std::vector<int>& package);
// "every group of linked issues is too large ..." / "no covered option ...".
std::string no_model_words(const DealProblem& pb, const NoModel& none, const DeriveOptions& options);
Error no_model_error(const DealProblem& pb, const NoModel& none, const DeriveOptions& options);

}  // namespace positions::stability
