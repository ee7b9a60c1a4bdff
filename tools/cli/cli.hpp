// The positions command line, runnable in-process: arguments in, text out,
// exit code back.
#pragma once

#include <ostream>
#include <string>
#include <vector>

namespace positions::cli {

// Exit codes: 0 success, 1 problems in the data (or an analysis that found
// what the command checks for), 2 a usage error. Output is coloured only when
// `out_is_terminal` (main passes isatty), the environment has no NO_COLOR and
// no --no-color is given.
int run_cli(const std::vector<std::string>& args, std::ostream& out, std::ostream& err,
            bool out_is_terminal = false);

}  // namespace positions::cli
