// The words of the stability reports: every sentence that text, JSON and
// DOT print is made here, from the analysis' data. Private to the library.
#pragma once

#include <string>

#include "positions/stability.hpp"

namespace positions::stability {

// "state 3 (YNN)"
std::string state_words(const Model& m, int state);
// "Nash, GMR and SEQ", or "none"
std::string concepts_where_equilibrium(const Analysis& a, int state);
std::string coalition_words(const Model& m, int state, const CoalitionVerdict& v);
std::string path_words(const Model& m, const Path& p);

}  // namespace positions::stability
