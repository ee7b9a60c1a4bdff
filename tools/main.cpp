// The positions program: everything is in run_cli, so tests drive the same code.
#include <unistd.h>

#include <iostream>
#include <string>
#include <vector>

#include "cli.hpp"

int main(int argc, char** argv) {
  std::vector<std::string> args(argv + 1, argv + argc);
  int code = positions::cli::run_cli(args, std::cout, std::cerr, isatty(STDOUT_FILENO) == 1);
  std::cout.flush();
  if (!std::cout) {
    std::cerr << "positions: could not write the output (disk full or pipe closed)\n";
    return code ? code : 1;
  }
  return code;
}
