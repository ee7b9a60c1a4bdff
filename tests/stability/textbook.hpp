// The textbook definitions, implemented directly for the property test:
// moves from the options, opponents' reachable sets by enumerating legal
// sequences (no decision maker moves twice in a row) over (state, last
// mover) pairs, and the four stability concepts and coalition Nash as their
// quantified definitions (Fang, Hipel and Kilgour 1993, ch. 3; Kilgour et al.
// 2001). Deliberately naive: no shared code with the engine's analysis.
#pragma once

#include <vector>

#include "positions/stability.hpp"

namespace positions::stability::textbook {

struct Result {
  // stable[concept][dm][state]
  std::vector<std::vector<std::vector<bool>>> stable;
  std::vector<bool> coalition_stable;  // no coalition improvement
};

Result analyse(const Model& m);

// The states the decision makers in `movers` reach from s by a legal
// sequence of at least one move (of improvements only, if asked).
std::vector<bool> reachable(const Model& m, const std::vector<int>& movers, int s, bool improvements);
std::vector<int> moves(const Model& m, const std::vector<int>& movers, int s);

}  // namespace positions::stability::textbook
