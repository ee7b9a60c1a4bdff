#include "output_file.hpp"

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cerrno>
#include <cstdio>
#include <cstring>
#include <filesystem>
#include <functional>

namespace positions::cli {

namespace {

std::string reason(int err) {
  switch (err) {
    case EACCES:
    case EPERM: return "permission denied";
    case ENOSPC: return "the disk is full";
    case EDQUOT: return "the disk quota is exceeded";
    case EFBIG: return "the file would be larger than allowed";
    case EROFS: return "the file system is read-only";
    default: return std::strerror(err);
  }
}

// Removes the temporary file unless it was renamed into place.
struct TempFile {
  std::string path;
  int fd = -1;
  bool keep = false;
  ~TempFile() {
    if (fd >= 0) ::close(fd);
    if (!keep && !path.empty()) ::unlink(path.c_str());
  }
};

}  // namespace

namespace {

void write_all(int fd, std::string_view bytes, const std::function<void(const std::string&)>& fail) {
  size_t done = 0;
  while (done < bytes.size()) {
    const ssize_t n = ::write(fd, bytes.data() + done, bytes.size() - done);
    if (n < 0 && errno == EINTR) continue;
    if (n <= 0) fail(reason(n < 0 ? errno : EIO));
    done += static_cast<size_t>(n);
  }
}

// A device, a FIFO or a terminal: written as it is, never replaced (renaming
// over /dev/null would leave a regular file in its place).
void write_special(const std::string& path, const struct stat& st, std::string_view bytes,
                   const std::function<void(const std::string&)>& fail) {
  // O_NONBLOCK so that a FIFO nobody reads fails at once instead of hanging.
  const int fd = ::open(path.c_str(), O_WRONLY | O_NOCTTY | O_NONBLOCK | O_CLOEXEC);
  if (fd < 0) {
    if (errno == ENXIO && S_ISFIFO(st.st_mode)) fail("it is a FIFO (named pipe) that nothing is reading");
    fail(reason(errno));
  }
  TempFile guard;  // only to close the descriptor
  guard.fd = fd;
  const int flags = ::fcntl(fd, F_GETFL);
  if (flags >= 0) ::fcntl(fd, F_SETFL, flags & ~O_NONBLOCK);  // then wait for the reader as usual
  write_all(fd, bytes, fail);
  guard.fd = -1;
  if (::close(fd) != 0) fail(reason(errno));
}

}  // namespace

void write_file_atomically(const std::string& given, std::string_view bytes) {
  namespace fs = std::filesystem;
  auto fail = [&](const std::string& why) { throw WriteError("cannot write '" + given + "': " + why); };
  if (given.empty() || fs::path(given).filename().empty()) fail("that names a folder, not a file");
  // A link is written through, to the file it names (as `sed -i
  // --follow-symlinks` and most editors do): the link stays a link.
  std::string path = given;
  struct stat st {};
  if (::lstat(given.c_str(), &st) == 0 && S_ISLNK(st.st_mode)) {
    std::error_code ec;
    const fs::path resolved = fs::weakly_canonical(given, ec);
    if (ec) fail(ec.value() == ELOOP ? "it is a loop of symbolic links" : reason(ec.value()));
    path = resolved.string();
  }
  const fs::path target(path);
  const fs::path dir = target.has_parent_path() ? target.parent_path() : fs::path(".");

  // Look at the folder first, so the message says what is wrong with it.
  if (::stat(dir.c_str(), &st) != 0) {
    if (errno == ENOENT) fail("the folder '" + dir.string() + "' does not exist");
    if (errno == ENOTDIR) fail("part of the folder path '" + dir.string() + "' is a file, not a folder");
    fail(reason(errno));
  }
  if (!S_ISDIR(st.st_mode)) fail("'" + dir.string() + "' is a file, not a folder");
  mode_t mode = 0;
  if (::stat(path.c_str(), &st) == 0) {
    if (S_ISDIR(st.st_mode)) fail("it is a folder");
    if (!S_ISREG(st.st_mode)) return write_special(path, st, bytes, fail);
    mode = st.st_mode & 07777;  // keep the old file's permissions
  } else if (errno == ENAMETOOLONG) {
    fail("the name is longer than the file system allows (255 bytes)");
  } else {
    const mode_t mask = ::umask(0);
    ::umask(mask);
    mode = 0666 & ~mask;
  }

  TempFile tmp;
  // A short name of its own, not the target's with a suffix: it must fit
  // wherever the target's name fits (a 250-byte name is legal).
  std::string name = (dir / ".positions-XXXXXX").string();
  tmp.fd = ::mkstemp(name.data());
  if (tmp.fd < 0) fail(reason(errno));
  tmp.path = name;
  write_all(tmp.fd, bytes, fail);
  if (::fchmod(tmp.fd, mode) != 0) fail(reason(errno));
  if (::fsync(tmp.fd) != 0) fail(reason(errno));
  const int fd = tmp.fd;
  tmp.fd = -1;
  if (::close(fd) != 0) fail(reason(errno));
  if (::rename(tmp.path.c_str(), path.c_str()) != 0) fail(reason(errno));
  tmp.keep = true;
}

}  // namespace positions::cli
