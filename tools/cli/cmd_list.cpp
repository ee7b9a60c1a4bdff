#include <sstream>

#include "commands.hpp"
#include "positions/load.hpp"
#include "selection.hpp"

namespace positions::cli {

int run_list(Invocation& inv) {
  po::options_description options("Options");
  options.add_options()("help,h", "this help")(
      "format", po::value<std::string>()->value_name("FORMAT")->default_value("text"), "text or json")(
      "data", po::value<std::string>()->value_name("DIR"), "the data folder (default: .)");
  po::variables_map vm = parse_command("list", inv.args, options, false);
  if (vm.count("help")) {
    inv.out << "Usage: positions list [options]\n\nThe parties, issues and scenarios in the data.\n\n"
            << options << "\nExample:\n  positions list\n";
    return 0;
  }
  const Format format = format_option("list", vm);
  const Dataset data = load_dataset(data_dir(vm, inv.data_dir));
  std::ostringstream text;
  write_list(text, data, format);
  inv.out << text.str();
  return 0;
}

}  // namespace positions::cli
