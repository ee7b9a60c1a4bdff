// One self-contained HTML file: inline CSS, inline SVG, no script, and a
// Content-Security-Policy that forbids the page to load anything, so it reads
// the same offline, in a mail attachment or printed to A4 or Letter.
#include "report.hpp"

namespace positions {

namespace {

const char* const kStyle = R"CSS(
:root{color-scheme:light}
body{margin:0;background:#fff;color:#1f2328;font:16px/1.55 "Segoe UI",system-ui,-apple-system,"Noto Sans","DejaVu Sans",sans-serif}
main{max-width:60rem;margin:0 auto;padding:2rem 1.5rem 4rem}
h1{font-size:1.9rem;line-height:1.2;margin:0 0 1rem}
h2{font-size:1.45rem;margin:2.5rem 0 .75rem;padding-bottom:.25rem;border-bottom:2px solid #d0d7de}
h3{font-size:1.15rem;margin:2.25rem 0 .5rem}
h4{font-size:1rem;margin:1.25rem 0 .3rem;color:#32383f}
p{margin:.5rem 0}
ul{margin:.5rem 0;padding-left:1.4rem}
li{margin:.3rem 0}
a{color:#0550ae}
code{font-family:"DejaVu Sans Mono",Menlo,Consolas,monospace;font-size:.84em;background:#f3f4f6;padding:.05em .3em;border-radius:3px;overflow-wrap:anywhere}
.badge{display:inline-block;font-size:.72rem;font-weight:700;text-transform:uppercase;letter-spacing:.04em;padding:.05em .55em;border-radius:999px;border:1px solid;vertical-align:.1em;white-space:nowrap}
.badge.agreement{color:#116329;background:#dafbe1;border-color:#4ac26b}
.badge.possible{color:#7d4e00;background:#fff8c5;border-color:#d4a72c}
.badge.blocked{color:#82071e;background:#ffebe9;border-color:#ff8182}
.badge.assumed{color:#6639ba;background:#fbefff;border-color:#c297ff}
.badge.on_record{color:#0550ae;background:#ddf4ff;border-color:#54aeff}
.badge.reported{color:#7d4e00;background:#fff8c5;border-color:#d4a72c}
.badge.inferred{color:#57606a;background:#f6f8fa;border-color:#afb8c1}
.table{overflow-x:auto}
table{border-collapse:collapse;width:100%;font-size:.88rem;margin:.6rem 0 1rem}
th,td{border:1px solid #d0d7de;padding:.35rem .5rem;text-align:left;vertical-align:top}
th{background:#f6f8fa}
blockquote{margin:.5rem 0 .75rem;padding:.45rem .9rem;border-left:4px solid #afb8c1;background:#f6f8fa}
blockquote p{margin:0}
blockquote p.by{font-size:.85rem;color:#57606a;margin-top:.3rem}
figure.graph{margin:1rem 0 1.5rem}
figure.graph .picture{text-align:center}
figure.graph svg{max-width:100%;height:auto}
figcaption{font-size:.88rem;color:#57606a;margin-top:.5rem}
.missing{border:1px dashed #d4a72c;background:#fff8c5;padding:.75rem 1rem}
.m-wants,.m-accepts,.m-cond,.m-rules,.m-redline,.m-silent,.m-assumed{text-transform:none;letter-spacing:0;font-size:.76rem;font-weight:700}
.badge.m-wants{color:#116329;background:#dafbe1;border-color:#1a7f37}
.badge.m-accepts{color:#0a3069;background:#ddf4ff;border-color:#54aeff}
.badge.m-cond{color:#7d4e00;background:#fff8c5;border-color:#9a6700;border-style:dashed}
.badge.m-rules{color:#82071e;background:#ffebe9;border-color:#cf222e}
.badge.m-redline{color:#fff;background:#82071e;border-color:#82071e}
.badge.m-silent{color:#57606a;background:#fff;border-color:#8c959f;border-style:dotted}
.badge.m-assumed{color:#6639ba;background:#fbefff;border-color:#8250df;border-style:dashed}
#matrix-table table{font-size:.8rem;line-height:1.3}
#matrix-table th,#matrix-table td{padding:.15rem .35rem}
#matrix-table th:first-child{width:50%}
#matrix-table th:nth-child(2){width:11%}
#matrix-table .badge{font-size:.92em;padding:0 .45em}
#matrix-table td:nth-child(2){overflow-wrap:normal}
#matrix-table td:nth-child(2) .badge{white-space:normal;border-radius:.6em;letter-spacing:0}
#matrix-table td strong{font-size:1.05em}
hr.annex{border:0;border-top:3px double #d0d7de;margin:3rem 0 1rem}
@page{size:A4;margin:10mm 14mm}
@media print{
  body{font-size:8.5pt;line-height:1.25}
  p,li{margin:.2rem 0}
  ul{margin:.2rem 0}
  li{margin:.1rem 0}
  #bottom-line{margin-top:.4rem}
  #matrix-table table{font-size:6.6pt;line-height:1.05;margin:.2rem 0 .3rem;break-inside:auto;table-layout:fixed}
  #matrix-table th,#matrix-table td{padding:0 1mm;overflow-wrap:anywhere}
  #matrix-table th:first-child{width:auto}
  #matrix-table th:nth-child(2){width:8%}
  #matrix-table th:nth-child(n+3){width:8.5%}
  #matrix-table .badge{padding:0 .3em;border-width:.6px;line-height:1.1}
  #matrix-table + p{font-size:6.8pt;line-height:1.2;margin:0}
  #matrix-table + p .badge{font-size:1em;padding:0 .3em;border-width:.6px}
  figcaption{font-size:8.5pt}
  main{max-width:none;padding:0}
  a{color:inherit;text-decoration:none}
  h1{font-size:15pt;margin-bottom:.3rem}
  h2{font-size:12pt;margin:.7rem 0 .3rem}
  h3{font-size:11pt;margin:1rem 0 .3rem}
  h1,h2,h3,h4{break-after:avoid}
  table,tr,figure,blockquote{break-inside:avoid}
  thead{display:table-header-group}
  .table{overflow:visible}
  hr.annex{break-before:page;border:0;margin:0}
  *{-webkit-print-color-adjust:exact;print-color-adjust:exact}
}
)CSS";

// Class names and anchors come from ids, but are filtered anyway: only
// [A-Za-z0-9_-] reach an attribute unquoted by meaning.
std::string attribute_token(std::string_view s) {
  std::string out;
  for (char c : s)
    if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '_' || c == '-')
      out += c;
  return out;
}

std::string render(const doc::Line& line) {
  std::string out;
  for (const auto& span : line) {
    const std::string text = html_escape(span.text);
    switch (span.kind) {
      case doc::Span::Kind::text: out += text; break;
      case doc::Span::Kind::code: out += "<code>" + text + "</code>"; break;
      case doc::Span::Kind::strong: out += "<strong>" + text + "</strong>"; break;
      case doc::Span::Kind::em: out += "<em>" + text + "</em>"; break;
      case doc::Span::Kind::badge:
        out += "<span class=\"badge " + attribute_token(span.target) + "\">" + text + "</span>";
        break;
      case doc::Span::Kind::link: out += "<a href=\"#" + attribute_token(span.target) + "\">" + text + "</a>"; break;
      case doc::Span::Kind::br: out += "<br>"; break;
    }
  }
  return out;
}

void figure(std::ostream& out, const doc::Block& b, const std::map<std::string, Figure>& figures) {
  out << "<figure class=\"graph\" id=\"graph-" << attribute_token(b.figure) << "\">\n";
  const auto it = figures.find(b.figure);
  if (it != figures.end() && !it->second.svg.empty()) {
    out << "<div class=\"picture\">\n" << it->second.svg << "\n</div>\n";
  } else {
    const std::string why = it == figures.end() ? "it was not drawn" : it->second.missing;
    out << "<p class=\"missing\"><strong>The picture is missing:</strong> " << html_escape(why)
        << ". The same graph is available as Graphviz text with <code>--format dot</code>.</p>\n";
  }
  out << "<figcaption>" << render(b.line) << "</figcaption>\n</figure>\n";
}

}  // namespace

std::string html_escape(std::string_view text) {
  std::string out;
  for (char c : text) {
    switch (c) {
      case '&': out += "&amp;"; break;
      case '<': out += "&lt;"; break;
      case '>': out += "&gt;"; break;
      case '"': out += "&quot;"; break;
      case '\'': out += "&#39;"; break;
      default: out += c;
    }
  }
  return out;
}

void write_report_html(std::ostream& out, const doc::Document& d, const std::map<std::string, Figure>& figures) {
  out << "<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n"
         "<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; style-src 'unsafe-inline'; "
         "img-src data:\">\n"
         "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n"
         "<meta name=\"generator\" content=\"positions report\">\n"
      << "<title>" << html_escape(d.title) << "</title>\n<style>" << kStyle << "</style>\n</head>\n<body>\n<main>\n";
  for (const auto& b : d.blocks) {
    switch (b.kind) {
      case doc::Block::Kind::heading: {
        const std::string tag = "h" + std::to_string(b.level < 1 ? 1 : b.level > 6 ? 6 : b.level);
        out << '<' << tag;
        if (!b.anchor.empty()) out << " id=\"" << attribute_token(b.anchor) << '"';
        out << '>' << render(b.line) << "</" << tag << ">\n";
        break;
      }
      case doc::Block::Kind::paragraph: out << "<p>" << render(b.line) << "</p>\n"; break;
      case doc::Block::Kind::bullets:
        out << "<ul>\n";
        for (const auto& item : b.items) out << "<li>" << render(item) << "</li>\n";
        out << "</ul>\n";
        break;
      case doc::Block::Kind::table:
        out << "<div class=\"table\"";
        if (!b.anchor.empty()) out << " id=\"" << attribute_token(b.anchor) << '"';
        out << "><table>\n<thead><tr>";
        for (const auto& h : b.items) out << "<th>" << render(h) << "</th>";
        out << "</tr></thead>\n<tbody>\n";
        for (const auto& row : b.rows) {
          out << "<tr>";
          for (const auto& cell : row) out << "<td>" << render(cell) << "</td>";
          out << "</tr>\n";
        }
        out << "</tbody>\n</table></div>\n";
        break;
      case doc::Block::Kind::citation:
        out << "<blockquote><p>" << render(b.line) << "</p><p class=\"by\">— " << render(b.attribution)
            << "</p></blockquote>\n";
        break;
      case doc::Block::Kind::figure: figure(out, b, figures); break;
      case doc::Block::Kind::annex: out << "<hr class=\"annex\">\n"; break;
    }
  }
  out << "</main>\n</body>\n</html>\n";
}

}  // namespace positions
