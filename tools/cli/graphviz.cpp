#include "graphviz.hpp"

#include <fcntl.h>
#include <signal.h>
#include <spawn.h>
#include <sys/wait.h>
#include <unistd.h>

#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <fstream>
#include <sstream>
#include <thread>

extern char** environ;

namespace positions::cli {

namespace {

// A temporary file that is removed when it goes out of scope.
struct Scratch {
  std::string path;
  explicit Scratch(const char* what) {
    const char* dir = std::getenv("TMPDIR");
    path = std::string(dir && *dir ? dir : "/tmp") + "/positions-" + what + "-XXXXXX";
    const int fd = ::mkstemp(path.data());
    if (fd < 0) path.clear();
    else ::close(fd);
  }
  ~Scratch() {
    if (!path.empty()) ::unlink(path.c_str());
  }
  std::string read() const {
    std::ifstream in(path, std::ios::binary);
    std::ostringstream s;
    s << in.rdbuf();
    return s.str();
  }
};

std::string first_line(const std::string& text) {
  std::string line = text.substr(0, text.find('\n'));
  return line.size() > 200 ? line.substr(0, 200) + "..." : line;
}

std::string seconds(double s) {
  char buf[32];
  std::snprintf(buf, sizeof buf, "%g", s);
  return std::string(buf) + (s == 1 ? " second" : " seconds");
}

}  // namespace

Figure draw_svg(const std::string& dot_text, double timeout_seconds, const std::string& id_prefix) {
  const char* env = std::getenv("POSITIONS_DOT");
  const std::string program = env && *env ? env : "dot";
  Scratch in("dot"), out("svg"), err("err");
  if (in.path.empty() || out.path.empty() || err.path.empty())
    return {{}, "no temporary file could be made for Graphviz: " + std::string(std::strerror(errno))};
  {
    std::ofstream f(in.path, std::ios::binary);
    f << dot_text;
    f.close();
    if (!f) return {{}, "the graph could not be written to a temporary file for Graphviz"};
  }

  posix_spawn_file_actions_t actions;
  posix_spawn_file_actions_init(&actions);
  posix_spawn_file_actions_addopen(&actions, 0, in.path.c_str(), O_RDONLY, 0);
  posix_spawn_file_actions_addopen(&actions, 1, out.path.c_str(), O_WRONLY | O_TRUNC, 0);
  posix_spawn_file_actions_addopen(&actions, 2, err.path.c_str(), O_WRONLY | O_TRUNC, 0);
  posix_spawnattr_t attr;
  posix_spawnattr_init(&attr);
  posix_spawnattr_setflags(&attr, POSIX_SPAWN_SETPGROUP);
  posix_spawnattr_setpgroup(&attr, 0);
  std::string arg0 = program, arg1 = "-Tsvg";
  char* argv[] = {arg0.data(), arg1.data(), nullptr};
  pid_t pid = -1;
  const int spawned = posix_spawnp(&pid, program.c_str(), &actions, &attr, argv, environ);
  posix_spawn_file_actions_destroy(&actions);
  posix_spawnattr_destroy(&attr);
  if (spawned != 0)
    return {{}, spawned == ENOENT ? "Graphviz is not installed ('" + program + "' was not found; on Debian: "
                                    "apt-get install graphviz)"
                                  : "Graphviz '" + program + "' could not be started: " + std::strerror(spawned)};

  const auto deadline = std::chrono::steady_clock::now() + std::chrono::duration<double>(timeout_seconds);
  int status = 0;
  for (;;) {
    const pid_t done = ::waitpid(pid, &status, WNOHANG);
    if (done == pid) break;
    if (done < 0 && errno != EINTR) return {{}, "Graphviz '" + program + "' was lost while drawing"};
    if (std::chrono::steady_clock::now() >= deadline) {
      ::kill(-pid, SIGKILL);  // the whole group: dot and anything it started
      ::waitpid(pid, &status, 0);
      return {{}, "Graphviz '" + program + "' did not finish within " + seconds(timeout_seconds)};
    }
    std::this_thread::sleep_for(std::chrono::milliseconds(10));
  }
  if (!WIFEXITED(status) || WEXITSTATUS(status) != 0) {
    const std::string why = first_line(err.read());
    return {{}, "Graphviz '" + program + "' failed" + (why.empty() ? "" : ": " + why)};
  }
  const std::string svg = out.read();
  const size_t start = svg.find("<svg");
  const size_t end = svg.rfind("</svg>");
  if (start == std::string::npos || end == std::string::npos || end < start)
    return {{}, "Graphviz '" + program + "' gave no picture"};
  std::string inline_svg;
  const std::string_view body(svg.data() + start, end + 6 - start);
  for (size_t i = 0; i < body.size(); ++i) {
    inline_svg += body[i];
    if (body[i] == ' ' && body.substr(i + 1, 4) == "id=\"") {
      inline_svg += "id=\"" + id_prefix + "-";
      i += 4;
    }
  }
  return {inline_svg, {}};
}

}  // namespace positions::cli
