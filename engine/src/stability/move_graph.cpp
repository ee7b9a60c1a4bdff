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

// One decision maker's hubs: key = a state's bits outside its reversible
// options; every key over the classes present and all values of its
// irreversible options, ascending.
struct Hubs {
  StateBits reversible = 0, irreversible = 0;
  std::vector<StateBits> keys;
  int index(StateBits key) const {
    return static_cast<int>(std::lower_bound(keys.begin(), keys.end(), key) - keys.begin());
  }
};

Hubs hubs_of(const Model& m, int dm, const Reversibility& rev) {
  Hubs h;
  const StateBits mine = option_bits(m, dm);
  h.irreversible = mine & (rev.forward_only | rev.backward_only);
  h.reversible = mine & ~h.irreversible;
  std::vector<StateBits> classes;
  for (StateBits s : m.states) classes.push_back(s & ~mine);
  std::sort(classes.begin(), classes.end());
  classes.erase(std::unique(classes.begin(), classes.end()), classes.end());
  for (StateBits c : classes) {
    // Every subset of the irreversible options, as bits.
    for (StateBits v = h.irreversible;; v = (v - 1) & h.irreversible) {
      h.keys.push_back(c | v);
      if (v == 0) break;
    }
  }
  std::sort(h.keys.begin(), h.keys.end());
  return h;
}

}  // namespace

std::vector<MoveGraph> build_hub_graphs(const Model& m) {
  const Reversibility rev(m);
  std::vector<Hubs> hubs;
  std::vector<std::uint32_t> first;  // first hub vertex of each decision maker
  std::uint32_t vertices = static_cast<std::uint32_t>(m.state_count());
  for (int d = 0; d < m.dm_count(); ++d) {
    hubs.push_back(hubs_of(m, d, rev));
    first.push_back(vertices);
    vertices += static_cast<std::uint32_t>(hubs.back().keys.size());
  }
  std::vector<MoveGraph> graphs;
  std::vector<std::pair<std::uint32_t, std::uint32_t>> edges;
  for (int d = 0; d < m.dm_count(); ++d) {
    const Hubs& h = hubs[d];
    edges.clear();
    auto hub = [&](StateBits key) { return first[d] + static_cast<std::uint32_t>(h.index(key)); };
    for (int s = 0; s < m.state_count(); ++s) edges.emplace_back(static_cast<std::uint32_t>(s), hub(m.states[s] & ~h.reversible));
    for (int s = 0; s < m.state_count(); ++s) edges.emplace_back(hub(m.states[s] & ~h.reversible), static_cast<std::uint32_t>(s));
    for (StateBits key : h.keys)
      for (StateBits bit = h.irreversible; bit != 0; bit &= bit - 1) {
        const StateBits b = bit & (~bit + 1);
        // Forward-only: no -> yes; backward-only: yes -> no.
        if ((rev.forward_only & b) && !(key & b)) edges.emplace_back(hub(key), hub(key | b));
        if ((rev.backward_only & b) && (key & b)) edges.emplace_back(hub(key), hub(key & ~b));
      }
    std::sort(edges.begin(), edges.end());
    graphs.push_back(MoveGraph(boost::edges_are_sorted, edges.begin(), edges.end(), vertices));
  }
  return graphs;
}

