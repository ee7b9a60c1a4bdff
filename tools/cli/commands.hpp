// The table of commands and what each is handed.
#pragma once

#include <ostream>
#include <string>
#include <vector>

namespace positions::cli {

struct Invocation {
  std::vector<std::string> args;  // after the command's name
  std::string data_dir;           // --data, default "."
  std::ostream& out;
  std::ostream& err;
  bool color = false;                     // colour wanted: out is a terminal, no NO_COLOR, TERM not dumb, no --no-color
  // Set by a command whose output is only the confirmation "wrote FILE": if
  // that line cannot be printed, the command still succeeded.
  bool out_is_confirmation = false;
};

struct Command {
  const char* name;
  const char* summary;
  int (*run)(Invocation&);
};

int run_compare(Invocation& inv);
int run_deals(Invocation& inv);
int run_list(Invocation& inv);
int run_diff(Invocation& inv);
int run_validate(Invocation& inv);
int run_report(Invocation& inv);
int run_stability(Invocation& inv);
int run_init(Invocation& inv);

const std::vector<Command>& commands();

}  // namespace positions::cli
