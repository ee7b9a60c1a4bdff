// The loader's input: the real file system, read defensively, and an in-memory
// stand-in. Every failure says what is wrong with the path itself.
#include <dirent.h>
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <algorithm>
#include <cerrno>
#include <cstring>
#include <filesystem>

#include "positions/load.hpp"

namespace positions {

namespace {

[[noreturn]] void fail(const std::string& path, const std::string& why, const std::string& hint = {}) {
  throw Error(Location{path}, why, hint);
}

// The cause of a failed stat/open/opendir on `path`, in words.
std::string cause(int err, const std::string& path) {
  switch (err) {
    case ENOENT: {
      struct stat st {};
      if (::lstat(path.c_str(), &st) == 0 && S_ISLNK(st.st_mode)) {
        char target[4096];
        const ssize_t n = ::readlink(path.c_str(), target, sizeof target - 1);
        return "it is a link to '" + std::string(target, n > 0 ? static_cast<size_t>(n) : 0) +
               "', which does not exist";
      }
      return "it does not exist";
    }
    case EACCES:
    case EPERM: return "permission denied";
    case ELOOP: return "it is a loop of symbolic links (a link that leads back to itself)";
    case ENAMETOOLONG: return "a name in the path is longer than the file system allows (255 bytes)";
    case ENOTDIR: return "a part of the path is a file, not a folder";
    case EMFILE:
    case ENFILE: return "too many files are open";
    case EIO: return "an input/output error";
    default: return std::strerror(err);
  }
}

std::string kind_of(mode_t mode) {
  if (S_ISDIR(mode)) return "a folder";
  if (S_ISFIFO(mode)) return "a FIFO (named pipe)";
  if (S_ISCHR(mode)) return "a character device";
  if (S_ISBLK(mode)) return "a block device";
  if (S_ISSOCK(mode)) return "a socket";
  return "not a regular file";
}

// Closes a descriptor on every path out.
struct Fd {
  int fd;
  ~Fd() {
    if (fd >= 0) ::close(fd);
  }
};

std::string normal(const std::string& path) { return std::filesystem::path(path).lexically_normal().string(); }

}  // namespace

Files::Type DiskFiles::type(const std::string& path) const {
  struct stat st {};
  if (::stat(path.c_str(), &st) != 0) {
    if (errno == ENOENT) {
      struct stat link {};
      if (::lstat(path.c_str(), &link) == 0) fail(path, "cannot read: " + cause(ENOENT, path));
      return Type::missing;
    }
    fail(path, "cannot read: " + cause(errno, path));
  }
  if (S_ISDIR(st.st_mode)) return Type::folder;
  if (S_ISREG(st.st_mode)) return Type::regular;
  return Type::other;
}

std::vector<std::string> DiskFiles::list(const std::string& path) const {
  DIR* d = ::opendir(path.c_str());
  if (!d) fail(path, "cannot list the folder: " + cause(errno, path));
  std::vector<std::string> names;
  errno = 0;
  while (const dirent* e = ::readdir(d)) {
    const std::string name = e->d_name;
    if (name != "." && name != "..") names.push_back(name);
    errno = 0;
  }
  const int err = errno;
  ::closedir(d);
  if (err != 0) fail(path, "cannot list the folder: " + cause(err, path));
  std::sort(names.begin(), names.end());
  return names;
}

std::string DiskFiles::read(const std::string& path, std::size_t limit) const {
  // O_NONBLOCK: opening a FIFO must not wait for a writer; O_NOCTTY: a
  // terminal named here must not become ours. Only then is the type checked,
  // on what was opened, so nothing can be swapped in between.
  Fd f{::open(path.c_str(), O_RDONLY | O_NONBLOCK | O_NOCTTY | O_CLOEXEC)};
  if (f.fd < 0) {
    if (errno == EISDIR) fail(path, "cannot read the file: it is a folder");
    fail(path, "cannot read the file: " + cause(errno, path));
  }
  struct stat st {};
  if (::fstat(f.fd, &st) != 0) fail(path, "cannot read the file: " + cause(errno, path));
  if (S_ISDIR(st.st_mode)) fail(path, "cannot read the file: it is a folder");
  if (!S_ISREG(st.st_mode))
    fail(path, "cannot read the file: it is " + kind_of(st.st_mode) + ", not a regular file",
         "data files are plain files; remove it or move it out of the data folder");
  const auto too_big = [&](const std::string& size) {
    fail(path, "the file is " + size + " bytes; at most " + std::to_string(limit) + " bytes are read",
         "split the data into smaller files");
  };
  if (static_cast<std::uintmax_t>(st.st_size) > limit) too_big(std::to_string(st.st_size));
  // The size can be wrong (a file still growing, /proc): read at most limit + 1.
  std::string text;
  char buf[65536];
  for (;;) {
    const ssize_t n = ::read(f.fd, buf, sizeof buf);
    if (n < 0 && errno == EINTR) continue;
    if (n < 0) fail(path, "cannot read the file: " + cause(errno, path));
    if (n == 0) break;
    text.append(buf, static_cast<size_t>(n));
    if (text.size() > limit) too_big("more than " + std::to_string(limit));
  }
  return text;
}

void MemoryFiles::add(const std::string& path, std::string text) { files_[normal(path)] = std::move(text); }

Files::Type MemoryFiles::type(const std::string& path) const {
  const std::string p = normal(path);
  if (files_.count(p)) return Type::regular;
  const std::string prefix = p == "." ? "" : p + "/";
  const auto it = files_.lower_bound(prefix);
  return it != files_.end() && it->first.rfind(prefix, 0) == 0 ? Type::folder : Type::missing;
}

std::vector<std::string> MemoryFiles::list(const std::string& path) const {
  if (type(path) != Type::folder) fail(path, "cannot list the folder: it does not exist");
  const std::string p = normal(path);
  const std::string prefix = p == "." ? "" : p + "/";
  std::vector<std::string> names;
  for (auto it = files_.lower_bound(prefix); it != files_.end() && it->first.rfind(prefix, 0) == 0; ++it) {
    const std::string rest = it->first.substr(prefix.size());
    const std::string name = rest.substr(0, rest.find('/'));
    if (names.empty() || names.back() != name) names.push_back(name);
  }
  return names;
}

std::string MemoryFiles::read(const std::string& path, std::size_t limit) const {
  const auto t = type(path);
  if (t == Type::folder) fail(path, "cannot read the file: it is a folder");
  if (t == Type::missing) fail(path, "cannot read the file: it does not exist");
  const std::string& text = files_.at(normal(path));
  if (text.size() > limit)
    fail(path, "the file is " + std::to_string(text.size()) + " bytes; at most " + std::to_string(limit) +
                   " bytes are read",
         "split the data into smaller files");
  return text;
}

}  // namespace positions
