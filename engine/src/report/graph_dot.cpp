#include "graph_dot.hpp"

#include <algorithm>
#include <cstdio>
#include <set>

#include "text_layout.hpp"

namespace positions {

namespace {

constexpr const char* kRed = "#cf222e";
constexpr const char* kGreen = "#1a7f37";
constexpr const char* kOrange = "#bc4c00";

std::string quoted(std::string_view text) { return '"' + dot_escape(text) + '"'; }

// Lines of a label, each escaped, joined by DOT's own line break.
std::string label(const std::vector<std::string>& lines) {
  std::string out = "\"";
  for (size_t i = 0; i < lines.size(); ++i) out += (i ? "\\n" : "") + dot_escape(lines[i]);
  return out + '"';
}

std::string fixed(double v, const char* format) {
  char buf[32];
  std::snprintf(buf, sizeof buf, format, v);
  return buf;
}

// Sizes chosen for print: the briefing draws a graph at most the page's
// content width (A4 less margins, about 510 pt); a graph that fits is drawn at
// its own size, so 11 pt stays 11 pt, and none of its text is under 8 pt.
void header(std::ostream& out, const char* kind, const std::string& name, const std::string& title) {
  out << kind << ' ' << name << " {\n"
      << "  graph [charset=\"UTF-8\", fontname=\"Helvetica\", fontsize=13, labelloc=t, label=" << quoted(title)
      << "];\n"
      << "  node [fontname=\"Helvetica\", fontsize=12, shape=box, style=\"rounded,filled\", fillcolor=\"#f6f8fa\"];\n"
      << "  edge [fontname=\"Helvetica\", fontsize=11];\n";
}

// Text broken into lines of at most `width` characters, for a node's label.
std::vector<std::string> wrapped(const std::string& text, int width) {
  std::vector<std::string> lines;
  std::string all = wrap(text, "", "", width);
  size_t start = 0;
  while (start <= all.size()) {
    const size_t end = all.find('\n', start);
    std::string line = all.substr(start, end == std::string::npos ? std::string::npos : end - start);
    if (!line.empty()) lines.push_back(std::move(line));
    if (end == std::string::npos) break;
    start = end + 1;
  }
  return lines;
}

}  // namespace

std::string dot_escape(std::string_view text) {
  std::string out;
  for (char c : text) {
    if (c == '"' || c == '\\') {
      out += '\\';
      out += c;
    } else if (static_cast<unsigned char>(c) < 0x20 || c == 0x7f) {
      out += ' ';
    } else {
      out += c;
    }
  }
  return out;
}

void write_party_graph_dot(std::ostream& out, const Briefing& b) {
  const Table& t = *b.table;
  const Catalog& cat = t.catalog();
  header(out, "graph", "parties", "Who collides with whom, as of " + t.as_of.str());
  // Two parties side by side; more top to bottom, which keeps the drawing
  // narrow enough for the page at full size; dot places each edge's label
  // apart from the others.
  if (t.slots() <= 2) out << "  graph [rankdir=LR, nodesep=0.5, ranksep=1.6];\n";
  else out << "  graph [nodesep=0.4, ranksep=0.45];\n";
  for (int s = 0; s < t.slots(); ++s)
  {
    std::vector<std::string> lines = wrapped(t.party(s).name, 22);
    lines.push_back("(" + t.party(s).code + ")");
    out << "  p" << s << " [label=" << label(lines) << "];\n";
  }
  // Short labels: the one issue (its id), or a count; the issues themselves
  // are in the briefing's table of pairs.
  auto issues = [&](const char* what, const std::vector<int>& list) {
    if (list.size() == 1) return std::string(what) + ": " + cat.issues[list[0]].id;
    return std::string(what) + " on " + std::to_string(list.size()) + " issues";
  };
  for (const auto& e : b.edges) {
    if (e.collide.empty() && e.cross.empty() && e.overlap.empty()) continue;
    // One line: what joins them, and how close they stand.
    std::string what;
    if (!e.collide.empty()) what = issues("collide", e.collide);
    else if (!e.cross.empty())
      what = e.cross.size() == 1 ? "1 conflict across issues"
                                 : std::to_string(e.cross.size()) + " conflicts across issues";
    else what = issues("overlap", e.overlap);
    std::vector<std::string> lines{what};
    if (e.closeness) lines.push_back("closeness " + fixed(*e.closeness, "%+.2f"));
    out << "  p" << e.a << " -- p" << e.b << " [label=" << label(lines);
    const double width = std::min(8.0, 1.0 + 0.5 * (e.collide_weight + static_cast<double>(e.cross.size())));
    if (!e.collide.empty())
      out << ", color=\"" << kRed << "\", fontcolor=\"" << kRed << "\", penwidth=" << fixed(width, "%.2f");
    else if (!e.cross.empty())
      out << ", color=\"" << kOrange << "\", fontcolor=\"" << kOrange << "\", penwidth=" << fixed(width, "%.2f");
    else
      out << ", color=\"" << kGreen << "\", fontcolor=\"" << kGreen << "\", style=dashed";
    out << "];\n";
  }
  out << "}\n";
}

void write_term_graph_dot(std::ostream& out, const Briefing& b) { write_term_graph_dot(out, b, -1); }

void write_term_graph_dot(std::ostream& out, const Briefing& b, int only) {
  const Table& t = *b.table;
  const Catalog& cat = t.catalog();
  const Comparison& c = *b.comparison;
  const std::string name = only < 0 ? "terms" : "terms_" + std::to_string(only);
  header(out, "digraph", name,
         only < 0 ? "Terms of the contested issues, as of " + t.as_of.str()
                  : cat.issues[only].title + ", as of " + t.as_of.str());
  // One issue: its terms in a column on the right, the terms of other issues
  // they link to in a column on the left (every edge runs left to right, its
  // arrow where the link points), so the drawing stays narrow enough to print
  // at full size.
  out << "  graph [newrank=true, nodesep=0.3, ranksep=" << (only < 0 ? "0.5" : "0.6, rankdir=LR") << "];\n";
  auto id = [](Term x) { return "t" + std::to_string(x.issue) + "_" + std::to_string(x.option); };
  auto codes = [&](const std::vector<int>& slots) {
    std::vector<std::string> out;
    for (int s : slots) out.push_back(t.party(s).code);
    return join(out);
  };
  // The links drawn: all of them, or those that touch the issue.
  std::vector<const TermLink*> links;
  std::set<Term> others;  // terms of other issues that a drawn link reaches
  for (const auto& link : b.links) {
    if (only >= 0 && link.from.issue != only && link.to.issue != only) continue;
    links.push_back(&link);
    if (only >= 0 && link.from.issue != only) others.insert(link.from);
    if (only >= 0 && link.to.issue != only) others.insert(link.to);
  }
  for (int i : b.contested) {
    if (only >= 0 && i != only) continue;
    const Issue& is = cat.issues[i];
    const IssueFinding& f = c.issues[i];
    out << "  subgraph cluster_" << i << " {\n"
        << "    label=" << label({only < 0 ? is.title + " (" + is.id + ")" : is.id}) << "; style=rounded; color=\"#8c959f\";\n";
    for (const auto& o : f.options) {
      std::vector<std::string> lines{is.options[o.option].id};
      if (!o.wanted_by.empty()) lines.push_back("wanted: " + codes(o.wanted_by));
      if (!o.accepted_by.empty()) lines.push_back("accepted: " + codes(o.accepted_by));
      if (!o.conditional_by.empty()) lines.push_back("on a condition: " + codes(o.conditional_by));
      if (!o.ruled_out_by.empty()) lines.push_back("ruled out: " + codes(o.ruled_out_by));
      if (only < 0) {
        for (const auto& blk : o.via_rules)
          lines.push_back("blocked via " + cat.term_name(blk.root) + " (" + t.party(blk.slot).code + ")");
      } else if (!o.via_rules.empty()) {
        // Two short lines rather than one long one: who, then through what.
        std::set<int> slots;
        std::set<Term> roots;
        for (const auto& blk : o.via_rules) {
          slots.insert(blk.slot);
          roots.insert(blk.root);
        }
        std::vector<std::string> who, what;
        for (int s : slots) who.push_back(t.party(s).code);
        for (const Term& r : roots) what.push_back(cat.term_name(r));
        lines.push_back("blocked by " + join(who) + " via");
        for (const auto& w : what) lines.push_back(w);
      }
      out << "    " << id(Term{i, o.option}) << " [label=" << label(lines);
      if (o.agreed) out << ", color=\"" << kGreen << "\", fillcolor=\"#dafbe1\"";
      else if (o.blocked) out << ", color=\"" << kRed << "\", fillcolor=\"#ffebe9\"";
      out << "];\n";
    }
    out << "  }\n";
  }
  // A term of another issue: its name only, in a plain box; its own graph
  // (or the issue's section) says who stands where on it.
  for (const Term& x : others)
    out << "  " << id(x) << " [label=" << label(wrapped(cat.term_name(x), 28))
        << ", style=\"rounded,dashed\", fillcolor=\"#ffffff\"];\n";
  for (const TermLink* link : links) {
    const bool reversed = only >= 0 && link->from.issue == only && link->to.issue != only;
    out << "  " << id(reversed ? link->to : link->from) << " -> " << id(reversed ? link->from : link->to) << " [";
    if (reversed && link->kind != EdgeKind::excludes) out << "dir=back, ";
    switch (link->kind) {
      case EdgeKind::excludes:
        out << "dir=none, color=\"" << kRed << "\", fontcolor=\"" << kRed << "\", label=\"excludes\"";
        break;
      case EdgeKind::needs: out << "label=\"requires\""; break;
      case EdgeKind::conditional: out << "style=dashed, label=" << label({codes(link->slots) + ": only if"}); break;
    }
    out << "];\n";
  }
  out << "}\n";
}

void write_report_dot(std::ostream& out, const Briefing& b) {
  write_party_graph_dot(out, b);
  out << '\n';
  write_term_graph_dot(out, b);
}

}  // namespace positions
