// The engine's model of the terms as a Boost graph: one vertex per term
// (issue, option), edges for the catalog's cross-issue rules and for the
// compared parties' conditional acceptances.
#pragma once

#include <boost/graph/adjacency_list.hpp>

#include <vector>

#include "table.hpp"

namespace positions {

enum class EdgeKind {
  excludes,     // the two terms cannot both hold (stored once, in the rule's direction)
  needs,        // source holds only if target holds
  conditional,  // party accepts source only if target holds
};

struct TermVertex {
  Term term;
};

struct TermEdge {
  EdgeKind kind = EdgeKind::excludes;
  int rule = -1;  // index in catalog.rules for excludes/requires
  int slot = -1;  // party slot in the table for conditional edges
  int condition = -1;  // index in the stance's conditional list
};

using TermGraph = boost::adjacency_list<boost::vecS, boost::vecS, boost::bidirectionalS,
                                        TermVertex, TermEdge>;
using TermVertexId = boost::graph_traits<TermGraph>::vertex_descriptor;

class TermModel {
 public:
  // Conditional edges come from the table's stances; pass nullptr for the
  // catalog's rules alone.
  TermModel(const Catalog& catalog, const Table* table);

  const TermGraph& graph() const { return graph_; }
  TermVertexId vertex(Term t) const { return first_[t.issue] + t.option; }
  Term term(TermVertexId v) const { return graph_[v].term; }

  // Issues linked by any edge share a component; each component can be
  // searched for deals on its own. Components are numbered in catalog order of
  // their first issue, and each lists its issues in catalog order.
  std::vector<std::vector<int>> issue_components() const;

 private:
  TermGraph graph_;
  std::vector<TermVertexId> first_;  // first vertex of each issue
  int issues_ = 0;
};

}  // namespace positions
