#include <sstream>

#include "commands.hpp"
#include "compare_across.hpp"
#include "selection.hpp"

namespace positions::cli {

int run_compare(Invocation& inv) {
  po::options_description options("Options");
  options.add_options()("help,h", "this help")(
      "across", po::bool_switch(), "issues by scenarios: every scenario the parties take part in, side by side");
  add_lens_options(options);
  add_time_limit_option(options);
  po::variables_map vm = parse_command("compare", inv.args, options, true);
  if (vm.count("help")) {
    inv.out << "Usage: positions compare PARTY PARTY... [options]\n"
               "\n"
               "First the verdict: can the named parties sign a deal, and if not, why.\n"
               "Per issue: the options its deciders and every named party with a stance\n"
               "accept (agreement, outright or together with other agreed terms), those no\n"
               "decider rules out and all consent to (possible), those awaiting a decider's\n"
               "consent, or that the issue is blocked, who could open it and by which stated\n"
               "terms, with the cited words. Then how close each pair of parties is,\n"
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
  sel.request.deals = true;
  sel.request.top = 3;
  sel.request.time_limit = time_limit_option("compare", vm);
  // Rendered in full before anything is written, so a failure prints nothing partial.
  std::ostringstream text;
  write_compare(text, *analyse(*sel.data, sel.request), format, {inv.color});
  inv.out << text.str();
  return 0;
}

}  // namespace positions::cli
