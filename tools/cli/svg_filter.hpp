// The SVG that `dot` returns, cut down to what a drawing needs before it goes
// into a page: an allow-list of SVG elements and attributes, so a broken or
// hostile `dot` on the PATH cannot put a script, an event handler, a
// javascript: link or an external reference into the briefing.
#pragma once

#include <string>

#include "positions/report.hpp"

namespace positions::cli {

// The <svg> element of `svg` with only the allowed elements and attributes;
// a dropped element goes with everything inside it (the content of a
// <script> is never kept as text), an <a> is replaced by its content.
// Comments, processing instructions, CDATA and the DOCTYPE are dropped.
// Element ids (and the url(#id) references to them) get `id_prefix` and a
// dash, so two pictures on one page do not share ids. `program` names `dot`
// in the reason given when there is no picture.
Figure filter_svg(const std::string& svg, const std::string& id_prefix, const std::string& program);

}  // namespace positions::cli
