// The least-preferred state the opponents of one decision maker can reach:
// a dynamic programme over the strongly connected components of the
// opponents' move graph (docs/stability.md, "Method"). Private to the
// stability library.
#pragma once

#include <cstdint>
#include <vector>

#include "move_graph.hpp"

namespace positions::stability {

// A weight and the state that has it; ordered by weight, then by state, so
// ties resolve the same way on every run.
struct Reached {
  std::int64_t weight;
  std::uint32_t state;
  bool operator<(const Reached& o) const {
    return weight != o.weight ? weight < o.weight : state < o.state;
  }
};

enum class MoveKind { any, improvements };

// For every start state s and every weight vector w in `weights`:
// result[w][s] is the minimum of (w[t], t) over s and the states t the
// decision makers other than `focal` reach from s by a legal sequence of
// moves (with MoveKind::improvements, of unilateral improvements, each for
// the decision maker making it).
//
// A legal sequence forbids one decision maker moving twice in a row; the
// textbook DP runs over states augmented with who moved last. Each decision
// maker's moves here are transitive (two moves of the same options compose
// into one move, and two improvements into one improvement), so two
// consecutive moves by one decision maker reach nothing a single move does
// not: the augmented graph's reachable states are those of the plain union
// graph, and the DP runs on that quotient, one vertex per state. The
// property test checks this against the textbook definition.
//
// REQUIRES: `graphs` and `payoff` describe the same model (payoff[d][s]).
std::vector<std::vector<Reached>> least_reachable(
    const std::vector<MoveGraph>& graphs, const std::vector<std::vector<std::int64_t>>& payoff,
    int focal, MoveKind kind, const std::vector<const std::vector<std::int64_t>*>& weights);

}  // namespace positions::stability
