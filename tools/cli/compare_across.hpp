// `positions compare PARTY... --across`: the named parties through every
// scenario they all take part in, issues by scenarios.
#pragma once

#include "commands.hpp"
#include "selection.hpp"

namespace positions::cli {

int run_compare_across(Invocation& inv, const po::variables_map& vm, Format format);

}  // namespace positions::cli
