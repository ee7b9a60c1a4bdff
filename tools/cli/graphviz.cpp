#include "graphviz.hpp"

#include <fcntl.h>
#include <poll.h>
#include <signal.h>
#include <spawn.h>
#include <sys/socket.h>
#include <sys/signalfd.h>
#include <sys/syscall.h>
#include <sys/wait.h>
#include <unistd.h>

#include <algorithm>
#include <atomic>
#include <cctype>
#include <cerrno>
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <memory>

#include "svg_filter.hpp"
#include "visible.hpp"

extern char** environ;

namespace positions::cli {

namespace {

// At most this much SVG is taken from `dot`; a drawing of our graphs is far smaller.
constexpr std::size_t kMaxSvgBytes = 16u << 20;
constexpr std::size_t kMaxErrBytes = 4096;

// A descriptor closed on every path out.
struct Fd {
  int fd = -1;
  Fd() = default;
  explicit Fd(int f) : fd(f) {}
  Fd(const Fd&) = delete;
  Fd& operator=(const Fd&) = delete;
  ~Fd() { reset(); }
  void reset() {
    if (fd >= 0) ::close(fd);
    fd = -1;
  }
};

// SIGINT and SIGTERM held back while `dot` runs, and delivered to a signalfd
// instead of killing us, so that we can end `dot` and clean up first. The old
// mask comes back on every path out; a signal still pending then is ours.
struct HeldSignals {
  sigset_t held{}, old{};
  Fd fd;
  HeldSignals() {
    sigemptyset(&held);
    sigaddset(&held, SIGINT);
    sigaddset(&held, SIGTERM);
    sigprocmask(SIG_BLOCK, &held, &old);
    fd.fd = ::signalfd(-1, &held, SFD_CLOEXEC | SFD_NONBLOCK);
  }
  ~HeldSignals() { sigprocmask(SIG_SETMASK, &old, nullptr); }
};

// The child and its process group, ended (SIGKILL to the group) and reaped
// unless it was reaped already.
struct Child {
  pid_t pid = -1;
  bool reaped = false;
  int status = 0;
  ~Child() { end(); }
  void end() {
    if (pid <= 0 || reaped) return;
    ::kill(-pid, SIGKILL);
    while (::waitpid(pid, &status, 0) < 0 && errno == EINTR) {
    }
    reaped = true;
  }
};

std::string first_line(const std::string& text) {
  std::string line = text.substr(0, text.find('\n'));
  if (!line.empty() && line.back() == '\r') line.pop_back();
  return line.size() > 200 ? line.substr(0, 200) + "..." : line;
}

std::string seconds(double s) {
  char buf[32];
  std::snprintf(buf, sizeof buf, "%g", s);
  return std::string(buf) + (s == 1 ? " second" : " seconds");
}

// Reads what is there; false at end of file or on an error.
bool drain(int fd, std::string& into, std::size_t limit, bool& over) {
  char buf[65536];
  const ssize_t n = ::read(fd, buf, sizeof buf);
  if (n < 0) return errno == EINTR || errno == EAGAIN;
  if (n == 0) return false;
  const std::size_t room = into.size() < limit ? limit - into.size() : 0;
  into.append(buf, std::min(room, static_cast<std::size_t>(n)));
  if (static_cast<std::size_t>(n) > room) over = true;
  return true;
}

constexpr int kEndingSignals[2] = {SIGINT, SIGTERM};

// The process group of the early `dot` waiting for its graphs, for the handler below.
std::atomic<pid_t> waiting_group{0};

// SIGINT or SIGTERM while an early `dot` waits for its graphs (positions is
// still loading or analysing): positions ends by the signal, as it would
// without that `dot`, and ends that `dot` and all it started first. The end
// of its input would end a `dot` that reads it, but not one that hangs.
void end_waiting_dot(int signal) {
  const pid_t group = waiting_group.load();
  if (group > 0) ::kill(-group, SIGKILL);
  struct sigaction ends{};
  ends.sa_handler = SIG_DFL;
  sigemptyset(&ends.sa_mask);
  ::sigaction(signal, &ends, nullptr);
  ::raise(signal);  // delivered as the handler returns
}

}  // namespace

Interrupted::Interrupted(int signal, const char* doing)
    : signal_(signal),
      text_(std::string("interrupted by ") + (signal == SIGINT ? "SIGINT" : signal == SIGTERM ? "SIGTERM" : "a signal") +
            " while " + doing + "; it was stopped and nothing was written") {}

// A program started, with what is to go to its standard input so far. The
// input goes through a socket (sent without SIGPIPE, which a pipe would
// raise if the program stops reading), so more can be handed on after the
// start; closing it is the end of the input.
struct Started {
  Ran::Outcome outcome = Ran::ok;
  int error = 0;
  std::string input;
  std::size_t sent = 0;
  Fd in, out_r, err_r, pidfd;
  Child child;  // declared last: ended first, before its descriptors close
  bool guarded = false;
  struct sigaction old_actions[2]{};

