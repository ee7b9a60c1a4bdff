// A quote in its place: the sentence (or sentences) of the source text around
// it, split into what comes before the quote, the quote, and what comes after,
// and whether the quote starts or ends inside a sentence.
#pragma once

#include <string>

#include "positions/model.hpp"

namespace positions {

struct QuoteContext {
  bool found = false;  // the quote stands verbatim in the text
  std::string before;  // from the start of the sentence to the quote
  std::string quote;
  std::string after;   // from the quote to the end of the sentence
  bool starts_inside = false;  // words of the sentence come before the quote
  bool ends_inside = false;    // words of the sentence come after it
};

// Sentences end at a line break, or at '.', '!' or '?' (with any closing
// quotation marks) followed by a space and a capital letter, a digit or an
// opening quotation mark, except after a one-letter initial or a common
// abbreviation (Nov., Sen., Dr.). Words are letters or digits.
QuoteContext quote_context(const std::string& text, const std::string& quote);

// The context of an evidence item's quote in its source document; not found
// when the evidence cites no declared source or its file could not be read.
// The briefing's annex and compare --format json show it.
QuoteContext evidence_context(const Evidence& e);

}  // namespace positions
