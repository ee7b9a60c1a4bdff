#include <cerrno>
#include <cstdlib>
#include <ctime>
#include <optional>
#include <sstream>

#include "chromium.hpp"
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
  if (f == "pdf") return Format::pdf;
  if (f == "json") return Format::json;
  if (f == "dot") return Format::dot;
  const std::string hint = did_you_mean(f, {"md", "html", "pdf", "json", "dot"});
  throw UsageError("unknown format '" + f + "'; expected md, html, pdf, json or dot" + (hint.empty() ? "" : "; " + hint),
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

// Graphviz draws the briefing's graphs, all in one process; one that cannot
// be drawn is said in its place and warned about.
std::map<std::string, Figure> draw_figures(Graphviz& graphviz, const Analysis& a, double timeout, std::ostream& err) {
  std::map<std::string, Figure> figures;
  const auto graphs = briefing_graphs(a);
  std::vector<Figure> drawn = graphviz.draw(graphs, timeout);
  for (std::size_t i = 0; i < graphs.size(); ++i) {
    const std::string& name = graphs[i].first;
    Figure& f = drawn[i];
    if (f.svg.empty()) {
      if (name == "parties")
        err << "positions: warning: the briefing has no picture of the party graph: " << f.missing << '\n';
      else
        err << "positions: warning: the briefing has no picture of the term graph of '" << name.substr(6)
            << "': " << f.missing << '\n';
    }
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
      ("format", po::value<std::string>()->value_name("FORMAT")->default_value("md"), "md, html, pdf, json or dot")
      ("output,o", po::value<std::string>()->value_name("FILE"),
       "write to FILE (atomically: the old file stays as it was if writing fails); default: standard output")
      ("dated", "print the day the briefing was prepared (today in UTC, or the day of $SOURCE_DATE_EPOCH)")
      ("dot-timeout", po::value<double>()->value_name("SECONDS")->default_value(20, "20"),
       "give Graphviz this long to draw each graph for --format html or pdf")
      ("pdf-timeout", po::value<double>()->value_name("SECONDS")->default_value(60, "60"),
       "give Chromium this long to print --format pdf");
  add_time_limit_option(options);
  po::variables_map vm = parse_command("report", inv.args, options, true);
  if (vm.count("help")) {
    inv.out << "Usage: positions report PARTY PARTY... [options]\n"
               "\n"
               "A briefing on the results compare, deals and diff compute. The core first:\n"
               "the bottom line (is a deal possible, what blocks it and whose refusals, the\n"
               "cheapest path to a deal, what moved since the previous scenario), who wants\n"
               "what (issues by parties), who collides with whom. Then an annex: issue by\n"
               "issue each party's stance with its cited words, the pairs, the conflicts\n"
               "across issues, deals and concessions, the drift (--across: every scenario\n"
               "side by side), the sources.\n"
               "Formats: md (GitHub Markdown), html (one self-contained file with the party\n"
               "and term graphs drawn by Graphviz), pdf (the HTML printed by headless\n"
               "Chromium; needs -o), json (the whole result), dot (the graphs).\n"
               "\n"
            << options
            << "\nExamples:\n"
               "  positions report us ru ua --scenario budapest-2025 --format html \\\n"
               "      -o briefing.html\n"
               "  positions report us ru ua --format pdf -o briefing.pdf\n"
               "  positions report us ru ua --format md -o briefing.md\n"
               "  positions report us ru ua --across --format html -o across.html\n"
               "  positions report ru ua --format dot | dot -Tsvg -O\n";
    return 0;
  }
  const Format format = report_format(vm);
  const double timeout = vm["dot-timeout"].as<double>();
  if (!(timeout > 0 && timeout <= 3600))
    throw UsageError("--dot-timeout must be more than 0 and at most 3600 seconds", try_help("report"));
  const double pdf_timeout = vm["pdf-timeout"].as<double>();
  if (!(pdf_timeout > 0 && pdf_timeout <= 3600))
    throw UsageError("--pdf-timeout must be more than 0 and at most 3600 seconds", try_help("report"));
  if (format == Format::pdf && (!vm.count("output") || vm["output"].as<std::string>() == "-"))
    throw UsageError("--format pdf writes a file; name it with -o FILE", try_help("report"));
  const double time_limit = time_limit_option("report", vm);
  const std::string stamp = vm.count("dated") ? prepared_on() : "";

  const bool across = vm["across"].as<bool>();
  // The columns are the scenarios themselves; the briefing looks through the latest.
  for (const char* lens : {"scenario", "as-of"})
    if (across && vm.count(lens))
      throw UsageError(std::string("--across shows every scenario; it cannot be combined with --") + lens,
                       try_help("report"));

  // Started before the data are loaded, so that its start-up runs beside
  // ours; ended with this function if loading or analysing fails.
  std::optional<Graphviz> graphviz;
  if (format == Format::html || format == Format::pdf) graphviz.emplace();
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
  if (format == Format::html || format == Format::pdf) briefing.figures = draw_figures(*graphviz, *a, timeout, inv.err);

  // Rendered in full before anything is written, so a failure leaves nothing partial.
  std::ostringstream out;
  write_briefing(out, *a, format, briefing);
  const std::string text =
      format == Format::pdf ? print_pdf(out.str(), pdf_timeout, vm["output"].as<std::string>()) : out.str();
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
