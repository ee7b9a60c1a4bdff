#include <filesystem>
#include <sstream>

#include "commands.hpp"
#include "positions/load.hpp"
#include "selection.hpp"

namespace positions::cli {

namespace fs = std::filesystem;

namespace {

Validation check_path(const std::string& path) {
  std::error_code ec;
  if (!fs::exists(path, ec)) throw UsageError("no such file or folder '" + path + "'", try_help("validate"));
  if (fs::is_directory(path, ec)) return validate_folder(path);
  if (file_kind(path) == FileKind::unknown)
    throw UsageError("cannot tell what kind of data file '" + path + "' is",
                     "Data files are DIR/positions/catalog.yaml, DIR/positions/CODE.yaml and "
                     "DIR/scenarios/NAME.yaml.");
  return validate_file(path);
}

}  // namespace

int run_validate(Invocation& inv) {
  po::options_description options("Options");
  options.add_options()("help,h", "this help")(
      "strict", "warnings fail the check too (exit 1)")(
      "format", po::value<std::string>()->value_name("FORMAT")->default_value("text"), "text or json")(
      "data", po::value<std::string>()->value_name("DIR"), "the data folder when no PATH is given (default: .)");
  po::variables_map vm = parse_command("validate", inv.args, options, true);
  if (vm.count("help")) {
    inv.out << "Usage: positions validate [PATH...] [options]\n"
               "\n"
               "Checks every file and every reference between files, and prints every\n"
               "problem as file:line:column: message, the line and a caret under the\n"
               "column, and a hint where one helps. Also warns about what is legal but\n"
               "likely wrong: a stance with no evidence, a quote with no speaker, a party\n"
               "that states nothing on an issue in a scenario, an option nobody mentions.\n"
               "A PATH is a data folder or one of its files (checked with the rest of\n"
               "its folder); the default is the data folder.\n"
               "Exit status: 0 clean (warnings allowed), 1 problems found (or warnings,\n"
               "with --strict), 2 a usage error.\n"
               "\n"
            << options
            << "\nExamples:\n"
               "  positions validate\n"
               "  positions validate positions/ru.yaml --strict\n"
               "  positions validate --data tests/fixtures/x --format json\n";
    return 0;
  }
  const Format format = format_option("validate", vm);
  std::vector<std::string> paths;
  if (vm.count("positional")) paths = vm["positional"].as<std::vector<std::string>>();
  if (paths.empty()) paths.push_back(data_dir(vm, inv.data_dir));

  Validation all;
  for (const auto& p : paths) {
    Validation v = check_path(p);
    all.files += v.files;
    all.problems.insert(all.problems.end(), v.problems.begin(), v.problems.end());
  }
  std::ostringstream text;
  write_validation(text, all, format, {inv.color});
  inv.out << text.str();
  return all.errors() > 0 || (vm.count("strict") && all.warnings() > 0) ? 1 : 0;
}

}  // namespace positions::cli
