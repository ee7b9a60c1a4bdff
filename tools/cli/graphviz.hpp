// Drawing DOT text as SVG with Graphviz's `dot`, under a time limit: a missing,
// failing or slow `dot` gives a reason instead of a picture, never a hang.
#pragma once

#include <exception>
#include <cstddef>
#include <string>
#include <vector>

#include "positions/report.hpp"

namespace positions::cli {

// The program is $POSITIONS_DOT if set, else `dot` on the PATH. It runs in its
// own process group, killed with everything it started when the time is up.
// The SVG comes back without its XML prolog and DOCTYPE, ready to inline,
// with its element ids prefixed by `id_prefix` so two pictures on one page
// do not share ids.
// SIGINT or SIGTERM arrived while Graphviz was drawing: `dot` and all it
// started are ended, and nothing is left behind. run_cli exits 128 + signal.
class Interrupted : public std::exception {
 public:
  explicit Interrupted(int signal, const char* doing = "Graphviz was drawing");
  int signal() const { return signal_; }
  const char* what() const noexcept override { return text_.c_str(); }

 private:
  int signal_;
  std::string text_;
};

Figure draw_svg(const std::string& dot_text, double timeout_seconds, const std::string& id_prefix);

// A program run as `dot` is: its own process group, `input` on its standard
// input through a memory file, its output through pipes (at most `max_out`
// bytes), killed with all it started at the time limit, SIGINT and SIGTERM
// ending it and throwing Interrupted ("interrupted ... while `doing`").
struct Ran {
  enum Outcome { ok, not_found, not_started, no_resources, timed_out, too_much, failed } outcome = ok;
  int error = 0;             // errno, for not_started and no_resources
  std::string out, err;      // what it wrote
  std::string first_error_line;  // of `err`, made safe to print
};
Ran run_program(const std::string& program, const std::vector<std::string>& args, const std::string& input,
                double timeout_seconds, std::size_t max_out, const char* doing);
// "1 second", "2.5 seconds"
std::string seconds_words(double s);

}  // namespace positions::cli
