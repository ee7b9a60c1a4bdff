// The briefing's two graphs as Graphviz DOT text. Ids are generated (p0, p1,
// t3_0), never taken from the data; every name is in a quoted, escaped label,
// so a party or issue called `node`, `"x"` or `a\b` cannot break the file.
#pragma once

#include <ostream>
#include <string>
#include <string_view>

#include "briefing.hpp"

namespace positions {

// Parties as nodes; one edge per pair that collides on an issue (solid red),
// only across issues (solid orange), or only overlaps (dashed green), labelled
// with the issues. Pen width = 1 + 0.5 x (collide weight + cross-issue
// conflicts), at most 8.
void write_party_graph_dot(std::ostream& out, const Briefing& b);

// The terms of the contested issues, boxed by issue; the catalog's excludes and
// requires edges and the parties' conditional offers between them; terms
// ruled out by someone in red, agreed terms in green.
void write_term_graph_dot(std::ostream& out, const Briefing& b);
// One contested issue's terms, and the terms of other issues its links reach
// (named only), so that each graph stays small enough to print legibly.
void write_term_graph_dot(std::ostream& out, const Briefing& b, int issue);

// Both graphs, one after the other (`dot -Tsvg -O FILE` draws each).
void write_report_dot(std::ostream& out, const Briefing& b);

// Text for inside a double-quoted DOT string: `"` and `\` escaped, line
// breaks and other control characters turned into spaces.
std::string dot_escape(std::string_view text);

}  // namespace positions
