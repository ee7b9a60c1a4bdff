// The state graph as DOT: one node per feasible state (s1, s2, ... with the
// pattern in the label; names are escaped here, see NOTES-cpp.md), one edge
// per unilateral improvement, coloured by decision maker; equilibria under
// every concept are drawn double.
#include <boost/graph/compressed_sparse_row_graph.hpp>

#include "move_graph.hpp"
#include "stability_words.hpp"

namespace positions::stability {

namespace {

std::string escape(const std::string& s) {
  std::string out;
  for (char c : s) {
    if (c == '"' || c == '\\') out += '\\';
    if (c == '\n') out += "\\n";
    else out += c;
  }
  return out;
}

const char* const colours[] = {"#1f77b4", "#d62728", "#2ca02c", "#9467bd", "#ff7f0e", "#8c564b", "#e377c2", "#7f7f7f"};

}  // namespace

void write_stability_dot(std::ostream& out, const Model& m, const Analysis& a) {
  if (m.state_count() > dot_limit)
    throw Error(Location{m.source}, "the state graph has " + std::to_string(m.state_count()) +
                                        " states; DOT is drawn for at most " + std::to_string(dot_limit),
                "use --format text or json");
  const std::vector<MoveGraph> graphs = build_move_graphs(m);
  out << "digraph states {\n  rankdir=LR;\n  node [shape=box, fontname=\"Helvetica\"];\n";
  for (int s = 0; s < m.state_count(); ++s) {
    const std::string eq = concepts_where_equilibrium(a, s);
    out << "  s" << s + 1 << " [label=\"" << s + 1 << "\\n" << m.pattern(s);
    if (eq != "none") out << "\\n" << escape(eq);
    out << "\"";
    if (std::binary_search(a.equilibria[1].begin(), a.equilibria[1].end(), s) &&
        std::binary_search(a.equilibria[3].begin(), a.equilibria[3].end(), s))
      out << ", peripheries=2";
    if (s == m.status_quo) out << ", style=bold";
    out << "];\n";
  }
  for (int d = 0; d < m.dm_count(); ++d)
    for (int s = 0; s < m.state_count(); ++s)
      for (auto e : boost::make_iterator_range(out_edges(static_cast<std::uint32_t>(s), graphs[d]))) {
        const auto t = target(e, graphs[d]);
        if (m.payoff[d][t] > m.payoff[d][s])
          out << "  s" << s + 1 << " -> s" << t + 1 << " [color=\"" << colours[d % 8] << "\", label=\""
              << escape(m.dms[d].name) << "\"];\n";
      }
  out << "}\n";
}

}  // namespace positions::stability
