// The report API (positions/report.hpp): each output's format dispatched to
// its writer, in the one place that knows which writers exist.
#include "positions/report.hpp"

#include <sstream>
#include <stdexcept>

#include "across_report.hpp"
#include "compare_report.hpp"
#include "deals_report.hpp"
#include "diff_report.hpp"
#include "graph_dot.hpp"
#include "list_report.hpp"
#include "pipeline.hpp"
#include "report.hpp"
#include "validate_report.hpp"
#include "verdict_words.hpp"

namespace positions {

namespace {

// A front end that passes a format an output does not have is a bug, not a user's mistake.
[[noreturn]] void no_such_format(const char* output) {
  throw std::logic_error(std::string(output) + ": no such format");
}

}  // namespace

void write_compare(std::ostream& out, const Analysis& a, Format format, const Style& style) {
  if (format == Format::json) {
    write_compare_json(out, a.table, a.comparison, a.lens(), [&](JsonWriter& w) {
      if (a.deals) write_deals_json_member(w, *a.deals);
    });
  } else if (format == Format::text) {
    // The verdict leads, right after the lens.
    write_compare_text(out, a.table, a.comparison, a.lens(), style.color, [&](std::ostream& o) {
      if (a.deals) write_verdict_text(o, *a.deals);
    });
    if (a.deals) write_deals_summary_text(out, *a.deals, a.request.top);
  } else {
    no_such_format("compare");
  }
}

void write_deals(std::ostream& out, const Analysis& a, Format format) {
  if (format == Format::json) write_deals_json(out, *a.deals, a.lens());
  else if (format == Format::text) write_deals_text(out, *a.deals, a.lens());
  else no_such_format("deals");
}

void write_across(std::ostream& out, const Analysis& a, Format format) {
  if (format == Format::json) write_across_json(out, a.data, *a.across);
  else if (format == Format::text) write_across_text(out, a.data, *a.across);
  else no_such_format("across");
}

void write_diff(std::ostream& out, const Analysis& a, Format format) {
  if (format == Format::json) write_diff_json(out, a.drift->diff);
  else if (format == Format::text) write_diff_text(out, a.drift->diff);
  else no_such_format("diff");
}

void write_list(std::ostream& out, const Dataset& data, Format format) {
  if (format == Format::json) write_list_json(out, data);
  else if (format == Format::text) write_list_text(out, data);
  else no_such_format("list");
}

void write_validation(std::ostream& out, const Validation& v, Format format, const Style& style) {
  if (format == Format::json) write_validate_json(out, v);
  else if (format == Format::text) write_validate_text(out, v, style.color);
  else no_such_format("validate");
}

std::vector<std::pair<std::string, std::string>> briefing_graphs(const Analysis& a) {
  const Briefing b = make_briefing(a);
  std::vector<std::pair<std::string, std::string>> graphs;
  std::ostringstream parties;
  write_party_graph_dot(parties, b);
  graphs.emplace_back("parties", parties.str());
  // One term graph per contested issue, in the order the briefing shows them.
  for (int i : b.contested) {
    std::ostringstream terms;
    write_term_graph_dot(terms, b, i);
    graphs.emplace_back("terms-" + b.table->catalog().issues[i].id, terms.str());
  }
  return graphs;
}

void write_briefing(std::ostream& out, const Analysis& a, Format format, const BriefingOptions& options) {
  Briefing b = make_briefing(a);
  b.prepared_on = options.prepared_on;
  switch (format) {
    case Format::md: write_report_markdown(out, briefing_document(b)); return;
    case Format::html:
    case Format::pdf: write_report_html(out, briefing_document(b), options.figures); return;
    case Format::json: write_report_json(out, b); return;
    case Format::dot: write_report_dot(out, b); return;
    case Format::text: break;
  }
  no_such_format("report");
}

}  // namespace positions
