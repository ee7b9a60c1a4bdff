#include "move_graph.hpp"

#include <algorithm>
#include <utility>

namespace positions::stability {

Reversibility::Reversibility(const Model& m) {
  for (std::size_t k = 0; k < m.options.size(); ++k) {
    if (m.options[k].direction == Direction::forward_only) forward_only |= StateBits{1} << k;
    if (m.options[k].direction == Direction::backward_only) backward_only |= StateBits{1} << k;
  }
}

StateBits option_bits(const Model& m, int dm) {
  StateBits bits = 0;
  for (int k : m.dms[dm].options) bits |= StateBits{1} << k;
  return bits;
}

namespace {

// The feasible index of every bit pattern, -1 when infeasible: a flat array
// of 2^options ints, so a move's target is found in one load.
std::vector<std::int32_t> dense_index(const Model& m) {
  std::vector<std::int32_t> index(std::size_t{1} << m.options.size(), -1);
  for (int n = 0; n < m.state_count(); ++n) index[m.states[n]] = n;
  return index;
}

MoveGraph moves_of(const Model& m, int dm, const std::vector<std::int32_t>& index,
                   const Reversibility& rev) {
  const StateBits mine = option_bits(m, dm);
  std::vector<std::pair<std::uint32_t, std::uint32_t>> edges;
  std::vector<std::uint32_t> targets;
  for (int s = 0; s < m.state_count(); ++s) {
    const StateBits from = m.states[s];
    const StateBits free = mine & rev.may_flip(from);
    targets.clear();
    // Every non-empty subset of the options it may flip, as one move.
    for (StateBits flip = free; flip != 0; flip = (flip - 1) & free) {
      const std::int32_t t = index[from ^ flip];
      if (t >= 0) targets.push_back(static_cast<std::uint32_t>(t));
    }
    std::sort(targets.begin(), targets.end());
    for (std::uint32_t t : targets) edges.emplace_back(static_cast<std::uint32_t>(s), t);
  }
  return MoveGraph(boost::edges_are_sorted, edges.begin(), edges.end(),
                   static_cast<std::uint32_t>(m.state_count()));
}

}  // namespace

std::vector<MoveGraph> build_move_graphs(const Model& m) {
  const std::vector<std::int32_t> index = dense_index(m);
  const Reversibility rev(m);
  std::vector<MoveGraph> graphs;
  graphs.reserve(m.dms.size());
  for (int d = 0; d < m.dm_count(); ++d) graphs.push_back(moves_of(m, d, index, rev));
  return graphs;
}

}  // namespace positions::stability