std::vector<MoveGraph> build_improvement_hub_graphs(const Model& m) {
  const Reversibility rev(m);
  const int S = m.state_count();
  // Per decision maker: its cliques (states sorted by key, then payoff) and
  // one hub per (clique, payoff level).
  struct Levels {
    std::vector<StateBits> keys;          // distinct keys, ascending
    std::vector<std::uint32_t> level_at;  // per key: its first level (index into level_payoff)
    std::vector<std::int64_t> level_payoff;
    std::vector<std::uint32_t> level_key;  // per level: its key index
  };
  std::vector<Levels> all(m.dm_count());
  std::vector<std::uint32_t> first(m.dm_count());
  std::vector<std::vector<std::uint32_t>> order(m.dm_count());
  std::uint32_t vertices = static_cast<std::uint32_t>(S);
  std::vector<StateBits> reversible(m.dm_count()), irreversible(m.dm_count());
  for (int d = 0; d < m.dm_count(); ++d) {
    const StateBits mine = option_bits(m, d);
    irreversible[d] = mine & (rev.forward_only | rev.backward_only);
    reversible[d] = mine & ~irreversible[d];
    const auto& u = m.payoff[d];
    auto key = [&](std::uint32_t s) { return m.states[s] & ~reversible[d]; };
    std::vector<std::uint32_t>& o = order[d];
    o.resize(S);
    for (int s = 0; s < S; ++s) o[s] = static_cast<std::uint32_t>(s);
    std::sort(o.begin(), o.end(), [&](std::uint32_t a, std::uint32_t b) {
      return key(a) != key(b) ? key(a) < key(b) : u[a] != u[b] ? u[a] < u[b] : a < b;
    });
    Levels& l = all[d];
    for (std::uint32_t s : o) {
      if (l.keys.empty() || l.keys.back() != key(s)) {
        l.keys.push_back(key(s));
        l.level_at.push_back(static_cast<std::uint32_t>(l.level_payoff.size()));
        l.level_payoff.push_back(u[s]);
        l.level_key.push_back(static_cast<std::uint32_t>(l.keys.size() - 1));
      } else if (l.level_payoff.back() != u[s]) {
        l.level_payoff.push_back(u[s]);
        l.level_key.push_back(static_cast<std::uint32_t>(l.keys.size() - 1));
      }
    }
    l.level_at.push_back(static_cast<std::uint32_t>(l.level_payoff.size()));  // end of the last key
    first[d] = vertices;
    vertices += static_cast<std::uint32_t>(l.level_payoff.size());
  }
  std::vector<MoveGraph> graphs;
  std::vector<std::pair<std::uint32_t, std::uint32_t>> edges;
  for (int d = 0; d < m.dm_count(); ++d) {
    const Levels& l = all[d];
    const auto& u = m.payoff[d];
    edges.clear();
    // Levels -> members, and each level -> the next of its clique.
    std::uint32_t level = 0;
    StateBits last_key = 0;
    bool started = false;
    for (std::uint32_t s : order[d]) {
      const StateBits k = m.states[s] & ~reversible[d];
      if (!started || k != last_key) {
        level = l.level_at[std::lower_bound(l.keys.begin(), l.keys.end(), k) - l.keys.begin()];
        last_key = k;
        started = true;
      } else if (l.level_payoff[level] != u[s]) {
        ++level;
      }
      edges.emplace_back(first[d] + level, s);
    }
    for (std::uint32_t j = 0; j + 1 < l.level_payoff.size(); ++j)
      if (l.level_key[j] == l.level_key[j + 1]) edges.emplace_back(first[d] + j, first[d] + j + 1);
    // Each state -> the first level above its payoff in every clique it may move to.
    for (int s = 0; s < S; ++s) {
      const StateBits from = m.states[s];
      const StateBits k = from & ~reversible[d];
      // The irreversible options that may change from here, and each subset of them.
      const StateBits free = irreversible[d] & rev.may_flip(from);
      for (StateBits flip = free;; flip = (flip - 1) & free) {
        const StateBits target = k ^ flip;
        const auto it = std::lower_bound(l.keys.begin(), l.keys.end(), target);
        if (it != l.keys.end() && *it == target) {
          const std::size_t ki = it - l.keys.begin();
          const auto lo = l.level_payoff.begin() + l.level_at[ki], hi = l.level_payoff.begin() + l.level_at[ki + 1];
          const auto above = std::upper_bound(lo, hi, u[s]);
          if (above != hi)
            edges.emplace_back(static_cast<std::uint32_t>(s),
                               first[d] + static_cast<std::uint32_t>(above - l.level_payoff.begin()));
        }
        if (flip == 0) break;
      }
    }
    std::sort(edges.begin(), edges.end());
    graphs.push_back(MoveGraph(boost::edges_are_sorted, edges.begin(), edges.end(), vertices));
  }
  return graphs;
}

Moves::Moves(const Model& m) : states_(m.states), index_(dense_index(m)), rev_(m) {
  for (int d = 0; d < m.dm_count(); ++d) mine_.push_back(option_bits(m, d));
}

std::vector<MoveGraph> build_move_graphs(const Model& m) {
  const std::vector<std::int32_t> index = dense_index(m);
  const Reversibility rev(m);
  std::vector<MoveGraph> graphs;
  graphs.reserve(m.dms.size());
  for (int d = 0; d < m.dm_count(); ++d) graphs.push_back(moves_of(m, d, index, rev));
  return graphs;
}

}  // namespace positions::stability
