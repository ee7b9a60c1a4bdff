// The report API: an analysis (positions/analysis.hpp) or a data folder's
// check written for people or for tools. Every writer is deterministic: the
// same data gives the same bytes. Text fits 80 columns; JSON follows the
// schemas in docs/json/.
#pragma once

#include <map>
#include <ostream>
#include <string>
#include <utility>
#include <vector>

#include "positions/analysis.hpp"
#include "positions/load.hpp"

namespace positions {

// pdf: the briefing's HTML, for the front end to print (the engine writes no PDF).
enum class Format { text, json, md, html, pdf, dot };

struct Style {
  bool color = false;  // text: status words and diagnostics in colour (a terminal only)
};

// positions compare: per issue, per pair, across issues; with the deals'
// summary when the analysis has deals. Text or JSON.
void write_compare(std::ostream& out, const Analysis& a, Format format, const Style& style = {});
// positions deals: every deal, the partial deals, the concessions, the cited words.
// REQUIRES: the analysis has deals.
void write_deals(std::ostream& out, const Analysis& a, Format format);
// positions compare --across. REQUIRES: the analysis has across.
void write_across(std::ostream& out, const Analysis& a, Format format);
// positions diff. REQUIRES: the analysis was asked `since` a scenario.
void write_diff(std::ostream& out, const Analysis& a, Format format);
void write_list(std::ostream& out, const Dataset& data, Format format);
void write_validation(std::ostream& out, const Validation& v, Format format, const Style& style = {});

// The briefing (positions report). The HTML draws its graphs from the DOT
// texts briefing_graphs() gives; the front end draws them (Graphviz is a
// separate program) and hands the pictures back.
struct Figure {
  std::string svg;      // an <svg> element, prolog and DOCTYPE stripped
  std::string missing;  // when svg is empty: the reason, said in place of the picture
};
struct BriefingOptions {
  std::string prepared_on;                  // empty: no date printed (reproducible files)
  std::map<std::string, Figure> figures;    // html: by the names briefing_graphs() gives
};
// Graph name and DOT text, in the order the briefing shows them: "parties",
// then "terms-ISSUE" for each contested issue.
std::vector<std::pair<std::string, std::string>> briefing_graphs(const Analysis& a);
// md, html, json or dot.
void write_briefing(std::ostream& out, const Analysis& a, Format format, const BriefingOptions& options);

}  // namespace positions
