// Issue 13: special files, file-system failures, data-file names, output
// targets, Graphviz under signals, and nothing raw on the terminal. Whatever
// could hang runs in a forked child under alarm(), so a hang fails the test
// instead of stalling the run.
#include <gtest/gtest.h>
#include <fcntl.h>
#include <poll.h>
#include <signal.h>
#include <sys/stat.h>
#include <sys/sysmacros.h>
#include <sys/wait.h>
#include <unistd.h>

#include <cerrno>
#include <filesystem>
#include <fstream>
#include <sstream>

#include "ansi.hpp"
#include "cli.hpp"
#include "positions/load.hpp"
#include "visible.hpp"
#include "test_support.hpp"

namespace positions {
namespace {

namespace fs = std::filesystem;

struct Bounded {
  int code = -1;     // exit code, or 128 + signal when the child was killed
  bool hung = false;  // killed by the alarm
  std::string out, err;
};

// Runs the CLI in a forked child, optionally as user `nobody` (the tests run
// as root, who may read anything), with `seconds` to finish.
Bounded run_bounded(const std::vector<std::string>& args, int seconds = 10, bool as_nobody = false) {
  int pipes[2][2];
  if (::pipe(pipes[0]) != 0 || ::pipe(pipes[1]) != 0) return {};
  const pid_t pid = ::fork();
  if (pid == 0) {
    ::alarm(static_cast<unsigned>(seconds));
    if (as_nobody && (::setgid(65534) != 0 || ::setuid(65534) != 0)) ::_exit(99);
    std::ostringstream out, err;
    const int code = cli::run_cli(args, out, err);
    const std::string o = out.str(), e = err.str();
    if (::write(pipes[0][1], o.data(), o.size()) < 0 || ::write(pipes[1][1], e.data(), e.size()) < 0) ::_exit(98);
    ::_exit(code);
  }
  ::close(pipes[0][1]);
  ::close(pipes[1][1]);
  Bounded r;
  for (int k = 0; k < 2; ++k) {
    char buf[4096];
    for (ssize_t n; (n = ::read(pipes[k][0], buf, sizeof buf)) > 0;) (k ? r.err : r.out).append(buf, static_cast<size_t>(n));
    ::close(pipes[k][0]);
  }
  int status = 0;
  ::waitpid(pid, &status, 0);
  if (WIFSIGNALED(status)) {
    r.hung = WTERMSIG(status) == SIGALRM;
    r.code = 128 + WTERMSIG(status);
  } else {
    r.code = WEXITSTATUS(status);
  }
  return r;
}

class Hardening : public ::testing::Test {
 protected:
  void SetUp() override {
    std::string t = (fs::temp_directory_path() / "positions-harden-XXXXXX").string();
    dir_ = ::mkdtemp(t.data());
    fs::permissions(dir_, fs::perms::all);  // `nobody` may enter
    fs::copy(test::fixture("hardening-base"), dir_ / "data", fs::copy_options::recursive);
  }
  void TearDown() override {
    std::error_code ec;
    for (const auto& e : fs::recursive_directory_iterator(dir_, ec))
      if (e.is_directory(ec) && !e.is_symlink(ec)) fs::permissions(e.path(), fs::perms::owner_all, fs::perm_options::add, ec);
    fs::remove_all(dir_, ec);
  }
  std::string data() const { return (dir_ / "data").string(); }
  std::string at(const std::string& rel) const { return (dir_ / "data" / rel).string(); }
  void write(const std::string& rel, const std::string& text) { std::ofstream(at(rel)) << text; }
  // The error text with the scratch folder removed.
  std::string shown(const std::string& text) const { return test::without(text, data() + "/"); }

