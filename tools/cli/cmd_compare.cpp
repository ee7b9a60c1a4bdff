#include <sstream>

#include "commands.hpp"
#include "compare_across.hpp"
#include "compare.hpp"
#include "compare_report.hpp"
#include "deals_report.hpp"
#include "verdict_words.hpp"
#include "selection.hpp"

namespace positions::cli {

int run_compare(Invocation& inv) {
  po::options_description options("Options");
  options.add_options()("help,h", "this help")(
      "across", po::bool_switch(), "issues by scenarios: every scenario the parties take part in, side by side")(
      "no-color", "no colour, even on a terminal");
  add_lens_options(options);
  add_time_limit_option(options);
  po::variables_map vm = parse_command("compare", inv.args, options, true);
  if (vm.count("help")) {
    inv.out << "Usage: positions compare PARTY PARTY... [options]\n"
               "\n"
               "Per issue: the options every named party accepts (agreement), those none\n"
               "rules out (possible), or that the issue is blocked, by whom and by which\n"
               "stated terms, with the cited words. Then how close each pair of parties is,\n"
               "and the terms that collide through the catalog's cross-issue rules.\n"
               "With --across: issues by scenarios, every scenario in which all the named\n"
               "parties take part, and what opened or closed from one to the next.\n"
               "\n"
            << options
            << "\nExamples:\n"
               "  positions compare us ru ua\n"
               "  positions compare us ru ua --scenario after-election-2024\n"
               "  positions compare ru ua --as-of 2025-10-20 --format json\n"
               "  positions compare us ru ua --across\n";
    return 0;
  }
  const Format format = format_option("compare", vm);
  if (vm["across"].as<bool>()) return run_compare_across(inv, vm, format);
  Selection sel = select("compare", inv.data_dir, vm, 2);

  const TermModel model(sel.table.catalog(), &sel.table);
  const Comparison result = compare(sel.table, model);
  const DealAnalysis deals = analyse_deals(sel.table, model, {3, time_limit_option("compare", vm)});
  // Rendered in full before anything is written, so a failure prints nothing partial.
  std::ostringstream text;
  if (format == Format::json) {
    write_compare_json(text, sel.table, result, sel.lens, [&](JsonWriter& w) { write_deals_json_member(w, deals); });
  } else {
    // The verdict leads, right after the lens.
    write_compare_text(text, sel.table, result, sel.lens, inv.color && !vm.count("no-color"),
                       [&](std::ostream& o) { write_verdict_text(o, deals); });
    write_deals_summary_text(text, deals, 3);
  }
  inv.out << text.str();
  return 0;
}

}  // namespace positions::cli
