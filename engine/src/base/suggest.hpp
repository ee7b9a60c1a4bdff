// "Did you mean": the closest known name to a mistyped one.
#pragma once

#include <string>
#include <string_view>
#include <vector>

namespace positions {

// The candidate closest to `typed` by edit distance, if it is close enough to
// be a plausible typo (at most a third of the name), or else a name that
// `typed` is the beginning of; empty otherwise.
std::string closest(std::string_view typed, const std::vector<std::string>& candidates);

// "; did you mean 'x'?" or empty, ready to append to a message.
std::string did_you_mean(std::string_view typed, const std::vector<std::string>& candidates);

}  // namespace positions
