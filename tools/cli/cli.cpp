#include "cli.hpp"

#include <cstdlib>
#include <sstream>

#include "ansi.hpp"
#include "commands.hpp"
#include "graphviz.hpp"
#include "output_file.hpp"
#include "positions/error.hpp"
#include "suggest.hpp"
#include "usage.hpp"

namespace positions::cli {

const std::vector<Command>& commands() {
  static const std::vector<Command> table = {
      {"compare", "agreement, what is possible, what is blocked and by whom", run_compare},
      {"deals", "the fairest deals still possible, and the cheapest concessions", run_deals},
      {"stability", "would it hold: GMCR stability of a graph model or of positions", run_stability},
      {"diff", "what moved between two scenarios: stances, agreements, conflicts", run_diff},
      {"report", "a briefing: Markdown, HTML with graphs, PDF, JSON or DOT", run_report},
      {"validate", "check the data files and report every problem, with warnings", run_validate},
      {"list", "the parties, issues and scenarios in the data", run_list},
      {"init", "a data folder of your own to start from, with the schemas", run_init},
  };
  return table;
}

namespace {

void print_help(std::ostream& out) {
  out << "Usage: positions [--data DIR] COMMAND [ARGS...]\n"
         "\n"
         "Compares what the parties to a negotiation have said they want, finds where\n"
         "their terms collide and where they overlap, from the YAML in DIR/positions\n"
         "and DIR/scenarios.\n"
         "\n"
         "Commands:\n";
  for (const auto& c : commands()) {
    std::string name = std::string("  ") + c.name;
    name.resize(14, ' ');
    out << name << c.summary << '\n';
  }
  out << "\n"
         "Options:\n"
         "  --data DIR    the data folder, holding positions/ and scenarios/ (default: .)\n"
         "  --no-color    no colour, even on a terminal (NO_COLOR does the same)\n"
         "  -h, --help    this help; 'positions COMMAND --help' for a command's own\n"
         "  --version     the version\n"
         "\n"
         "Example: positions compare us ru ua\n";
}

// https://no-color.org: set to anything but the empty string.
bool no_color_in_environment() {
  const char* v = std::getenv("NO_COLOR");
  return v && *v;
}

// A terminal that says it understands no escapes gets none.
bool dumb_terminal() {
  const char* t = std::getenv("TERM");
  return t && std::string(t) == "dumb";
}

const Command* find_command(const std::string& name) {
  for (const auto& c : commands())
    if (name == c.name) return &c;
  return nullptr;
}

int dispatch(const std::vector<std::string>& args, std::ostream& out, std::ostream& err,
             bool out_is_terminal, bool* confirmation) {
  std::string data = ".";
  bool data_given = false;
  bool no_color = false;
  size_t i = 0;
  for (; i < args.size(); ++i) {
    const std::string& a = args[i];
    if (a == "-h" || a == "--help") {
      print_help(out);
      return 0;
    }
    if (a == "--version") {
      out << "positions 0.1.0\n";
      return 0;
    }
    if (a == "--data") {
      if (i + 1 == args.size()) throw UsageError("--data needs a folder", try_help(""));
      data = args[++i];
      data_given = true;
    } else if (a.rfind("--data=", 0) == 0) {
      data = a.substr(7);
      data_given = true;
    } else if (a == "--no-color") {
      no_color = true;
    } else if (!a.empty() && a[0] == '-') {
      throw UsageError("unknown option '" + a + "' before the command", try_help(""));
    } else {
      break;
    }
  }
  if (i == args.size()) throw UsageError("no command given", try_help(""));
  const Command* cmd = find_command(args[i]);
  if (!cmd) {
    std::vector<std::string> names;
    for (const auto& c : commands()) names.push_back(c.name);
    std::string hint = did_you_mean(args[i], names);
    throw UsageError("unknown command '" + args[i] + "'" + (hint.empty() ? "" : "; " + hint),
                     try_help(""));
  }
  // Two folders named: refuse rather than pick one silently.
  for (size_t k = i + 1; data_given && k < args.size() && args[k] != "--"; ++k)
    if (args[k] == "--data" || args[k].rfind("--data=", 0) == 0)
      throw UsageError("--data is given both before and after the command; give it once", try_help(args[i]));
  // --no-color is global: accepted before the command or anywhere after it.
  std::vector<std::string> rest;
  for (size_t k = i + 1; k < args.size(); ++k) {
    if (args[k] == "--no-color") no_color = true;
    else rest.push_back(args[k]);
  }
  Invocation inv{std::move(rest), data, out, err,
                 out_is_terminal && !no_color && !no_color_in_environment() && !dumb_terminal()};
  const int code = cmd->run(inv);
  if (inv.out_is_confirmation && code == 0) *confirmation = true;
  return code;
}

// Every error and exit code, from a command run with its output held back.
int run_captured(const std::vector<std::string>& args, std::ostream& out, std::ostream& err,
                 bool out_is_terminal, bool* confirmation) {
  try {
    return dispatch(args, out, err, out_is_terminal, confirmation);
  } catch (const UsageError& e) {
    err << "positions: " << e.what() << '\n';
    if (!e.hint().empty()) err << e.hint() << '\n';
    return 2;
  } catch (const WriteError& e) {
    err << "positions: " << e.what() << '\n';
    return 1;
  } catch (const Error& e) {
    for (const auto& p : e.problems()) err << format(p) << '\n';
    const size_t n = e.problems().size();
    err << "positions: " << n << (n == 1 ? " problem" : " problems") << " found; nothing was analysed\n";
    return 1;
  } catch (const Interrupted& e) {
    err << "positions: " << e.what() << '\n';
    return 128 + e.signal();
  } catch (const std::exception& e) {
    err << "positions: internal error: " << e.what() << '\n';
    return 3;
  }
}

}  // namespace

// The one boundary where errors become messages and exit codes, and where
// text reaches the terminal: everything written passes terminal_text(), so
// no control character from the data, the arguments, file names or Graphviz
// is written raw, and only paint()'s marks become colour.
int run_cli(const std::vector<std::string>& args, std::ostream& out, std::ostream& err,
            bool out_is_terminal) {
  std::ostringstream held_out, held_err;
  bool confirmation = false;
  const int code = run_captured(args, held_out, held_err, out_is_terminal, &confirmation);
  err << terminal_text(held_err.str());
  err.flush();
  out << terminal_text(held_out.str());
  out.flush();
  if (out) return code;
  out.clear();  // said here, once
  if (confirmation) {
    err << "positions: the file was written, but the line saying so could not be printed on standard output\n";
    return code;
  }
  err << "positions: could not write the output (disk full or pipe closed)\n";
  return code ? code : 1;
}

}  // namespace positions::cli
