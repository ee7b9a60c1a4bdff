// The positions command line, runnable in-process: arguments in, text out,
// exit code back.
#pragma once

#include <ostream>
#include <string>
#include <vector>

namespace positions::cli {

// Exit codes: 0 success, 1 problems in the data or the file system (or an
// analysis that found what the command checks for), 2 a usage error, 3 a bug
// (an exception that is not one of ours), 128+N signal N while Graphviz drew.
// Output is coloured only when `out_is_terminal` (main passes isatty), the
// environment has no NO_COLOR, TERM is not "dumb" and no --no-color is given.
// Everything written to `out` and `err` passes terminal_text() (ansi.hpp):
// no control character from the data reaches them raw.
int run_cli(const std::vector<std::string>& args, std::ostream& out, std::ostream& err,
            bool out_is_terminal = false);

}  // namespace positions::cli
