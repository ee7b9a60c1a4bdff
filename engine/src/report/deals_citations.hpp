// The stances a deals report cites: every stance behind a settled term of a
// listed deal, and every stance a concession moves. Shared by both writers.
#pragma once

#include <set>
#include <utility>

#include "deal_analysis.hpp"

namespace positions {

// (issue, slot) pairs, in catalog order, then slot order.
inline std::set<std::pair<int, int>> cited_stances(const DealAnalysis& a, size_t deals) {
  std::set<std::pair<int, int>> out;
  const DealProblem& pb = a.problem;
  for (size_t k = 0; k < std::min(deals, a.deals.deals.size()); ++k) {
    const Package& x = a.deals.deals[k].package;
    for (int i = 0; i < pb.issues; ++i) {
      if (x[i] == kOpen) continue;
      for (int s = 0; s < pb.parties; ++s) {
        const Stand st = stand(pb, s, {i, x[i]});
        if (st == Stand::wants || st == Stand::accepts || st == Stand::accepts_on_condition) out.insert({i, s});
      }
    }
  }
  auto moves = [&](const Concession& c) {
    for (const MoveSet& m : c.alternatives)
      for (const Move& mv : m.moves)
        if (pb.at[mv.slot][mv.issue].stance) out.insert({mv.issue, mv.slot});  // a silent decider cites nothing
  };
  for (const MoveSet& m : a.verdict.cheapest_moves)
    for (const Move& mv : m.moves)
      if (pb.at[mv.slot][mv.issue].stance) out.insert({mv.issue, mv.slot});
  for (const Concession& c : a.concessions.blocked) moves(c);
  moves(a.concessions.whole_table);
  return out;
}

}  // namespace positions
