#include "term_graph.hpp"

#include <boost/graph/connected_components.hpp>

namespace positions {

TermModel::TermModel(const Catalog& catalog, const Table* table)
    : issues_(static_cast<int>(catalog.issues.size())) {
  // Vertices in catalog order, so descriptors and every output stay deterministic.
  for (int i = 0; i < issues_; ++i) {
    first_.push_back(boost::num_vertices(graph_));
    for (int o = 0; o < static_cast<int>(catalog.issues[i].options.size()); ++o)
      boost::add_vertex(TermVertex{Term{i, o}}, graph_);
  }
  for (int r = 0; r < static_cast<int>(catalog.rules.size()); ++r) {
    const Rule& rule = catalog.rules[r];
    TermEdge e;
    e.kind = rule.kind == RuleKind::excludes ? EdgeKind::excludes : EdgeKind::needs;
    e.rule = r;
    boost::add_edge(vertex(rule.term), vertex(rule.other), e, graph_);
  }
  if (!table) return;
  for (int slot = 0; slot < table->slots(); ++slot) {
    for (int i = 0; i < issues_; ++i) {
      const Stance* st = table->at[slot][i].stance;
      if (!st) continue;
      for (int c = 0; c < static_cast<int>(st->conditional.size()); ++c) {
        const Conditional& cond = st->conditional[c];
        for (int o : options_in(cond.accepts))
          for (Term t : cond.if_all) {
            TermEdge e;
            e.kind = EdgeKind::conditional;
            e.slot = slot;
            e.condition = c;
            boost::add_edge(vertex(Term{i, o}), vertex(t), e, graph_);
          }
      }
    }
  }
}

std::vector<std::vector<int>> TermModel::issue_components() const {
  // connected_components needs an undirected graph: build the issue graph.
  using IssueGraph = boost::adjacency_list<boost::vecS, boost::vecS, boost::undirectedS>;
  IssueGraph g(issues_);
  for (auto [it, end] = boost::edges(graph_); it != end; ++it) {
    int a = graph_[boost::source(*it, graph_)].term.issue;
    int b = graph_[boost::target(*it, graph_)].term.issue;
    if (a != b) boost::add_edge(a, b, g);
  }
  std::vector<int> comp(issues_);
  int n = issues_ ? boost::connected_components(g, comp.data()) : 0;
  // Renumber by first issue so the order does not depend on the algorithm.
  std::vector<int> renumber(n, -1);
  std::vector<std::vector<int>> out;
  for (int i = 0; i < issues_; ++i) {
    if (renumber[comp[i]] < 0) {
      renumber[comp[i]] = static_cast<int>(out.size());
      out.emplace_back();
    }
    out[renumber[comp[i]]].push_back(i);
  }
  return out;
}

}  // namespace positions
