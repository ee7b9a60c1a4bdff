// Drawing several graphs in one `dot` process (Graphviz::draw): each figure
// is the one `dot` draws of that graph alone, one process draws them all,
// started before them and warmed up on a graph of its own, each graph keeps
// a time limit of its own, and a failure is said of each graph as drawing
// it alone would say it. A stand-in that ignores its input answers the
// warm-up graph too.
#include <gtest/gtest.h>
#include <signal.h>
#include <sys/wait.h>
#include <unistd.h>

#include <cerrno>
#include <chrono>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <optional>

#include "graphviz.hpp"
#include "test_support.hpp"

namespace positions::test {
namespace {

namespace fs = std::filesystem;

// Three graphs as the briefing writes them: an undirected one first, then
// directed ones with clusters and labels.
const std::vector<std::pair<std::string, std::string>>& graphs() {
  static const std::vector<std::pair<std::string, std::string>> g = {
      {"parties", "graph parties {\n  graph [label=\"Who collides\"];\n  ru -- ua [label=\"2\"];\n  us -- ru;\n}\n"},
      {"terms-a", "digraph terms_0 {\n  subgraph cluster_0 {\n    label=\"A <b> & c\";\n    a0; a1;\n  }\n"
                  "  a0 -> a1 [label=\"excludes\"];\n}\n"},
      {"terms-b", "digraph terms_1 {\n  graph [rankdir=LR];\n  b0 -> b1 -> b2;\n  b2 -> b0 [style=dashed];\n}\n"}};
  return g;
}

// A stand-in for `dot` for the length of a test, in a fresh folder.
class StandIn : public ::testing::Test {
 protected:
  void SetUp() override {
    std::string t = (fs::temp_directory_path() / "positions-graphviz-XXXXXX").string();
    dir_ = ::mkdtemp(t.data());
  }
  void TearDown() override {
    if (old_) ::setenv("POSITIONS_DOT", old_->c_str(), 1);
    else ::unsetenv("POSITIONS_DOT");
    fs::remove_all(dir_);
  }
  // Each run of the stand-in adds a line to runs(), then runs `body`.
  void dot(const std::string& body) {
    if (const char* old = std::getenv("POSITIONS_DOT")) old_ = old;
    const std::string path = (dir_ / "dot").string();
    std::ofstream(path) << "#!/bin/sh\necho run >> " << (dir_ / "runs").string() << "\n" << body << '\n';
    fs::permissions(path, fs::perms::owner_all);
    ::setenv("POSITIONS_DOT", path.c_str(), 1);
  }
  int runs() const {
    std::ifstream in(dir_ / "runs");
    int n = 0;
    for (std::string line; std::getline(in, line);) ++n;
    return n;
  }
  std::string name() const { return (dir_ / "dot").string(); }

