// Names are free text: a party, issue, option, speaker or source called with
// quotes, backslashes, pipes, markup or non-ASCII must come out as written in
// every format, and never break a Markdown table, an HTML page or a DOT file.
#include <gtest/gtest.h>

#include <algorithm>

#include "graphviz.hpp"
#include "graph_dot.hpp"
#include "report.hpp"
#include "test_support.hpp"

namespace positions {
namespace {

test::CliResult odd(const std::string& format) {
  return test::run({"report", "x", "y", "--data", test::fixture("reports-escaping"), "--format", format});
}

std::string lower(std::string s) {
  std::transform(s.begin(), s.end(), s.begin(), [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
  return s;
}

// Pipes not escaped by a backslash: the column separators of a table row.
int separators(const std::string& row) {
  int n = 0;
  for (size_t i = 0; i < row.size(); ++i)
    if (row[i] == '|' && (i == 0 || row[i - 1] != '\\')) ++n;
  return n;
}

TEST(MarkdownEscape, PunctuationThatMarkdownReadsIsBackslashed) {
  EXPECT_EQ(markdown_escape("a | b * c _ d `e` <script> & $x$ [l](u) \\ #", false),
            "a \\| b \\* c \\_ d \\`e\\` \\<script\\> \\& \\$x\\$ \\[l\\](u) \\\\ \\#");
}

TEST(MarkdownEscape, WhatWouldStartABlockIsEscapedOnlyAtTheStart) {
  EXPECT_EQ(markdown_escape("- item", true), "\\- item");
  EXPECT_EQ(markdown_escape("12. item", true), "12\\. item");
  EXPECT_EQ(markdown_escape("+ 1. x - y", false), "+ 1. x - y");
  EXPECT_EQ(markdown_escape("Ünïcödé — 東京", true), "Ünïcödé — 東京");
}

TEST(HtmlEscape, TheFiveSpecialCharacters) {
  EXPECT_EQ(html_escape("<a href=\"x\">'&'</a>"), "&lt;a href=&quot;x&quot;&gt;&#39;&amp;&#39;&lt;/a&gt;");
}

TEST(DotEscape, QuotesBackslashesAndLineBreaks) {
  EXPECT_EQ(dot_escape("say \"hi\" \\n\nnext\tcol"), "say \\\"hi\\\" \\\\n next col");
  EXPECT_EQ(dot_escape("Ärger <b>"), "Ärger <b>");
}

TEST(ReportEscaping, MarkdownTablesKeepTheirColumns) {
  const test::CliResult r = odd("md");
  ASSERT_EQ(r.code, 0) << r.err;
  size_t tables = 0;
  int columns = -1;
  size_t pos = 0;
  while (pos < r.out.size()) {
    const size_t end = r.out.find('\n', pos);
    const std::string line = r.out.substr(pos, end - pos);
    pos = end + 1;
    if (line.empty() || line[0] != '|') {
      columns = -1;
      continue;
    }
    if (columns < 0) {
      columns = separators(line);
      ++tables;
    }
    EXPECT_EQ(separators(line), columns) << line;
  }
  // The position matrix, two issues, the parties, and one table per deal listed.
  size_t deals = 0;
  for (size_t at = r.out.find("### Deal "); at != std::string::npos; at = r.out.find("### Deal ", at + 1)) ++deals;
  EXPECT_EQ(tables, 4u + deals);
  EXPECT_NE(r.out.find("Quote \"Q\" \\\\ back \\| pipe \\<script\\>alert(3)\\</script\\> Ärger \\& Co — 東京"),
            std::string::npos);
  // No raw markup: every < is escaped.
  for (size_t i = r.out.find('<'); i != std::string::npos; i = r.out.find('<', i + 1))
    EXPECT_EQ(r.out[i - 1], '\\') << r.out.substr(i, 20);
}

TEST(ReportEscaping, HtmlShowsTheNamesAsTextAndRunsNothing) {
  const test::CliResult r = odd("html");
  ASSERT_EQ(r.code, 0) << r.err;
  const std::string page = lower(r.out);
  EXPECT_EQ(page.find("<script"), std::string::npos);
  EXPECT_EQ(page.find("<img"), std::string::npos);
  EXPECT_EQ(page.find("<b>"), std::string::npos);
  EXPECT_EQ(page.find("</blockquote><script"), std::string::npos);
  EXPECT_NE(r.out.find("<title>Briefing: Scénario &quot;A&quot; | &lt;i&gt;odd&lt;/i&gt; \\ names</title>"),
            std::string::npos);
  EXPECT_NE(r.out.find("Quote &quot;Q&quot; \\ back | pipe &lt;script&gt;alert(3)&lt;/script&gt; Ärger &amp; Co"),
            std::string::npos);
  // The graphs were drawn, with the names in them escaped by Graphviz.
  EXPECT_EQ(r.err, "");
  EXPECT_NE(r.out.find("id=\"parties-graph0\""), std::string::npos);
}

TEST(ReportEscaping, DotKeepsIdsGeneratedAndLabelsQuoted) {
  const test::CliResult r = odd("dot");
  ASSERT_EQ(r.code, 0) << r.err;
  // The name is wrapped into short lines for print, each escaped.
  EXPECT_NE(r.out.find("  p0 [label=\"Quote \\\"Q\\\" \\\\ back |\\npipe\\n<script>alert(3)</script>\\nÄrger & Co — 東京\\n(x)\"];"),
            std::string::npos);
  EXPECT_NE(r.out.find("t0_1 [label=\"edge\\n"), std::string::npos);
  // Graphviz reads both graphs without complaint.
  const size_t split = r.out.find("\ndigraph terms");
  ASSERT_NE(split, std::string::npos);
  for (const std::string& graph : {r.out.substr(0, split), r.out.substr(split)}) {
    const Figure f = cli::draw_svg(graph, 20, "g");
    EXPECT_EQ(f.missing, "");
    EXPECT_NE(f.svg.find("<svg"), std::string::npos);
  }
}

TEST(ReportEscaping, JsonEscapesQuotesAndBackslashes) {
  const test::CliResult r = odd("json");
  ASSERT_EQ(r.code, 0) << r.err;
  EXPECT_NE(r.out.find("\"name\": \"Quote \\\"Q\\\" \\\\ back | pipe <script>alert(3)</script> Ärger & Co — 東京\""),
            std::string::npos);
  EXPECT_NE(r.out.find("\"label\": \"A label with a\\nline break and a\\ttab\""), std::string::npos);
}

}  // namespace
}  // namespace positions
