// The positions command line, runnable in-process: arguments in, text out,
// exit code back.
#pragma once

#include <ostream>
#include <string>
#include <vector>

namespace positions::cli {

// Exit codes: 0 success, 1 problems in the data (or an analysis that found
// what the command checks for), 2 a usage error.
int run_cli(const std::vector<std::string>& args, std::ostream& out, std::ostream& err);

}  // namespace positions::cli
