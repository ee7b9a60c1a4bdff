#include <charconv>
#include <sstream>

#include "commands.hpp"
#include "selection.hpp"

namespace positions::cli {

namespace {

int top_option(const po::variables_map& vm) {
  const std::string text = vm["top"].as<std::string>();
  int n = 0;
  const auto [end, ec] = std::from_chars(text.data(), text.data() + text.size(), n);
  if (ec != std::errc() || end != text.data() + text.size() || n < 1 || n > 1000)
    throw UsageError("--top '" + text + "' is not a whole number from 1 to 1000", try_help("deals"));
  return n;
}

}  // namespace

int run_deals(Invocation& inv) {
  po::options_description options("Options");
  options.add_options()("help,h", "this help");
  add_lens_options(options);
  options.add_options()
      ("top", po::value<std::string>()->value_name("N")->default_value("10"), "list the N fairest deals")
      ;
  add_time_limit_option(options);
  po::variables_map vm = parse_command("deals", inv.args, options, true);
  if (vm.count("help")) {
    inv.out << "Usage: positions deals PARTY PARTY... [options]\n"
               "\n"
               "The deals still possible between the named parties: packages that give each\n"
               "issue one option or leave it open, respect every ruled-out option, condition\n"
               "and cross-issue rule, and that no other package beats for everyone. Ranked\n"
               "fairest first (Nash product of the parties' utilities), with the largest sets\n"
               "of issues that can be settled together, the cheapest concessions that open\n"
               "blocked issues, and the cited words behind each.\n"
               "\n"
            << options
            << "\nExamples:\n"
               "  positions deals us ru ua\n"
               "  positions deals us ru ua --top 3 --scenario after-election-2024\n"
               "  positions deals ru ua --time-limit 2 --format json\n";
    return 0;
  }
  const Format format = format_option("deals", vm);
  const int top = top_option(vm);
  const double time_limit = time_limit_option("deals", vm);
  Selection sel = select("deals", inv.data_dir, vm, 2);
  sel.request.deals = true;
  sel.request.top = top;
  sel.request.time_limit = time_limit;
  std::ostringstream text;
  write_deals(text, *analyse(*sel.data, sel.request), format);
  inv.out << text.str();
  return 0;
}

}  // namespace positions::cli
