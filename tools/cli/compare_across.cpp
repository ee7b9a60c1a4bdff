#include "compare_across.hpp"

#include <sstream>

#include "positions/load.hpp"

namespace positions::cli {

int run_compare_across(Invocation& inv, const po::variables_map& vm, Format format) {
  // The columns are the scenarios themselves, so a single lens makes no sense here.
  for (const char* lens : {"scenario", "as-of"})
    if (vm.count(lens))
      throw UsageError(std::string("--across shows every scenario; it cannot be combined with --") + lens,
                       try_help("compare"));
  std::vector<std::string> codes;
  if (vm.count("positional")) codes = vm["positional"].as<std::vector<std::string>>();
  if (codes.size() < 2)
    throw UsageError("'compare' needs at least 2 party codes, like: positions compare us ru ua --across",
                     try_help("compare"));
  const Dataset data = load_dataset(data_dir(vm, inv.data_dir));
  // No lens: the columns are the scenarios themselves.
  AnalysisRequest request;
  request.parties = party_indices("compare", data, codes);
  request.across = true;
  request.time_limit = time_limit_option("compare", vm);
  std::ostringstream text;
  write_across(text, *analyse(data, request), format);
  inv.out << text.str();
  return 0;
}

}  // namespace positions::cli
