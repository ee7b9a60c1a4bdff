// Drawing DOT text as SVG with Graphviz's `dot`, under a time limit: a missing,
// failing or slow `dot` gives a reason instead of a picture, never a hang.
#pragma once

#include <exception>
#include <cstddef>
#include <functional>
#include <memory>
#include <string>
#include <utility>
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

struct Started;

// `dot`, started before its graphs are made, so that its start-up (loading
// its plugins, the layout and the fonts: about half of what it spends on a
// briefing) runs on another core while positions loads and analyses; it
// draws a small graph of its own to get that far, and waits for the rest.
// If it is never asked to draw, it is ended and reaped with this object.
// A `dot` that is missing or cannot start is said only by draw().
//
// draw() takes several graphs, as (id prefix, DOT text), all for that one
// `dot`: each `dot` start-up costs more than drawing a briefing's graph.
// Each figure is what draw_svg would give that graph alone. `dot` writes one
// complete SVG document per graph, in order, each as soon as it is drawn, so
// each graph gets `timeout_seconds` (counted from draw(), not from the
// start) and the size limit of its own. A graph that times out is said so
// and the ones after it get a new process; any other failure (dot missing
// or failing, or not one picture per graph) draws each graph left on its
// own, so each reason is the one that graph alone would give.
class Graphviz {
 public:
  Graphviz();
  ~Graphviz();
  Graphviz(const Graphviz&) = delete;
  Graphviz& operator=(const Graphviz&) = delete;
  std::vector<Figure> draw(const std::vector<std::pair<std::string, std::string>>& graphs, double timeout_seconds);

 private:
  std::string program_;
  std::unique_ptr<Started> early_;
};

// A program run as `dot` is: its own process group, `input` on its standard
// input through a socket, its output through pipes (at most `max_out`
// bytes), killed with all it started at the time limit, SIGINT and SIGTERM
// ending it and throwing Interrupted ("interrupted ... while `doing`").
// `took`, if given, is called whenever output arrived, with what is not taken
// yet; it may take complete parts off the front, and returns true if it took
// any: the time limit and `max_out` then start again for what follows.
struct Ran {
  enum Outcome { ok, not_found, not_started, no_resources, timed_out, too_much, failed } outcome = ok;
  int error = 0;             // errno, for not_started and no_resources
  std::string out, err;      // what it wrote
  std::string first_error_line;  // of `err`, made safe to print
};
Ran run_program(const std::string& program, const std::vector<std::string>& args, const std::string& input,
                double timeout_seconds, std::size_t max_out, const char* doing,
                const std::function<bool(std::string&)>& took = {});
// "1 second", "2.5 seconds"
std::string seconds_words(double s);

}  // namespace positions::cli
