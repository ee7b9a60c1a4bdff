// Writing a briefing: Markdown (GitHub-flavoured), one self-contained HTML
// file, JSON (the whole result, versioned) and Graphviz DOT (the graphs).
// Every writer is deterministic: the same data gives the same bytes.
#pragma once

#include <map>
#include <ostream>
#include <string>

#include "briefing.hpp"
#include "document.hpp"
#include "positions/report.hpp"

namespace positions {

// The briefing in words: summary first, then issue by issue with each
// party's cited words, then the parties and the conflicts across issues.
doc::Document briefing_document(const Briefing& b);

void write_report_markdown(std::ostream& out, const doc::Document& d);

// Figures by name ("parties", "terms"); a figure block without an entry says
// that the picture was not drawn.
void write_report_html(std::ostream& out, const doc::Document& d, const std::map<std::string, Figure>& figures);

void write_report_json(std::ostream& out, const Briefing& b);

// Escaping, shared with the tests.
std::string markdown_escape(std::string_view text, bool line_start);
std::string html_escape(std::string_view text);

}  // namespace positions
