// Writing a command's output to a file so that a reader never sees half of it:
// into a temporary file beside the target, flushed to disk and checked, then
// renamed over the target. On any failure the target is as it was.
// A symbolic link is written through: the file it names is replaced, the link
// stays. A device, FIFO or terminal is written directly, never replaced; a
// FIFO that nothing reads is an error, not a wait.
#pragma once

#include <stdexcept>
#include <string>
#include <string_view>

namespace positions::cli {

// "cannot write 'out/x.html': the folder 'out' does not exist"; exit 1.
class WriteError : public std::runtime_error {
 public:
  using std::runtime_error::runtime_error;
};

void write_file_atomically(const std::string& path, std::string_view bytes);

}  // namespace positions::cli