  fs::path dir_;
};

// ---- files that are not regular files ------------------------------------

TEST_F(Hardening, FifoAsPartyFileIsRefusedNotWaitedOn) {
  ASSERT_EQ(::mkfifo(at("positions/zz.yaml").c_str(), 0644), 0);
  const Bounded r = run_bounded({"compare", "ru", "ua", "--data", data()});
  ASSERT_FALSE(r.hung);
  EXPECT_EQ(r.code, 1);
  EXPECT_NE(shown(r.err).find("positions/zz.yaml: cannot read the file: it is a FIFO (named pipe), not a regular file\n"
                              "  hint: data files are plain files; remove it or move it out of the data folder"),
            std::string::npos)
      << r.err;
}

TEST_F(Hardening, FifoAsCatalogAndAsValidatePath) {
  fs::remove(at("positions/catalog.yaml"));
  ASSERT_EQ(::mkfifo(at("positions/catalog.yaml").c_str(), 0644), 0);
  Bounded r = run_bounded({"validate", data()});
  ASSERT_FALSE(r.hung);
  EXPECT_EQ(r.code, 1);
  EXPECT_NE(shown(r.out).find("positions/catalog.yaml: cannot read the file: it is a FIFO (named pipe)"), std::string::npos)
      << r.out;
  r = run_bounded({"validate", at("positions/catalog.yaml")});
  ASSERT_FALSE(r.hung);
  EXPECT_EQ(r.code, 1);
  EXPECT_NE(shown(r.out).find("positions/catalog.yaml: cannot read the file: it is a FIFO (named pipe)"), std::string::npos)
      << r.out;
}

TEST_F(Hardening, DevicesLinkedAsPartyFilesAreNeverRead) {
  for (const char* device : {"/dev/zero", "/dev/urandom"}) {
    fs::remove(at("positions/zz.yaml"));
    fs::create_symlink(device, at("positions/zz.yaml"));
    const Bounded r = run_bounded({"list", "--data", data()});
    ASSERT_FALSE(r.hung) << device;
    EXPECT_EQ(r.code, 1);
    EXPECT_NE(shown(r.err).find("positions/zz.yaml: cannot read the file: it is a character device, not a regular file"),
              std::string::npos)
        << r.err;
  }
}

TEST(DiskFiles, NeverReadsPastTheLimitWhenTheSizeIsUnknown) {
  // /proc files say they are empty: only a bounded read notices the size.
  try {
    DiskFiles().read("/proc/self/maps", 16);
    FAIL();
  } catch (const Error& e) {
    EXPECT_EQ(e.problems()[0].message, "the file is more than 16 bytes; at most 16 bytes are read");
  }
}

TEST_F(Hardening, UnlistableScenariosFolderIsAnErrorNotEmpty) {
  fs::permissions(at("scenarios"), fs::perms::none);
  const Bounded r = run_bounded({"validate", data()}, 10, true);
  ASSERT_NE(r.code, 99) << "could not become nobody";
  EXPECT_EQ(r.code, 1) << r.out << r.err;
  EXPECT_NE(shown(r.out).find("scenarios: cannot list the folder: permission denied"), std::string::npos) << r.out;
  EXPECT_EQ(r.out.find("0 errors"), std::string::npos);
}

TEST_F(Hardening, UnlistablePositionsFolderSaysSoOnce) {
  fs::permissions(at("positions"), fs::perms::owner_all | fs::perms::others_exec);  // enter, not list
  const Bounded r = run_bounded({"compare", "ru", "ua", "--data", data()}, 10, true);
  EXPECT_EQ(r.code, 1) << r.err;
  EXPECT_NE(shown(r.err).find("positions: cannot list the folder: permission denied\n"), std::string::npos) << r.err;
  EXPECT_EQ(r.err.find("unknown party"), std::string::npos) << r.err;
}

TEST_F(Hardening, DataFolderWithoutPermission) {
  fs::permissions(dir_ / "data", fs::perms::owner_all);
  const Bounded r = run_bounded({"list", "--data", data()}, 10, true);
  EXPECT_EQ(r.code, 1) << r.err;
  EXPECT_NE(shown(r.err).find("positions: cannot read: permission denied"), std::string::npos) << r.err;
}

TEST_F(Hardening, LinkLoopAndLongNamesAreDataErrors) {
  fs::rename(at("positions"), at("real"));
  fs::create_symlink("positions", at("positions"));
  test::CliResult r = test::run({"list", "--data", data()});
  EXPECT_EQ(r.code, 1);
  EXPECT_NE(shown(r.err).find("positions: cannot read: it is a loop of symbolic links (a link that leads back to itself)"),
            std::string::npos)
      << r.err;
  r = test::run({"list", "--data", data() + "/" + std::string(256, 'x')});
  EXPECT_EQ(r.code, 1);
  EXPECT_NE(r.err.find("cannot read: a name in the path is longer than the file system allows (255 bytes)"),
            std::string::npos)
      << r.err;
}

// ---- data-file names and YAML tags ----------------------------------------

TEST_F(Hardening, EditorLockAndBackupFilesAreIgnored) {
  fs::create_symlink("root@host.1234:1700000000", at("positions/.#ru.yaml"));  // emacs' dangling lock
  fs::copy_file(at("positions/ru.yaml"), at("positions/ru.yaml~"));
  fs::copy_file(at("positions/ru.yaml"), at("positions/#ru.yaml#"));
  write("positions/.ru.yaml.swp", "\x01\x02binary");
  const test::CliResult r = test::run({"validate", data()});
  EXPECT_EQ(r.code, 0) << r.out;
}

TEST_F(Hardening, YmlFileIsAnErrorWithARename) {
  fs::copy_file(at("positions/ru.yaml"), at("positions/pl.yml"));
  const test::CliResult r = test::run({"validate", data()});
  EXPECT_EQ(r.code, 1);
  EXPECT_NE(shown(r.out).find("positions/pl.yml: data files end in .yaml; this one is not read\n"
                              "  hint: rename it to pl.yaml"),
            std::string::npos)
      << r.out;
}

TEST_F(Hardening, YamlTagsAreRefusedWithAPosition) {
  std::string ru = test::read_file(at("positions/ru.yaml"));
  ru.replace(ru.find("name: Russia"), 12, "name: !!binary UnVzc2lh");
  write("positions/ru.yaml", ru);
  test::CliResult r = test::run({"validate", data()});
  EXPECT_EQ(r.code, 1);
  EXPECT_NE(shown(r.out).find("positions/ru.yaml:3:7: the YAML tag '!!binary' is not read; data files use plain values"),
            std::string::npos)
      << r.out;
  ru.replace(ru.find("!!binary"), 8, "!country");
  write("positions/ru.yaml", ru);
  r = test::run({"validate", data()});
  EXPECT_NE(shown(r.out).find("positions/ru.yaml:3:7: the YAML tag '!country' is not read"), std::string::npos) << r.out;
  EXPECT_NE(r.out.find("hint: remove the tag: every value is read as text, then checked"), std::string::npos);
}

TEST_F(Hardening, NulInAValueIsRefused) {
  std::string ru = test::read_file(at("positions/ru.yaml"));
  ru.replace(ru.find("name: Russia"), 12, "name: \"Rus\\0sia\"");
  write("positions/ru.yaml", ru);
  const test::CliResult r = test::run({"validate", data()});
  EXPECT_NE(shown(r.out).find("positions/ru.yaml:3:7: the value contains a NUL character (\\0), which is not text"),
            std::string::npos)
      << r.out;
}

// ---- nothing raw on the terminal ------------------------------------------

bool has_raw_control(const std::string& s) {
  for (size_t i = 0; i < s.size(); ++i) {
    const auto c = static_cast<unsigned char>(s[i]);
    if ((c < 0x20 && c != '\n' && c != '\t') || c == 0x7F) return true;
    if (c == 0xC2 && i + 1 < s.size() && static_cast<unsigned char>(s[i + 1]) <= 0x9F) return true;
  }
  return false;
}

TEST_F(Hardening, ControlCharactersInDataAreShownNotObeyed) {
  std::string ru = test::read_file(at("positions/ru.yaml"));
  ru.replace(ru.find("quote: \"All of Donetsk.\""), 24, "quote: \"All\\e[2J of\\a Don\\u009betsk\\r.\"");
  write("positions/ru.yaml", ru);
  std::string cat = test::read_file(at("positions/catalog.yaml"));
  cat.replace(cat.find("title: Control of Donetsk oblast"), 32, "title: \"Control\\e]0;pwned\\a of Donetsk\"");
  write("positions/catalog.yaml", cat);
  for (const auto& args : std::vector<std::vector<std::string>>{{"compare", "ru", "ua"},
                                                                {"deals", "ru", "ua"},
                                                                {"report", "ru", "ua", "--format", "md"},
                                                                {"list"}}) {
    std::vector<std::string> a = args;
    a.insert(a.end(), {"--data", data()});
    const test::CliResult r = test::run(a);
    EXPECT_EQ(r.code, 0) << r.err;
    EXPECT_FALSE(has_raw_control(r.out)) << args[0];
    EXPECT_FALSE(has_raw_control(r.err)) << args[0];
  }
  const test::CliResult r = test::run({"compare", "ru", "ua", "--data", data()});
  EXPECT_NE(r.out.find("Control\\x1b]0;pwned\\x07 of Donetsk"), std::string::npos) << r.out;
  EXPECT_NE(r.out.find("All\\x1b[2J of\\x07 Don\\u009betsk\\x0d."), std::string::npos) << r.out;
  // JSON escapes on its own, and stays valid: \u009b is a JSON escape too.
  const test::CliResult j = test::run({"compare", "ru", "ua", "--format", "json", "--data", data()});
  EXPECT_NE(j.out.find("All\\u001b[2J of\\u0007 Don\\u009betsk\\r."), std::string::npos) << j.out;
}

TEST_F(Hardening, ControlCharactersInArgumentsAndFileNames) {
  test::CliResult r = test::run({"compare", "ru", "\x1b[31mua\x07", "--data", data()});
  EXPECT_EQ(r.code, 2);
  EXPECT_FALSE(has_raw_control(r.err));
  EXPECT_NE(r.err.find("\\x1b[31mua\\x07"), std::string::npos) << r.err;
  r = test::run({"compare", "ru", "u\xff", "--data", data()});
  EXPECT_NE(r.err.find("u\\xff"), std::string::npos) << r.err;
  write("positions/e\x1b]0;x\x07.yaml", "code: [\n");
  r = test::run({"validate", data()});
  EXPECT_FALSE(has_raw_control(r.out));
  EXPECT_NE(r.out.find("positions/e\\x1b]0;x\\x07.yaml:"), std::string::npos) << r.out;
}

TEST(Visible, EscapesControlsC1BidiAndInvalidBytesOnly) {
  EXPECT_EQ(visible("a\x1b[1mb\tc\nd\re\x7f"), "a\\x1b[1mb\tc\nd\\x0de\\u007f");
  EXPECT_EQ(visible("\xc2\x9b \xe2\x80\xae \xff caf\xc3\xa9 \\x"), "\\u009b \\u202e \\xff caf\xc3\xa9 \\x");
  EXPECT_EQ(visible(visible("\x1b\xff")), visible("\x1b\xff"));
  EXPECT_EQ(visible_inline("a\nb\tc"), "a\\x0ab\\x09c");
  EXPECT_EQ(terminal_text(std::string("x\x1b") + paint("OK", Tint::red)), "x\\x1b\x1b[31mOK\x1b[0m");
}

// ---- options ---------------------------------------------------------------

TEST_F(Hardening, TermDumbMeansNoColour) {
  ::setenv("TERM", "dumb", 1);
  ::unsetenv("NO_COLOR");
  std::ostringstream out, err;
  cli::run_cli({"compare", "ru", "ua", "--data", data()}, out, err, true);
  ::setenv("TERM", "xterm", 1);
  EXPECT_EQ(out.str().find('\x1b'), std::string::npos);
  std::ostringstream out2, err2;
  cli::run_cli({"compare", "ru", "ua", "--data", data()}, out2, err2, true);
  EXPECT_NE(out2.str().find('\x1b'), std::string::npos);
}

TEST_F(Hardening, DataTwiceIsAUsageError) {
  const test::CliResult r = test::run({"--data", data(), "compare", "ru", "ua", "--data", data()});
  EXPECT_EQ(r.code, 2);
  EXPECT_EQ(r.err, "positions: --data is given both before and after the command; give it once\n"
                   "Try 'positions compare --help'.\n");
}

// ---- writing output --------------------------------------------------------

TEST_F(Hardening, DeviceTargetIsWrittenNotReplaced) {
  const std::string null = (dir_ / "null").string();
  ASSERT_EQ(::mknod(null.c_str(), S_IFCHR | 0666, makedev(1, 3)), 0);
  test::CliResult r = test::run({"report", "ru", "ua", "--format", "md", "-o", null, "--data", data()});
  EXPECT_EQ(r.code, 0) << r.err;
  struct stat st {};
  ASSERT_EQ(::stat(null.c_str(), &st), 0);
  EXPECT_TRUE(S_ISCHR(st.st_mode));
  const std::string full = (dir_ / "full").string();
  ASSERT_EQ(::mknod(full.c_str(), S_IFCHR | 0666, makedev(1, 7)), 0);
  r = test::run({"report", "ru", "ua", "--format", "md", "-o", full, "--data", data()});
  EXPECT_EQ(r.code, 1);
  EXPECT_EQ(r.err, "positions: cannot write '" + full + "': the disk is full\n");
  ASSERT_EQ(::stat(full.c_str(), &st), 0);
  EXPECT_TRUE(S_ISCHR(st.st_mode));
}

TEST_F(Hardening, FifoTargetIsWrittenToItsReaderOrRefused) {
  const std::string fifo = (dir_ / "fifo").string();
  ASSERT_EQ(::mkfifo(fifo.c_str(), 0644), 0);
  Bounded r = run_bounded({"report", "ru", "ua", "--format", "md", "-o", fifo, "--data", data()});
  ASSERT_FALSE(r.hung);
  EXPECT_EQ(r.code, 1);
  EXPECT_EQ(r.err, "positions: cannot write '" + fifo + "': it is a FIFO (named pipe) that nothing is reading\n");
  // The reader opens the FIFO first and says so, so the command always finds
  // it there (a reader still on its way to open() made this test flaky).
  int ready[2];
  ASSERT_EQ(::pipe(ready), 0);
  const pid_t reader = ::fork();
  if (reader == 0) {
    ::alarm(10);
    const int fd = ::open(fifo.c_str(), O_RDONLY | O_NONBLOCK);
    if (fd < 0 || ::write(ready[1], "r", 1) != 1) ::_exit(2);
    std::string text;
    char buf[4096];
    for (;;) {
      pollfd p{fd, POLLIN, 0};
      if (::poll(&p, 1, -1) < 0) ::_exit(3);
      const ssize_t n = ::read(fd, buf, sizeof buf);
      if (n > 0) text.append(buf, static_cast<size_t>(n));
      else if (n == 0 || (n < 0 && errno != EAGAIN)) break;
    }
    ::_exit(text.rfind("# ", 0) == 0 ? 0 : 1);
  }
  char byte = 0;
  ASSERT_EQ(::read(ready[0], &byte, 1), 1);
  ::close(ready[0]);
  ::close(ready[1]);
  r = run_bounded({"report", "ru", "ua", "--format", "md", "-o", fifo, "--data", data()});
  int status = 0;
  ::waitpid(reader, &status, 0);
  EXPECT_EQ(r.code, 0) << r.err;
  EXPECT_TRUE(WIFEXITED(status) && WEXITSTATUS(status) == 0);
  EXPECT_TRUE(fs::is_fifo(fifo));
}

TEST_F(Hardening, SymlinkTargetIsWrittenThrough) {
  std::ofstream(dir_ / "real.md") << "old";
  fs::create_symlink("real.md", dir_ / "link.md");
  const test::CliResult r =
      test::run({"report", "ru", "ua", "--format", "md", "-o", (dir_ / "link.md").string(), "--data", data()});
  EXPECT_EQ(r.code, 0) << r.err;
  EXPECT_TRUE(fs::is_symlink(dir_ / "link.md"));
  EXPECT_EQ(test::read_file((dir_ / "real.md").string()).rfind("# ", 0), 0u);
}

TEST_F(Hardening, LongTargetNamesAndStandardOutput) {
  const std::string name = (dir_ / (std::string(247, 'b') + ".md")).string();  // 250 bytes
  test::CliResult r = test::run({"report", "ru", "ua", "--format", "md", "-o", name, "--data", data()});
  EXPECT_EQ(r.code, 0) << r.err;
  EXPECT_TRUE(fs::is_regular_file(name));
  r = test::run({"report", "ru", "ua", "--format", "md", "-o", "-", "--data", data()});
  EXPECT_EQ(r.code, 0);
  EXPECT_EQ(r.out.rfind("# ", 0), 0u);
  EXPECT_FALSE(fs::exists("-"));
}

// A standard output that refuses every write.
class Broken : public std::streambuf {
  int overflow(int) override { return traits_type::eof(); }
  std::streamsize xsputn(const char*, std::streamsize) override { return 0; }
};

TEST_F(Hardening, UnprintableConfirmationDoesNotFailTheCommand) {
  Broken broken;
  std::ostream out(&broken);
  std::ostringstream err;
  const std::string target = (dir_ / "r.md").string();
  EXPECT_EQ(cli::run_cli({"report", "ru", "ua", "--format", "md", "-o", target, "--data", data()}, out, err), 0);
  EXPECT_EQ(err.str(), "positions: the file was written, but the line saying so could not be printed on standard output\n");
  EXPECT_TRUE(fs::is_regular_file(target));
  std::ostream out2(&broken);
  std::ostringstream err2;
  EXPECT_EQ(cli::run_cli({"compare", "ru", "ua", "--data", data()}, out2, err2), 1);
  EXPECT_EQ(err2.str(), "positions: could not write the output (disk full or pipe closed)\n");
}

// ---- Graphviz --------------------------------------------------------------

class FakeDot : public Hardening {
 protected:
  std::string dot(const std::string& script) {
    const std::string path = (dir_ / "dot").string();
    std::ofstream(path) << "#!/bin/sh\n" << script;
    fs::permissions(path, fs::perms::owner_all);
    ::setenv("POSITIONS_DOT", path.c_str(), 1);
    return path;
  }
  void TearDown() override {
    ::unsetenv("POSITIONS_DOT");
    Hardening::TearDown();
  }
};

TEST_F(FakeDot, SignalWhileDrawingEndsDotAndLeavesNothing) {
  const std::string pidfile = (dir_ / "dot.pid").string();
  const std::string tmp = (dir_ / "tmp").string();
  fs::create_directory(tmp);
  ::setenv("TMPDIR", tmp.c_str(), 1);
  // Says its pid once given a briefing's graph (after the warm-up line): positions is drawing.
  dot("read warm_up; read graph; echo $$ > " + pidfile + ".part && mv " + pidfile + ".part " + pidfile +
      "\nexec sleep 60\n");
  const pid_t child = ::fork();
  if (child == 0) {
    ::alarm(20);
    std::ostringstream out, err;
    const int code = cli::run_cli({"report", "ru", "ua", "--format", "html", "--data", data()}, out, err);
    ::_exit(code);
  }
  // Wait for the fake dot to start (bounded by its child's alarm).
  while (!fs::exists(pidfile)) ::usleep(10000);
  const pid_t dot_pid = std::stoi(test::read_file(pidfile));
  ::kill(child, SIGTERM);
  int status = 0;
  ::waitpid(child, &status, 0);
  ::unsetenv("TMPDIR");
  ASSERT_TRUE(WIFEXITED(status));
  EXPECT_EQ(WEXITSTATUS(status), 128 + SIGTERM);
  EXPECT_NE(::kill(dot_pid, 0), 0) << "dot still running";
  EXPECT_TRUE(fs::is_empty(tmp));
}

TEST_F(FakeDot, HostileSvgIsCutToADrawing) {
  dot("cat > /dev/null\n"
      "printf '\\033]0;owned\\007warning\\n' >&2\n"
      "cat <<'EOF'\n"
      "<?xml version=\"1.0\"?><!DOCTYPE svg>\n"
      "<svg width=\"10pt\" onload=\"alert(1)\" xmlns=\"http://www.w3.org/2000/svg\">"
      "<script>alert(2)</script><g id=\"graph0\" onclick=\"x()\" style=\"background:url(http://e/x)\">"
      "<a xlink:href=\"javascript:alert(3)\" href=\"javascript:alert(4)\"><text x=\"1\">ru</text></a>"
      "<foreignObject><div>html</div></foreignObject><image href=\"http://e/i.png\"/>"
      "<polygon fill=\"url(http://e/f)\" stroke=\"black\" points=\"0,0 1,1\"/>"
      "<path fill=\"url(#grad)\" d=\"M0 0\"/></g></svg>\n"
      "EOF\n");
  const test::CliResult r = test::run({"report", "ru", "ua", "--format", "html", "--data", data()});
  EXPECT_EQ(r.code, 0) << r.err;
  for (const char* bad : {"<script", "alert", "onload", "onclick", "javascript:", "http://e/", "foreignObject",
                          "<image", "xlink"})
    EXPECT_EQ(r.out.find(bad), std::string::npos) << bad;
  // Each picture on its own (the page between them has links of its own).
  size_t pictures = 0;
  for (size_t svg = r.out.find("<svg"); svg != std::string::npos; svg = r.out.find("<svg", svg + 1)) {
    const std::string picture = r.out.substr(svg, r.out.find("</svg>", svg) - svg);
    EXPECT_EQ(picture.find("<a "), std::string::npos);
    EXPECT_EQ(picture.find("style="), std::string::npos);
    ++pictures;
  }
  EXPECT_GT(pictures, 0u);
  EXPECT_NE(r.out.find("<text x=\"1\">ru</text>"), std::string::npos);
  EXPECT_NE(r.out.find("fill=\"url(#parties-grad)\""), std::string::npos) << r.out.substr(0, 3000);
  EXPECT_FALSE(has_raw_control(r.err));
}

TEST_F(FakeDot, DotsMessageIsShownVisibly) {
  dot("cat > /dev/null\nprintf 'bad \\033[2J thing\\n' >&2\nexit 1\n");
  const test::CliResult r = test::run({"report", "ru", "ua", "--format", "html", "--data", data()});
  EXPECT_FALSE(has_raw_control(r.err));
  EXPECT_FALSE(has_raw_control(r.out));
  EXPECT_NE((r.out + r.err).find("failed: bad \\x1b[2J thing"), std::string::npos) << r.err;
}

// ---- the loader in memory ---------------------------------------------------

TEST(MemoryFiles, LoadsADataFolderAndKeepsItsText) {
  MemoryFiles files;
  for (const char* rel : {"positions/catalog.yaml", "positions/ru.yaml", "positions/ua.yaml", "scenarios/october.yaml"})
    files.add(std::string("mem/") + rel, test::read_file(test::fixture("hardening-base/") + rel));
  const Dataset d = load_dataset(files, "mem");
  EXPECT_EQ(d.party_codes(), (std::vector<std::string>{"ru", "ua"}));
  EXPECT_EQ(d.sources.line("mem/positions/ru.yaml", 2), "code: ru");
  // A diagnostic made after loading gets its line from the kept text.
  files.add("mem/scenarios/whatif.yaml", "builds_on: nowhere\ndescription: x\n");
  try {
    load_dataset(files, "mem");
    FAIL();
  } catch (const Error& e) {
    EXPECT_EQ(e.problems()[0].where.file, "mem/scenarios/whatif.yaml");
    EXPECT_EQ(e.problems()[0].source_line, "builds_on: nowhere");
  }
}

TEST(MemoryFiles, ListsReadsAndRefuses) {
  MemoryFiles files;
  files.add("d/a/x.yaml", "1");
  files.add("d/b.yaml", "22");
  EXPECT_EQ(files.list("d"), (std::vector<std::string>{"a", "b.yaml"}));
  EXPECT_EQ(files.type("d/a"), Files::Type::folder);
  EXPECT_EQ(files.type("d/c"), Files::Type::missing);
  EXPECT_EQ(files.read("d/./b.yaml", 2), "22");
  try {
    files.read("d/b.yaml", 1);
    FAIL();
  } catch (const Error& e) {
    EXPECT_EQ(e.problems()[0].message, "the file is 2 bytes; at most 1 bytes are read");
  }
}

}  // namespace
}  // namespace positions
