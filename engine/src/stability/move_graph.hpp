// The state graph: one Boost.Graph move graph per decision maker, over the
// feasible states (vertex n is Model::states[n]). An edge s -> t is a
// unilateral move: t differs from s only in options the decision maker
// controls, every changed option may change that way (irreversibility), and
// t is feasible. Private to the stability library.
#pragma once

#include <boost/graph/compressed_sparse_row_graph.hpp>
#include <boost/range/iterator_range.hpp>

#include <cstdint>
#include <vector>

#include "positions/stability.hpp"

namespace positions::stability {

// Compressed sparse rows with 32-bit vertices and edge offsets: 4 bytes per
// move, which is what lets 2^20 states fit (docs/stability.md, "Speed").
using MoveGraph = boost::compressed_sparse_row_graph<boost::directedS, boost::no_property,
                                                     boost::no_property, boost::no_property,
                                                     std::uint32_t, std::uint32_t>;

// Which option bits may flip from a state: an option that is forward-only
// cannot leave "yes", a backward-only one cannot leave "no".
struct Reversibility {
  StateBits forward_only = 0;
  StateBits backward_only = 0;
  explicit Reversibility(const Model& m);
  StateBits may_flip(StateBits s) const { return ~((forward_only & s) | (backward_only & ~s)); }
};

StateBits option_bits(const Model& m, int dm);

// A decision maker's moves from a state, enumerated when asked instead of
// stored (the focal decision maker's own moves are read once per state), in
// no particular order.
class Moves {
 public:
  explicit Moves(const Model& m);
  template <class F>
  void each(int dm, std::uint32_t s, F&& f) const {
    const StateBits from = states_[s];
    const StateBits free = mine_[dm] & rev_.may_flip(from);
    for (StateBits flip = free; flip != 0; flip = (flip - 1) & free) {
      const std::int32_t t = index_[from ^ flip];
      if (t >= 0) f(static_cast<std::uint32_t>(t));
    }
  }

 private:
  const std::vector<StateBits>& states_;
  std::vector<std::int32_t> index_;
  Reversibility rev_;
  std::vector<StateBits> mine_;
};

// Every decision maker's moves, in decision maker order; the targets of each
// state are ascending, so traversals are deterministic.
std::vector<MoveGraph> build_move_graphs(const Model& m);

// The same reachability with hub vertices instead of cliques, for the "any
// move" pass: a decision maker's states that agree on every option but its
// reversible ones can all reach each other in one move, so each such class
// (fixed other options, fixed values of its irreversible options) gets a hub
// vertex: s -> hub(s) -> every member, and hub -> the hubs its irreversible
// options may move to (one option at a time; chains compose). Vertices
// 0..S-1 are the states, then every decision maker's hubs; every graph has
// all of them, so the graphs share one vertex set. About 2 edges per state
// and decision maker instead of 2^m - 1. Hubs are not states: a search must
// give them no weight.
std::vector<MoveGraph> build_hub_graphs(const Model& m);

// The same for unilateral improvements (the SEQ pass): within each clique
// the members are sorted by the mover's payoff into levels, hub j -> the
// members of level j and -> hub j + 1, and s -> the first level above its own
// payoff in its clique and in every clique its irreversible options may move
// it to. Vertices as in build_hub_graphs (states first, then hubs).
std::vector<MoveGraph> build_improvement_hub_graphs(const Model& m);

}  // namespace positions::stability