  Started() = default;
  Started(const Started&) = delete;
  Started& operator=(const Started&) = delete;
  ~Started();
  void guard();

  // Sends what the socket takes now; false once the program takes no more.
  bool send_some() {
    while (sent < input.size()) {
      const ssize_t n = ::send(in.fd, input.data() + sent, input.size() - sent, MSG_NOSIGNAL | MSG_DONTWAIT);
      if (n < 0 && errno == EINTR) continue;
      if (n < 0) return errno == EAGAIN || errno == EWOULDBLOCK;
      sent += static_cast<std::size_t>(n);
    }
    return true;
  }
};

// Only where the signal would end us anyway: one ignored or handled by
// someone else stays so.
void Started::guard() {
  if (child.pid <= 0) return;
  waiting_group = child.pid;
  struct sigaction act{};
  act.sa_handler = end_waiting_dot;
  sigemptyset(&act.sa_mask);
  for (int i = 0; i < 2; ++i) {
    ::sigaction(kEndingSignals[i], nullptr, &old_actions[i]);
    if (old_actions[i].sa_handler == SIG_DFL) ::sigaction(kEndingSignals[i], &act, nullptr);
  }
  guarded = true;
}

// The child is ended before the handler goes, with the signals held back in
// between, so that no signal can end us and leave it running.
Started::~Started() {
  if (!guarded) return;
  sigset_t held, old;
  sigemptyset(&held);
  for (int signal : kEndingSignals) sigaddset(&held, signal);
  sigprocmask(SIG_BLOCK, &held, &old);
  child.end();
  for (int i = 0; i < 2; ++i)
    if (old_actions[i].sa_handler == SIG_DFL) ::sigaction(kEndingSignals[i], &old_actions[i], nullptr);
  waiting_group = 0;
  sigprocmask(SIG_SETMASK, &old, nullptr);
}

namespace {

std::unique_ptr<Started> start_program(const std::string& program, const std::vector<std::string>& args) {
  auto s = std::make_unique<Started>();
  auto failed = [&](Ran::Outcome o, int e) {
    s->outcome = o;
    s->error = e;
    return std::move(s);
  };
  // No file on disk at all: the input goes in through a socket, the output
  // and messages come back through pipes. Nothing can be left behind,
  // whatever ends us.
  int in_pair[2], out_pipe[2], err_pipe[2];
  if (::socketpair(AF_UNIX, SOCK_STREAM | SOCK_CLOEXEC, 0, in_pair) != 0) return failed(Ran::no_resources, errno);
  s->in.fd = in_pair[0];
  Fd in_child(in_pair[1]);
  if (::pipe2(out_pipe, O_CLOEXEC) != 0) return failed(Ran::no_resources, errno);
  s->out_r.fd = out_pipe[0];
  Fd out_w(out_pipe[1]);
  if (::pipe2(err_pipe, O_CLOEXEC) != 0) return failed(Ran::no_resources, errno);
  s->err_r.fd = err_pipe[0];
  Fd err_w(err_pipe[1]);

  posix_spawn_file_actions_t actions;
  posix_spawn_file_actions_init(&actions);
  posix_spawn_file_actions_adddup2(&actions, in_child.fd, 0);
  posix_spawn_file_actions_adddup2(&actions, out_w.fd, 1);
  posix_spawn_file_actions_adddup2(&actions, err_w.fd, 2);
  posix_spawnattr_t attr;
  posix_spawnattr_init(&attr);
  // Its own process group, so one kill ends it and all it started; the
  // signals HeldSignals holds back are its to receive, as normal.
  posix_spawnattr_setflags(&attr, POSIX_SPAWN_SETPGROUP | POSIX_SPAWN_SETSIGMASK | POSIX_SPAWN_SETSIGDEF);
  posix_spawnattr_setpgroup(&attr, 0);
  sigset_t none, held;
  sigemptyset(&none);
  sigemptyset(&held);
  sigaddset(&held, SIGINT);
  sigaddset(&held, SIGTERM);
  posix_spawnattr_setsigmask(&attr, &none);
  posix_spawnattr_setsigdefault(&attr, &held);
  std::vector<std::string> words{program};
  words.insert(words.end(), args.begin(), args.end());
  std::vector<char*> argv;
  for (auto& w : words) argv.push_back(w.data());
  argv.push_back(nullptr);
  const int spawned = posix_spawnp(&s->child.pid, program.c_str(), &actions, &attr, argv.data(), environ);
  posix_spawn_file_actions_destroy(&actions);
  posix_spawnattr_destroy(&attr);
  if (spawned != 0) {
    s->child.pid = -1;
    return failed(spawned == ENOENT ? Ran::not_found : Ran::not_started, spawned);
  }
  // glibc 2.36's <sys/pidfd.h> lacks extern "C", so the system call directly.
  s->pidfd.fd = static_cast<int>(::syscall(SYS_pidfd_open, s->child.pid, 0));
  return s;
}

// Hands the program the rest of its input, then waits, without polling by
// the clock, for whichever comes first: the program done and both pipes
// closed, a signal, the time limit, or too much output.
Ran finish(Started& s, const HeldSignals& signals, double timeout_seconds, std::size_t max_out, const char* doing,
           const std::function<bool(std::string&)>& took) {
  Ran ran;
  auto failed = [&](Ran::Outcome o, int e) {
    s.child.end();  // the socket and pipes close as we unwind
    ran.outcome = o;
    ran.error = e;
    return ran;
  };
  if (s.outcome != Ran::ok) return failed(s.outcome, s.error);
  const auto limit = std::chrono::duration_cast<std::chrono::steady_clock::duration>(
      std::chrono::duration<double>(timeout_seconds));
  auto deadline = std::chrono::steady_clock::now() + limit;
  bool out_over = false, err_over = false, out_open = true, err_open = true;
  while (out_open || err_open || !s.child.reaped) {
    if (s.in.fd >= 0 && (!s.send_some() || s.sent == s.input.size())) s.in.reset();
    pollfd fds[5] = {{out_open ? s.out_r.fd : -1, POLLIN, 0},
                     {err_open ? s.err_r.fd : -1, POLLIN, 0},
                     {s.child.reaped ? -1 : s.pidfd.fd, POLLIN, 0},
                     {signals.fd.fd, POLLIN, 0},
                     {s.in.fd, POLLOUT, 0}};
    const auto left = std::chrono::duration_cast<std::chrono::milliseconds>(deadline - std::chrono::steady_clock::now());
    if (left.count() <= 0) return failed(Ran::timed_out, 0);
    const int ready = ::poll(fds, 5, static_cast<int>(std::min<long long>(left.count() + 1, 1 << 30)));
    if (ready < 0 && errno != EINTR) return failed(Ran::no_resources, errno);
    if (fds[3].revents & POLLIN) {
      signalfd_siginfo info{};
      if (::read(signals.fd.fd, &info, sizeof info) == static_cast<ssize_t>(sizeof info)) {
        s.child.end();
        throw Interrupted(static_cast<int>(info.ssi_signo), doing);
      }
    }
    if (fds[0].revents) {
      const std::size_t before = ran.out.size();
      out_open = drain(s.out_r.fd, ran.out, max_out, out_over);
      if (took && !out_over && ran.out.size() > before && took(ran.out))
        deadline = std::chrono::steady_clock::now() + limit;
    }
    if (fds[1].revents) err_open = drain(s.err_r.fd, ran.err, kMaxErrBytes, err_over);
    if (out_over) return failed(Ran::too_much, 0);
    if (fds[2].revents) {
      if (::waitpid(s.child.pid, &s.child.status, WNOHANG) == s.child.pid) s.child.reaped = true;
    }
  }
  ::kill(-s.child.pid, SIGKILL);  // anything it left running in its group
  const int status = s.child.status;
  ran.outcome = WIFEXITED(status) && WEXITSTATUS(status) == 0 ? Ran::ok : Ran::failed;
  ran.first_error_line = visible_inline(first_line(ran.err));
  return ran;
}

}  // namespace

Ran run_program(const std::string& program, const std::vector<std::string>& args, const std::string& input,
                double timeout_seconds, std::size_t max_out, const char* doing,
                const std::function<bool(std::string&)>& took) {
  // Held from before the start, so that no signal can end us and leave the program running.
  const HeldSignals signals;
  const std::unique_ptr<Started> s = start_program(program, args);
  s->input = input;
  return finish(*s, signals, timeout_seconds, max_out, doing, took);
}

std::string seconds_words(double s) { return seconds(s); }

namespace {

std::string dot_program() {
  const char* env = std::getenv("POSITIONS_DOT");
  return env && *env ? env : "dot";
}

// Why there is no picture, or the picture, of what `dot` (named `name`) did.
Figure drawn(const Ran& ran, const std::string& svg, double timeout_seconds, const std::string& id_prefix,
             const std::string& name) {
  auto failed = [&](const std::string& why) { return Figure{{}, why}; };
  switch (ran.outcome) {
    case Ran::ok: break;
    case Ran::no_resources:
      return failed("Graphviz '" + name + "' could not be run: " + std::string(std::strerror(ran.error)));
    case Ran::not_found:
      return failed("Graphviz is not installed ('" + name + "' was not found; on Debian: apt-get install graphviz)");
    case Ran::not_started:
      return failed("Graphviz '" + name + "' could not be started: " + std::strerror(ran.error));
    case Ran::timed_out:
      return failed("Graphviz '" + name + "' did not finish within " + seconds(timeout_seconds));
    case Ran::too_much:
      return failed("Graphviz '" + name + "' gave more than " + std::to_string(kMaxSvgBytes) + " bytes of SVG");
    case Ran::failed:
      return failed("Graphviz '" + name + "' failed" +
                    (ran.first_error_line.empty() ? "" : ": " + ran.first_error_line));
  }
  return filter_svg(svg, id_prefix, name);
}

// Graphviz (2.43) takes the id of a graph's root group before it resets the
// page position the graph before it in the same run left behind, so every
// graph after the first is "page0,1_graph0" where alone it is "graph0". We
// never split a graph into pages, so such a prefix is only that.
void as_if_drawn_alone(std::string& svg) {
  const std::size_t svg_at = svg.find("<svg");
  if (svg_at == std::string::npos) return;
  const std::size_t g = svg.find("<g id=\"", svg_at);
  if (g == std::string::npos) return;
  const std::size_t id = g + 7;
  if (svg.compare(id, 4, "page") != 0) return;
  std::size_t end = id + 4;
  while (end < svg.size() && (std::isdigit(static_cast<unsigned char>(svg[end])) || svg[end] == ',')) ++end;
  if (end < svg.size() && svg[end] == '_' && end > id + 4) svg.erase(id, end + 1 - id);
}

bool only_space(const std::string& s) {
  return std::all_of(s.begin(), s.end(), [](unsigned char c) { return std::isspace(c); });
}

}  // namespace

Figure draw_svg(const std::string& dot_text, double timeout_seconds, const std::string& id_prefix) {
  const std::string program = dot_program();
  const Ran ran = run_program(program, {"-Tsvg"}, dot_text, timeout_seconds, kMaxSvgBytes, "Graphviz was drawing");
  return drawn(ran, ran.out, timeout_seconds, id_prefix, visible_inline(program));
}

// The smallest graph that has `dot` load all it loads before it draws a
// briefing's graph: the layout and its plugins, and the fonts the briefing's
// text is measured in (graph_dot.cpp). Drawn first, its picture dropped.
constexpr const char* kWarmUp =
    "digraph warm_up { node [fontname=\"Helvetica\", shape=box]; a -> b [label=\"c\", fontname=\"Helvetica\"]; }\n";

Graphviz::Graphviz() : program_(dot_program()), early_(start_program(program_, {"-Tsvg"})) {
  if (early_->outcome != Ran::ok) return;  // said by draw()
  early_->guard();
  early_->input = kWarmUp;
  early_->send_some();
}

Graphviz::~Graphviz() = default;

std::vector<Figure> Graphviz::draw(const std::vector<std::pair<std::string, std::string>>& graphs,
                                   double timeout_seconds) {
  const std::string name = visible_inline(program_);
  std::vector<Figure> figures;
  std::unique_ptr<Started> dot = std::move(early_);
  while (figures.size() < graphs.size()) {
    const std::size_t first = figures.size();
    // The early `dot` draws the warm-up first; one started for the graphs
    // left after a time-out has no start-up to hide.
    std::size_t warm_up = 1;
    if (!dot) {
      dot = start_program(program_, {"-Tsvg"});
      warm_up = 0;
    }
    const std::size_t expected = warm_up + graphs.size() - first;
    for (std::size_t i = first; i < graphs.size(); ++i) dot->input += graphs[i].second;
    // Each document ends at its "</svg>": Graphviz escapes '<' in every name
    // and label it writes, so the closing tag is the only place it occurs.
    // Each is made a figure as it comes, while `dot` draws the next.
    const Ran ok;
    std::vector<Figure> ready;
    std::size_t documents = 0, scanned = 0;
    auto take = [&](std::string& out) {
      const std::size_t before = documents;
      for (std::size_t end; (end = out.find("</svg>", scanned)) != std::string::npos; scanned = 0, ++documents) {
        std::string svg = out.substr(0, end + 6);
        out.erase(0, end + 6);
        if (documents < warm_up || documents >= expected) continue;
        as_if_drawn_alone(svg);
        ready.push_back(drawn(ok, svg, timeout_seconds, graphs[first + documents - warm_up].first, name));
      }
      scanned = out.size() > 5 ? out.size() - 5 : 0;
      return documents > before;
    };
    Ran ran;
    {
      const HeldSignals signals;
      ran = finish(*dot, signals, timeout_seconds, kMaxSvgBytes, "Graphviz was drawing", take);
      dot.reset();
    }
    const bool timed_out = ran.outcome == Ran::timed_out && documents < expected;
    if (!timed_out && !(ran.outcome == Ran::ok && documents == expected && only_space(ran.out))) {
      for (std::size_t i = first; i < graphs.size(); ++i)
        figures.push_back(draw_svg(graphs[i].second, timeout_seconds, graphs[i].first));
      break;
    }
    for (Figure& f : ready) figures.push_back(std::move(f));
    // The graph being drawn when the time ran out; the ones after it get a new `dot`.
    if (timed_out) figures.push_back(drawn(ran, {}, timeout_seconds, graphs[figures.size()].first, name));
  }
  return figures;
}

}  // namespace positions::cli
