#include "least_reachable.hpp"

#include <algorithm>
#include <limits>

namespace positions::stability {

namespace {

// The rows of a compressed sparse row graph: out-edges of v are the columns
// m_rowstart[v] .. m_rowstart[v + 1]. Reading the arrays directly keeps the
// traversal frame to two integers.
struct Rows {
  const std::uint32_t* start;
  const std::uint32_t* column;
  explicit Rows(const MoveGraph& g)
      : start(g.m_forward.m_rowstart.data()), column(g.m_forward.m_column.data()) {}
};

constexpr std::uint32_t unvisited = std::numeric_limits<std::uint32_t>::max();

// Iterative Tarjan: components complete in reverse topological order, so when
// a component completes every component it reaches already holds its final
// minimum, and one pass over the edges computes all minima: O(V + E) time per
// focal decision maker and kind, O(V * weights) memory beyond the graphs.
class Search {
 public:
  Search(const std::vector<MoveGraph>& graphs, const std::vector<std::vector<std::int64_t>>& payoff,
         int focal, MoveKind kind, const std::vector<const std::vector<std::int64_t>*>& weights)
      : payoff_(payoff), kind_(kind), weights_(weights) {
    for (int d = 0; d < static_cast<int>(graphs.size()); ++d)
      if (d != focal) {
        movers_.push_back(d);
        rows_.emplace_back(graphs[d]);
      }
    n_ = graphs.empty() ? 0 : static_cast<std::uint32_t>(num_vertices(graphs[0]));
    order_.assign(n_, unvisited);
    low_.assign(n_, 0);
    on_stack_.assign(n_, false);
    // Vertices past the weights are hubs (build_hub_graphs), not states:
    // they weigh more than any state, so no minimum is ever a hub.
    best_.resize(weights.size());
    for (std::size_t w = 0; w < weights.size(); ++w) {
      best_[w].assign(n_, {std::numeric_limits<std::int64_t>::max(), unvisited});
      for (std::uint32_t s = 0; s < weights[w]->size(); ++s) best_[w][s] = {(*weights[w])[s], s};
    }
  }

  std::vector<std::vector<Reached>> run() {
    for (std::uint32_t s = 0; s < n_; ++s)
      if (order_[s] == unvisited) visit(s);
    return std::move(best_);
  }

 private:
  struct Frame {
    std::uint32_t v;
    std::uint32_t mover;  // index into movers_
    std::uint32_t pos;    // next column in that mover's row
  };

  void open(std::uint32_t v) {
    order_[v] = low_[v] = counter_++;
    stack_.push_back(v);
    on_stack_[v] = true;
    frames_.push_back({v, 0, movers_.empty() ? 0 : rows_[0].start[v]});
  }

  void fold(std::uint32_t into, std::uint32_t from) {
    for (auto& b : best_)
      if (b[from] < b[into]) b[into] = b[from];
  }

  // The next successor of the top frame, or unvisited when it has none left.
  std::uint32_t next(Frame& f) {
    while (f.mover < movers_.size()) {
      const Rows& r = rows_[f.mover];
      const std::uint32_t end = r.start[f.v + 1];
      while (f.pos < end) {
        const std::uint32_t t = r.column[f.pos++];
        if (kind_ == MoveKind::any) return t;
        const auto& u = payoff_[movers_[f.mover]];
        if (u[t] > u[f.v]) return t;
      }
      if (++f.mover < movers_.size()) f.pos = rows_[f.mover].start[f.v];
    }
    return unvisited;
  }

  void visit(std::uint32_t root) {
    open(root);
    while (!frames_.empty()) {
      Frame& f = frames_.back();
      const std::uint32_t v = f.v;
      const std::uint32_t t = next(f);
      if (t != unvisited) {
        if (order_[t] == unvisited) open(t);  // f may dangle from here
        else if (on_stack_[t]) low_[v] = std::min(low_[v], order_[t]);
        else fold(v, t);  // t's component is complete: its minimum is final
        continue;
      }
      frames_.pop_back();
      if (low_[v] == order_[v]) complete(v);
      if (!frames_.empty()) {
        const std::uint32_t parent = frames_.back().v;
        if (on_stack_[v]) low_[parent] = std::min(low_[parent], low_[v]);
        else fold(parent, v);
      }
    }
  }

  // v roots a component: its members' minimum is the component's.
  void complete(std::uint32_t v) {
    auto first = stack_.end();
    do --first;
    while (*first != v);
    for (auto it = first; it != stack_.end(); ++it) fold(v, *it);
    for (auto it = first; it != stack_.end(); ++it) {
      on_stack_[*it] = false;
      for (auto& b : best_) b[*it] = b[v];
    }
    stack_.erase(first, stack_.end());
  }

  const std::vector<std::vector<std::int64_t>>& payoff_;
  MoveKind kind_;
  const std::vector<const std::vector<std::int64_t>*>& weights_;
  std::vector<int> movers_;
  std::vector<Rows> rows_;
  std::uint32_t n_ = 0;
  std::uint32_t counter_ = 0;
  std::vector<std::uint32_t> order_, low_;
  std::vector<bool> on_stack_;
  std::vector<std::uint32_t> stack_;
  std::vector<Frame> frames_;
  std::vector<std::vector<Reached>> best_;
};

}  // namespace

std::vector<std::vector<Reached>> least_reachable(
    const std::vector<MoveGraph>& graphs, const std::vector<std::vector<std::int64_t>>& payoff,
    int focal, MoveKind kind, const std::vector<const std::vector<std::int64_t>*>& weights) {
  return Search(graphs, payoff, focal, kind, weights).run();
}

}  // namespace positions::stability
