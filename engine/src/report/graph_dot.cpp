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

void header(std::ostream& out, const char* kind, const char* name, const std::string& title) {
  out << kind << ' ' << name << " {\n"
      << "  graph [charset=\"UTF-8\", fontname=\"Helvetica\", fontsize=12, labelloc=t, label=" << quoted(title)
      << "];\n"
      << "  node [fontname=\"Helvetica\", fontsize=11, shape=box, style=\"rounded,filled\", fillcolor=\"#f6f8fa\"];\n"
      << "  edge [fontname=\"Helvetica\", fontsize=9];\n";
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
  out << "  graph [rankdir=LR, nodesep=0.6, ranksep=1.2];\n";
  for (int s = 0; s < t.slots(); ++s)
    out << "  p" << s << " [label=" << label({t.party(s).name, "(" + t.party(s).code + ")"}) << "];\n";
  auto ids = [&](const std::vector<int>& issues) {
    std::vector<std::string> out;
    for (int i : issues) out.push_back(cat.issues[i].id);
    return join(out);
  };
  // "ceasefire/donetsk": the pairs of issues whose terms collide across.
  auto across = [&](const std::vector<int>& conflicts) {
    std::set<std::pair<int, int>> pairs;
    for (int x : conflicts) pairs.insert({b.comparison->cross[x].a.issue, b.comparison->cross[x].b.issue});
    std::vector<std::string> out;
    for (const auto& [i, j] : pairs) out.push_back(cat.issues[i].id + "/" + cat.issues[j].id);
    return join(out);
  };
  for (const auto& e : b.edges) {
    if (e.collide.empty() && e.cross.empty() && e.overlap.empty()) continue;
    std::vector<std::string> lines;
    if (!e.collide.empty()) lines.push_back("collide: " + ids(e.collide));
    if (!e.cross.empty()) lines.push_back("across issues: " + across(e.cross));
    if (!e.overlap.empty()) lines.push_back("overlap: " + ids(e.overlap));
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

void write_term_graph_dot(std::ostream& out, const Briefing& b) {
  const Table& t = *b.table;
  const Catalog& cat = t.catalog();
  const Comparison& c = *b.comparison;
  header(out, "digraph", "terms", "Terms of the contested issues, as of " + t.as_of.str());
  out << "  graph [newrank=true, nodesep=0.25, ranksep=0.6];\n";
  auto id = [](Term x) { return "t" + std::to_string(x.issue) + "_" + std::to_string(x.option); };
  auto codes = [&](const std::vector<int>& slots) {
    std::vector<std::string> out;
    for (int s : slots) out.push_back(t.party(s).code);
    return join(out);
  };
  for (int i : b.contested) {
    const Issue& is = cat.issues[i];
    const IssueFinding& f = c.issues[i];
    out << "  subgraph cluster_" << i << " {\n"
        << "    label=" << label({is.title + " (" + is.id + ")"}) << "; style=rounded; color=\"#8c959f\";\n";
    for (const auto& o : f.options) {
      std::vector<std::string> lines{is.options[o.option].id};
      if (!o.wanted_by.empty()) lines.push_back("wanted: " + codes(o.wanted_by));
      if (!o.accepted_by.empty()) lines.push_back("accepted: " + codes(o.accepted_by));
      if (!o.conditional_by.empty()) lines.push_back("on a condition: " + codes(o.conditional_by));
      if (!o.ruled_out_by.empty()) lines.push_back("ruled out: " + codes(o.ruled_out_by));
      for (const auto& blk : o.via_rules)
        lines.push_back("blocked via " + cat.term_name(blk.root) + " (" + t.party(blk.slot).code + ")");
      out << "    " << id(Term{i, o.option}) << " [label=" << label(lines);
      if (o.agreed) out << ", color=\"" << kGreen << "\", fillcolor=\"#dafbe1\"";
      else if (o.blocked) out << ", color=\"" << kRed << "\", fillcolor=\"#ffebe9\"";
      out << "];\n";
    }
    out << "  }\n";
  }
  for (const auto& link : b.links) {
    out << "  " << id(link.from) << " -> " << id(link.to) << " [";
    switch (link.kind) {
      case EdgeKind::excludes:
        out << "dir=none, color=\"" << kRed << "\", fontcolor=\"" << kRed << "\", label=\"excludes\"";
        break;
      case EdgeKind::needs: out << "label=\"requires\""; break;
      case EdgeKind::conditional: out << "style=dashed, label=" << label({codes(link.slots) + ": only if"}); break;
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
