// Drawing DOT text as SVG with Graphviz's `dot`, under a time limit: a missing,
// failing or slow `dot` gives a reason instead of a picture, never a hang.
#pragma once

#include <exception>
#include <string>

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
  explicit Interrupted(int signal);
  int signal() const { return signal_; }
  const char* what() const noexcept override { return text_.c_str(); }

 private:
  int signal_;
  std::string text_;
};

Figure draw_svg(const std::string& dot_text, double timeout_seconds, const std::string& id_prefix);

}  // namespace positions::cli
