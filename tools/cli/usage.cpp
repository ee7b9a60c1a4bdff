#include "usage.hpp"

namespace positions::cli {

std::string try_help(const std::string& command) {
  return "Try 'positions " + (command.empty() ? "" : command + " ") + "--help'.";
}

po::variables_map parse_command(const std::string& command, const std::vector<std::string>& args,
                                const po::options_description& options, bool positional_allowed) {
  po::options_description all;
  all.add(options);
  all.add_options()("positional", po::value<std::vector<std::string>>()->multitoken(), "");
  po::positional_options_description pos;
  pos.add("positional", positional_allowed ? -1 : 0);
  po::variables_map vm;
  try {
    po::store(po::command_line_parser(args)
                  .options(all)
                  .positional(pos)
                  .style(po::command_line_style::unix_style ^ po::command_line_style::allow_guessing)
                  .run(),
              vm);
    po::notify(vm);
  } catch (const po::too_many_positional_options_error&) {
    throw UsageError("'" + command + "' takes no arguments besides its options", try_help(command));
  } catch (const po::error& e) {
    throw UsageError(e.what(), try_help(command));
  }
  return vm;
}

}  // namespace positions::cli
