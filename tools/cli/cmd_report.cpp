#include <cerrno>
#include <cstdlib>
#include <ctime>
#include <sstream>

#include "commands.hpp"
#include "graphviz.hpp"
#include "output_file.hpp"
#include "suggest.hpp"
#include "selection.hpp"

namespace positions::cli {

namespace {

constexpr int kDeals = 3;  // the fairest deals a briefing lists

Format report_format(const po::variables_map& vm) {
  const std::string f = vm["format"].as<std::string>();
  if (f == "md") return Format::md;
  if (f == "html") return Format::html;
  if (f == "json") return Format::json;
  if (f == "dot") return Format::dot;
  const std::string hint = did_you_mean(f, {"md", "html", "json", "dot"});
  throw UsageError("unknown format '" + f + "'; expected md, html, json or dot" + (hint.empty() ? "" : "; " + hint),
                   try_help("report"));
}

// Today in UTC, or the day of $SOURCE_DATE_EPOCH, for reproducible builds of a dated briefing.
std::string prepared_on() {
  std::time_t when = std::time(nullptr);
  if (const char* epoch = std::getenv("SOURCE_DATE_EPOCH"); epoch && *epoch) {
    char* end = nullptr;
    errno = 0;
    const long long v = std::strtoll(epoch, &end, 10);
    if (errno || *end || v < 0)
      throw UsageError("SOURCE_DATE_EPOCH '" + std::string(epoch) + "' is not a number of seconds since 1970",
                       "Unset it, or set it to a whole number such as 1760918400.");
    when = static_cast<std::time_t>(v);
  }
  std::tm tm{};
  gmtime_r(&when, &tm);
  char buf[16];
  std::strftime(buf, sizeof buf, "%Y-%m-%d", &tm);
  return buf;
}

// Graphviz draws the briefing's graphs; one that cannot be drawn is said in
// its place and warned about.
std::map<std::string, Figure> draw_figures(const Analysis& a, double timeout, std::ostream& err) {
  std::map<std::string, Figure> figures;
  for (const auto& [name, dot] : briefing_graphs(a)) {
    Figure f = draw_svg(dot, timeout, name);
    if (f.svg.empty())
      err << "positions: warning: the briefing has no picture of the " << (name == "parties" ? "party" : "term")
          << " graph: " << f.missing << '\n';
    figures[name] = std::move(f);
  }
  return figures;
}

}  // namespace

int run_report(Invocation& inv) {
  po::options_description options("Options");
  options.add_options()("help,h", "this help")(
      "across", po::bool_switch(), "add every scenario the parties take part in, side by side");
  add_scenario_options(options);
  options.add_options()
      ("format", po::value<std::string>()->value_name("FORMAT")->default_value("md"), "md, html, json or dot")
      ("output,o", po::value<std::string>()->value_name("FILE"),
       "write to FILE (atomically: the old file stays as it was if writing fails); default: standard output")
      ("dated", "print the day the briefing was prepared (today in UTC, or the day of $SOURCE_DATE_EPOCH)")
      ("dot-timeout", po::value<double>()->value_name("SECONDS")->default_value(20, "20"),
       "give Graphviz this long to draw each graph for --format html");
  add_time_limit_option(options);
  po::variables_map vm = parse_command("report", inv.args, options, true);
  if (vm.count("help")) {
    inv.out << "Usage: positions report PARTY PARTY... [options]\n"
               "\n"
               "A briefing on the results compare computes: a summary (where agreement is\n"
               "possible, what blocks it and who), then issue by issue each party's stance with\n"
               "its cited words, then who collides with whom, the conflicts across issues, and\n"
               "what moved since the previous scenario (--across: every scenario side by side).\n"
               "Formats: md (GitHub Markdown), html (one self-contained file with the party\n"
               "and term graphs drawn by Graphviz), json (the whole result), dot (the graphs).\n"
               "\n"
            << options
            << "\nExamples:\n"
               "  positions report us ru ua --scenario budapest-2025 --format html \\\n"
               "      -o briefing.html\n"
               "  positions report us ru ua --format md -o briefing.md\n"
               "  positions report us ru ua --across --format html -o across.html\n"
               "  positions report ru ua --format dot | dot -Tsvg -O\n";
    return 0;
  }
  const Format format = report_format(vm);
  const double timeout = vm["dot-timeout"].as<double>();
  if (!(timeout > 0 && timeout <= 3600))
    throw UsageError("--dot-timeout must be more than 0 and at most 3600 seconds", try_help("report"));
  const double time_limit = time_limit_option("report", vm);
  const std::string stamp = vm.count("dated") ? prepared_on() : "";

  const bool across = vm["across"].as<bool>();
  // The columns are the scenarios themselves; the briefing looks through the latest.
  for (const char* lens : {"scenario", "as-of"})
    if (across && vm.count(lens))
      throw UsageError(std::string("--across shows every scenario; it cannot be combined with --") + lens,
                       try_help("report"));

  Selection sel = select("report", inv.data_dir, vm, 2);
  sel.request.deals = true;
  sel.request.top = kDeals;
  sel.request.time_limit = time_limit;
  // Drift is read between scenarios at their own dates, so not with --as-of.
  sel.request.drift = !vm.count("as-of");
  sel.request.across = across;
  const AnalysisPtr a = analyse(*sel.data, sel.request);
  BriefingOptions briefing;
  briefing.prepared_on = stamp;
  if (format == Format::html) briefing.figures = draw_figures(*a, timeout, inv.err);

  // Rendered in full before anything is written, so a failure leaves nothing partial.
  std::ostringstream out;
  write_briefing(out, *a, format, briefing);
  const std::string text = out.str();
  if (vm.count("output")) {
    const std::string path = vm["output"].as<std::string>();
    if (path == "-") {  // the usual spelling of standard output
      inv.out << text;
      return 0;
    }
    write_file_atomically(path, text);
    inv.out << "wrote " << path << '\n';
    inv.out_is_confirmation = true;
  } else {
    inv.out << text;
  }
  return 0;
}

}  // namespace positions::cli
