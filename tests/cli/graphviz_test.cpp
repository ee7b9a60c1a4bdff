// Drawing several graphs in one `dot` process (draw_svgs): each figure is
// the one `dot` draws of that graph alone, one process draws them all, each
// graph keeps a time limit of its own, and a failure is said of each graph
// as drawing it alone would say it.
#include <gtest/gtest.h>
#include <unistd.h>

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
  const std::vector<Figure> together = cli::draw_svgs(graphs(), 20);
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
  // Three pictures, 0.7 s apart: 2.1 s in all, within 1.5 s each.
  dot(std::string("cat > /dev/null\nfor i in 1 2 3; do sleep 0.7; ") + kPicture + "; done");
  const std::vector<Figure> figures = cli::draw_svgs(graphs(), 1.5);
  ASSERT_EQ(figures.size(), 3u);
  for (const Figure& f : figures) EXPECT_EQ(f.missing, "");
  EXPECT_EQ(figures[2].svg, "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"8pt\"><g id=\"terms-b-graph0\"><text>x</text></g></svg>");
  EXPECT_EQ(runs(), 1);
}

TEST_F(StandIn, AGraphThatTimesOutIsSaidSoAndTheGraphsAfterItGetANewDot) {
  // Draws the first graph it is given, then hangs if there are more.
  dot(std::string("n=$(grep -c '^[a-z]*graph ')\n") + kPicture + "\n[ \"$n\" -gt 1 ] && exec sleep 30\nexit 0");
  const auto start = std::chrono::steady_clock::now();
  const std::vector<Figure> figures = cli::draw_svgs(graphs(), 0.3);
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
  const std::vector<Figure> figures = cli::draw_svgs(graphs(), 20);
  ASSERT_EQ(figures.size(), 3u);
  EXPECT_EQ(figures[0].missing, "");
  EXPECT_EQ(figures[0].svg, cli::draw_svg(graphs()[0].second, 20, "parties").svg);
  EXPECT_EQ(figures[1].missing, "");
  EXPECT_EQ(figures[2].missing, "Graphviz '" + name() + "' failed: Error: <stdin>: syntax error in line 2");
  EXPECT_EQ(runs(), 1 + 3 + 1);  // the batch, each graph alone, the check above
}

TEST_F(StandIn, ADotGivingOnePictureForManyGraphsIsAskedForEachAlone) {
  dot(std::string("cat > /dev/null\n") + kPicture);
  const std::vector<Figure> figures = cli::draw_svgs(graphs(), 20);
  ASSERT_EQ(figures.size(), 3u);
  for (std::size_t i = 0; i < figures.size(); ++i)
    EXPECT_NE(figures[i].svg.find("id=\"" + graphs()[i].first + "-graph0\""), std::string::npos) << i;
  EXPECT_EQ(runs(), 1 + 3);
}

TEST_F(StandIn, AMissingDotIsSaidOfEveryGraph) {
  ::setenv("POSITIONS_DOT", (dir_ / "no-such-dot").c_str(), 1);
  const std::vector<Figure> figures = cli::draw_svgs(graphs(), 20);
  ASSERT_EQ(figures.size(), 3u);
  for (const Figure& f : figures)
    EXPECT_EQ(f.missing, "Graphviz is not installed ('" + (dir_ / "no-such-dot").string() +
                             "' was not found; on Debian: apt-get install graphviz)");
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
