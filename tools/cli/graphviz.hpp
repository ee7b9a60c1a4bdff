// Drawing DOT text as SVG with Graphviz's `dot`, under a time limit: a missing,
// failing or slow `dot` gives a reason instead of a picture, never a hang.
#pragma once

#include <string>

#include "report.hpp"

namespace positions::cli {

// The program is $POSITIONS_DOT if set, else `dot` on the PATH. It runs in its
// own process group, killed with everything it started when the time is up.
// The SVG comes back without its XML prolog and DOCTYPE, ready to inline,
// with its element ids prefixed by `id_prefix` so two pictures on one page
// do not share ids.
Figure draw_svg(const std::string& dot_text, double timeout_seconds, const std::string& id_prefix);

}  // namespace positions::cli