  fs::path dir_;
  std::optional<std::string> old_;
};

// A picture the stand-ins print, whatever they are given.
const char* kPicture = "printf '<?xml version=\"1.0\"?>\\n<svg width=\"8pt\"><g id=\"graph0\"><text>x</text></g></svg>\\n'";

TEST_F(StandIn, EachFigureOfOneDotIsTheOneDotDrawsOfThatGraphAlone) {
  dot("exec dot \"$@\"");
  const std::vector<Figure> together = cli::Graphviz().draw(graphs(), 20);
  EXPECT_EQ(runs(), 1);
  ASSERT_EQ(together.size(), graphs().size());
  for (std::size_t i = 0; i < graphs().size(); ++i) {
    const auto& [prefix, text] = graphs()[i];
    const Figure alone = cli::draw_svg(text, 20, prefix);
    EXPECT_EQ(together[i].missing, "") << prefix;
    EXPECT_EQ(together[i].svg, alone.svg) << prefix;
    // Graphviz names the root group of a graph after the first in one run
    // "page0,1_graph0"; the figure has the name it has alone.
    EXPECT_NE(together[i].svg.find("<g id=\"" + prefix + "-graph0\" class=\"graph\""), std::string::npos) << prefix;
  }
  EXPECT_EQ(runs(), 1 + static_cast<int>(graphs().size()));
}

TEST_F(StandIn, EachGraphOfOneDotGetsTheTimeLimitOfItsOwn) {
  // Four pictures (the warm-up's first), 0.7 s apart: 2.8 s in all, within 1.5 s each.
  dot(std::string("cat > /dev/null\nfor i in 0 1 2 3; do sleep 0.7; ") + kPicture + "; done");
  const std::vector<Figure> figures = cli::Graphviz().draw(graphs(), 1.5);
  ASSERT_EQ(figures.size(), 3u);
  for (const Figure& f : figures) EXPECT_EQ(f.missing, "");
  EXPECT_EQ(figures[2].svg, "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"8pt\"><g id=\"terms-b-graph0\"><text>x</text></g></svg>");
  EXPECT_EQ(runs(), 1);
}

TEST_F(StandIn, AGraphThatTimesOutIsSaidSoAndTheGraphsAfterItGetANewDot) {
  // Draws the first two graphs it is given (the warm-up and one more), then
  // hangs if there are more.
  dot(std::string("n=$(grep -c '^[a-z]*graph ')\n") + kPicture + "\n[ \"$n\" -gt 1 ] && " + kPicture +
      "\n[ \"$n\" -gt 2 ] && exec sleep 30\nexit 0");
  const auto start = std::chrono::steady_clock::now();
  const std::vector<Figure> figures = cli::Graphviz().draw(graphs(), 0.3);
  EXPECT_LT(std::chrono::steady_clock::now() - start, std::chrono::seconds(5));
  ASSERT_EQ(figures.size(), 3u);
  EXPECT_EQ(figures[0].missing, "");
  EXPECT_EQ(figures[1].missing, "Graphviz '" + name() + "' did not finish within 0.3 seconds");
  EXPECT_EQ(figures[1].svg, "");
  EXPECT_EQ(figures[2].missing, "");  // the second run's first graph
  EXPECT_EQ(runs(), 2);
}

TEST_F(StandIn, AFailingDotIsAskedForEachGraphAloneAndEachGetsItsOwnReason) {
  // Fails on more than one graph, and on the graph named terms_1.
  dot("input=$(cat)\n"
      "n=$(printf '%s\\n' \"$input\" | grep -c '^[a-z]*graph ')\n"
      "if [ \"$n\" -gt 1 ]; then echo 'Error: more than one graph' >&2; exit 1; fi\n"
      "case \"$input\" in *terms_1*) echo 'Error: <stdin>: syntax error in line 2' >&2; exit 1;; esac\n"
      "printf '%s\\n' \"$input\" | exec dot \"$@\"");
  const std::vector<Figure> figures = cli::Graphviz().draw(graphs(), 20);
  ASSERT_EQ(figures.size(), 3u);
  EXPECT_EQ(figures[0].missing, "");
  EXPECT_EQ(figures[0].svg, cli::draw_svg(graphs()[0].second, 20, "parties").svg);
  EXPECT_EQ(figures[1].missing, "");
  EXPECT_EQ(figures[2].missing, "Graphviz '" + name() + "' failed: Error: <stdin>: syntax error in line 2");
  EXPECT_EQ(runs(), 1 + 3 + 1);  // the batch, each graph alone, the check above
}

TEST_F(StandIn, ADotGivingOnePictureForManyGraphsIsAskedForEachAlone) {
  dot(std::string("cat > /dev/null\n") + kPicture);
  const std::vector<Figure> figures = cli::Graphviz().draw(graphs(), 20);
  ASSERT_EQ(figures.size(), 3u);
  for (std::size_t i = 0; i < figures.size(); ++i)
    EXPECT_NE(figures[i].svg.find("id=\"" + graphs()[i].first + "-graph0\""), std::string::npos) << i;
  EXPECT_EQ(runs(), 1 + 3);
}

TEST_F(StandIn, AMissingDotIsSaidOfEveryGraph) {
  ::setenv("POSITIONS_DOT", (dir_ / "no-such-dot").c_str(), 1);
  const std::vector<Figure> figures = cli::Graphviz().draw(graphs(), 20);
  ASSERT_EQ(figures.size(), 3u);
  for (const Figure& f : figures)
    EXPECT_EQ(f.missing, "Graphviz is not installed ('" + (dir_ / "no-such-dot").string() +
                             "' was not found; on Debian: apt-get install graphviz)");
}

// No child of this process is left, running or not yet reaped.
bool no_child_left() {
  int status = 0;
  return ::waitpid(-1, &status, WNOHANG) == -1 && errno == ECHILD;
}

TEST_F(StandIn, AGraphvizNeverAskedToDrawEndsAndReapsItsDot) {
  dot("echo $$ > " + (dir_ / "pid").string() + ".new && mv " + (dir_ / "pid").string() + ".new " +
      (dir_ / "pid").string() + "\nexec sleep 30");
  pid_t pid = 0;
  {
    const cli::Graphviz graphviz;
    // Started at once, before anything is drawn: the stand-in says its pid.
    for (int i = 0; i < 1000 && !fs::exists(dir_ / "pid"); ++i) ::usleep(10000);
    ASSERT_TRUE(fs::exists(dir_ / "pid"));
    pid = std::stoi(read_file((dir_ / "pid").string()));
    EXPECT_EQ(::kill(pid, 0), 0);
  }
  EXPECT_EQ(::kill(pid, 0), -1);
  EXPECT_EQ(errno, ESRCH);
  EXPECT_TRUE(no_child_left());
}

// A process that is gone, or dead and waiting to be reaped.
bool not_running(pid_t pid) {
  std::ifstream stat("/proc/" + std::to_string(pid) + "/stat");
  std::string line;
  if (!std::getline(stat, line)) return true;
  const std::size_t close = line.rfind(')');
  return close != std::string::npos && close + 2 < line.size() && (line[close + 2] == 'Z' || line[close + 2] == 'X');
}

TEST_F(StandIn, ASignalWhileTheEarlyDotWaitsEndsItAndUsByThatSignal) {
  const std::string pidfile = (dir_ / "pid").string();
  dot("echo $$ > " + pidfile + ".new && mv " + pidfile + ".new " + pidfile + "\nexec sleep 30");
  const pid_t child = ::fork();
  if (child == 0) {  // as positions would be, loading the data
    ::alarm(20);
    const cli::Graphviz graphviz;
    for (;;) ::pause();
  }
  for (int i = 0; i < 1000 && !fs::exists(pidfile); ++i) ::usleep(10000);
  ASSERT_TRUE(fs::exists(pidfile));
  const pid_t dot_pid = std::stoi(read_file(pidfile));
  ::kill(child, SIGTERM);
  int status = 0;
  ASSERT_EQ(::waitpid(child, &status, 0), child);
  EXPECT_TRUE(WIFSIGNALED(status) && WTERMSIG(status) == SIGTERM) << status;
  // Its parent gone, the stand-in is reaped by whoever adopts it; it must not still be waiting.
  for (int i = 0; i < 500 && !not_running(dot_pid); ++i) ::usleep(10000);
  EXPECT_TRUE(not_running(dot_pid)) << "the early dot still runs";
}

TEST_F(StandIn, BadDataWithTheHtmlFormatLeavesNoDotAndFailsAsWithoutDrawing) {
  dot("exec sleep 30");  // started early, never given a graph
  const auto start = std::chrono::steady_clock::now();
  const CliResult html = run({"report", "a", "b", "--data", fixture("broken"), "--format", "html"});
  EXPECT_LT(std::chrono::steady_clock::now() - start, std::chrono::seconds(5));
  EXPECT_TRUE(no_child_left());
  const CliResult md = run({"report", "a", "b", "--data", fixture("broken"), "--format", "md"});
  EXPECT_EQ(html.code, 1);
  EXPECT_EQ(html.code, md.code);
  EXPECT_NE(html.err.find("problems found; nothing was analysed"), std::string::npos) << html.err;
  EXPECT_EQ(html.err, md.err);
  EXPECT_EQ(html.out, "");
}

TEST_F(StandIn, TheBriefingOfTheEarlyDotIsByteForByteTheOneOfEachGraphDrawnAlone) {
  const std::vector<std::string> args = {"report", "a", "b", "c", "--data", fixture("reports-small"), "--format", "html"};
  dot("exec dot \"$@\"");
  const CliResult together = run(args);
  EXPECT_EQ(runs(), 1);
  // Refuses more than one graph, so every graph is drawn by a `dot` of its own.
  dot("input=$(cat)\n"
      "[ \"$(printf '%s\\n' \"$input\" | grep -c '^[a-z]*graph ')\" -gt 1 ] && exit 1\n"
      "printf '%s\\n' \"$input\" | exec dot \"$@\"");
  const CliResult alone = run(args);
  EXPECT_EQ(runs(), 1 + 1 + 4);  // the batch refused, then the four graphs
  EXPECT_EQ(together.code, 0);
  EXPECT_EQ(together.err, "");
  EXPECT_EQ(alone.err, "");
  EXPECT_EQ(together.out, alone.out);
  std::size_t pictures = 0;
  for (std::size_t at = 0; (at = together.out.find("<svg ", at)) != std::string::npos; ++at) ++pictures;
  EXPECT_EQ(pictures, 4u);
}

TEST(ReportHtml, DrawsEveryGraphOfTheBriefingInOneDotProcess) {
  std::string t = (fs::temp_directory_path() / "positions-graphviz-XXXXXX").string();
  const fs::path dir = ::mkdtemp(t.data());
  const std::string path = (dir / "dot").string();
  std::ofstream(path) << "#!/bin/sh\necho run >> " << (dir / "runs").string() << "\nexec dot \"$@\"\n";
  fs::permissions(path, fs::perms::owner_all);
  ::setenv("POSITIONS_DOT", path.c_str(), 1);
  const CliResult r = run({"report", "a", "b", "c", "--data", fixture("reports-small"), "--format", "html"});
  ::unsetenv("POSITIONS_DOT");
  EXPECT_EQ(r.code, 0);
  EXPECT_EQ(r.err, "");
  EXPECT_EQ(read_file((dir / "runs").string()), "run\n");
  for (const char* graph : {"parties", "terms-border", "terms-truce", "terms-aid"})
    EXPECT_NE(r.out.find("<g id=\"" + std::string(graph) + "-graph0\" class=\"graph\""), std::string::npos) << graph;
  fs::remove_all(dir);
}

}  // namespace
}  // namespace positions::test
