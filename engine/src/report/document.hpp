// A small document model for briefings: headings, paragraphs, lists, tables,
// cited quotes and figures, made of styled runs of text. The wording of a
// briefing is written once, into a Document; the Markdown and HTML writers
// only decide how each piece looks, and escape every run they print.
#pragma once

#include <string>
#include <vector>

namespace positions::doc {

struct Span {
  enum class Kind {
    text,
    code,    // an id or term: `donetsk.ru_all`
    strong,
    em,
    badge,   // a status word; `target` is its class (agreement, possible, blocked, assumed)
    link,    // text pointing at the block whose anchor is `target`
    br,      // a line break inside a table cell or a paragraph (no text)
  };
  Kind kind = Kind::text;
  std::string text;
  std::string target;
};

using Line = std::vector<Span>;

struct Block {
  enum class Kind {
    heading,    // level 1..4, `line`; `anchor` names it for links
    paragraph,  // `line`
    bullets,    // `items`
    table,      // `items` is the header row, `rows` the body
    citation,   // `line` the quote, `attribution` who said it, when, where
    figure,     // `figure` names the graph, `line` is the caption
    annex,      // the core ends here and the annex begins: a new page in print
  };
  Kind kind = Kind::paragraph;
  int level = 0;
  std::string anchor;
  Line line;
  Line attribution;
  std::vector<Line> items;
  std::vector<std::vector<Line>> rows;
  std::string figure;
};

struct Document {
  std::string title;  // plain text, for the HTML <title>
  std::vector<Block> blocks;
};

// Builders, so the wording reads as sentences.
inline Span t(std::string s) { return {Span::Kind::text, std::move(s), {}}; }
inline Span code(std::string s) { return {Span::Kind::code, std::move(s), {}}; }
inline Span strong(std::string s) { return {Span::Kind::strong, std::move(s), {}}; }
inline Span em(std::string s) { return {Span::Kind::em, std::move(s), {}}; }
inline Span badge(std::string s, std::string cls) { return {Span::Kind::badge, std::move(s), std::move(cls)}; }
inline Span link(std::string s, std::string anchor) { return {Span::Kind::link, std::move(s), std::move(anchor)}; }
inline Span br() { return {Span::Kind::br, {}, {}}; }

// The plain text of a line, for titles and alt texts.
std::string plain(const Line& line);

}  // namespace positions::doc
