// Usage errors and help: what the command line itself reports.
#pragma once

#include <boost/program_options.hpp>

#include <stdexcept>
#include <string>
#include <vector>

namespace positions::cli {

// A mistake in the command's words (not in the data): one line, a hint, exit 2.
class UsageError : public std::runtime_error {
 public:
  UsageError(const std::string& message, std::string hint)
      : std::runtime_error(message), hint_(std::move(hint)) {}
  const std::string& hint() const { return hint_; }

 private:
  std::string hint_;
};

namespace po = boost::program_options;

// Parses a command's own words: `options` plus positional arguments collected
// under "positional". Prefix guessing is off. Throws UsageError on a bad option.
po::variables_map parse_command(const std::string& command, const std::vector<std::string>& args,
                                const po::options_description& options, bool positional_allowed);

// "Try 'positions compare --help'."
std::string try_help(const std::string& command);

}  // namespace positions::cli
