#include "output_file.hpp"

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cerrno>
#include <cstdio>
#include <cstring>
#include <filesystem>

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

void write_file_atomically(const std::string& path, std::string_view bytes) {
  namespace fs = std::filesystem;
  auto fail = [&](const std::string& why) { throw WriteError("cannot write '" + path + "': " + why); };
  const fs::path target(path);
  if (path.empty() || target.filename().empty()) fail("that names a folder, not a file");
  const fs::path dir = target.has_parent_path() ? target.parent_path() : fs::path(".");

  // Look at the folder first, so the message says what is wrong with it.
  struct stat st {};
  if (::stat(dir.c_str(), &st) != 0) {
    if (errno == ENOENT) fail("the folder '" + dir.string() + "' does not exist");
    if (errno == ENOTDIR) fail("part of the folder path '" + dir.string() + "' is a file, not a folder");
    fail(reason(errno));
  }
  if (!S_ISDIR(st.st_mode)) fail("'" + dir.string() + "' is a file, not a folder");
  mode_t mode = 0;
  if (::stat(path.c_str(), &st) == 0) {
    if (S_ISDIR(st.st_mode)) fail("it is a folder");
    mode = st.st_mode & 07777;  // keep the old file's permissions
  } else {
    const mode_t mask = ::umask(0);
    ::umask(mask);
    mode = 0666 & ~mask;
  }

  TempFile tmp;
  std::string name = (dir / ("." + target.filename().string() + ".tmp-XXXXXX")).string();
  tmp.fd = ::mkstemp(name.data());
  if (tmp.fd < 0) fail(reason(errno));
  tmp.path = name;
  size_t done = 0;
  while (done < bytes.size()) {
    const ssize_t n = ::write(tmp.fd, bytes.data() + done, bytes.size() - done);
    if (n < 0 && errno == EINTR) continue;
    if (n <= 0) fail(reason(n < 0 ? errno : EIO));
    done += static_cast<size_t>(n);
  }
  if (::fchmod(tmp.fd, mode) != 0) fail(reason(errno));
  if (::fsync(tmp.fd) != 0) fail(reason(errno));
  const int fd = tmp.fd;
  tmp.fd = -1;
  if (::close(fd) != 0) fail(reason(errno));
  if (::rename(tmp.path.c_str(), path.c_str()) != 0) fail(reason(errno));
  tmp.keep = true;
}

}  // namespace positions::cli
