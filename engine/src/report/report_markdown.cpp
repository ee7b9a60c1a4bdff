// GitHub-flavoured Markdown: every run of text escaped, so a quote with `*`,
// `|` or `<script>` in it prints as written, and tables keep their columns.
#include <algorithm>

#include "report.hpp"

namespace positions {

namespace {

// Line breaks inside a run would end a table row or a list item.
std::string one_line(std::string_view s) {
  std::string out(s);
  std::replace(out.begin(), out.end(), '\n', ' ');
  std::replace(out.begin(), out.end(), '\r', ' ');
  return out;
}

std::string code_span(std::string_view text) {
  const std::string s = one_line(text);
  // The fence is one backtick longer than the longest run inside.
  size_t longest = 0, run = 0;
  for (char c : s) {
    run = c == '`' ? run + 1 : 0;
    longest = std::max(longest, run);
  }
  const std::string fence(longest + 1, '`');
  const bool pad = !s.empty() && (s.front() == '`' || s.back() == '`');
  std::string body;
  for (char c : s) body += c == '|' ? std::string("\\|") : std::string(1, c);  // GFM tables split on |
  return fence + (pad ? " " : "") + body + (pad ? " " : "") + fence;
}

// `**x**` does not close after a space: keep the spaces outside the markers.
std::string delimited(std::string_view text, const std::string& marker, bool line_start) {
  const std::string s = one_line(text);
  const size_t b = s.find_first_not_of(' ');
  if (b == std::string::npos) return s;
  const size_t e = s.find_last_not_of(' ') + 1;
  return s.substr(0, b) + marker + markdown_escape(s.substr(b, e - b), line_start && b == 0) + marker + s.substr(e);
}

// `block_start`: the line opens a block, where `-`, `+` or `1.` would start a
// list; inside a table cell they cannot.
std::string render(const doc::Line& line, bool block_start = true) {
  std::string out;
  for (const auto& span : line) {
    const bool start = block_start && out.empty();
    switch (span.kind) {
      case doc::Span::Kind::text:
      case doc::Span::Kind::link: out += markdown_escape(one_line(span.text), start); break;
      case doc::Span::Kind::code: out += code_span(span.text); break;
      case doc::Span::Kind::strong:
      case doc::Span::Kind::badge: out += delimited(span.text, "**", start); break;
      case doc::Span::Kind::em: out += delimited(span.text, "*", start); break;
      case doc::Span::Kind::br: out += ' '; break;  // no raw markup, not even <br>
    }
  }
  return out;
}

void table(std::ostream& out, const doc::Block& b) {
  auto row = [&](const std::vector<doc::Line>& cells) {
    out << '|';
    for (const auto& c : cells) {
      const std::string text = render(c, false);
      out << ' ' << (text.empty() ? "" : text + " ") << '|';
    }
    out << '\n';
  };
  row(b.items);
  out << '|';
  for (size_t i = 0; i < b.items.size(); ++i) out << " --- |";
  out << '\n';
  for (const auto& r : b.rows) row(r);
  out << '\n';
}

}  // namespace

std::string markdown_escape(std::string_view text, bool line_start) {
  std::string out;
  size_t i = 0;
  if (line_start) {
    // What would start a list, a heading, a quote or a rule at the start of a line.
    size_t digits = 0;
    while (digits < text.size() && text[digits] >= '0' && text[digits] <= '9') ++digits;
    if (digits > 0 && digits < text.size() && (text[digits] == '.' || text[digits] == ')')) {
      out.append(text.substr(0, digits));
      out += '\\';
      i = digits;
    } else if (!text.empty() && std::string_view("-+=").find(text[0]) != std::string_view::npos) {
      out += '\\';
    }
  }
  for (; i < text.size(); ++i) {
    const char c = text[i];
    if (std::string_view("\\`*_{}[]<>#|~&$").find(c) != std::string_view::npos) out += '\\';
    out += c;
  }
  return out;
}

void write_report_markdown(std::ostream& out, const doc::Document& d) {
  // Every block ends with a blank line.
  for (const auto& b : d.blocks) {
    switch (b.kind) {
      case doc::Block::Kind::heading:
        out << std::string(static_cast<size_t>(std::clamp(b.level, 1, 6)), '#') << ' ' << render(b.line) << "\n\n";
        break;
      case doc::Block::Kind::paragraph: out << render(b.line) << "\n\n"; break;
      case doc::Block::Kind::bullets:
        for (const auto& item : b.items) out << "- " << render(item) << '\n';
        out << '\n';
        break;
      case doc::Block::Kind::table: table(out, b); break;
      case doc::Block::Kind::citation:
        out << "> " << render(b.line) << "\n>\n> — " << render(b.attribution) << "\n\n";
        break;
      case doc::Block::Kind::figure:
        out << "**Graph** (drawn in the HTML briefing; `--format dot` gives it as Graphviz text): "
            << render(b.line) << "\n\n";
        break;
      case doc::Block::Kind::annex: out << "---\n\n"; break;
    }
  }
}

}  // namespace positions
