// `positions report`: the expected briefing in each format on a small fixture,
// determinism, Graphviz missing, failing or too slow, the date stamp, and
// writing to a file.
#include <gtest/gtest.h>
#include <unistd.h>

#include <chrono>
#include <cstdlib>
#include <filesystem>
#include <fstream>

#include "test_support.hpp"

namespace positions::test {
namespace {

namespace fs = std::filesystem;

std::vector<std::string> small(std::vector<std::string> more) {
  std::vector<std::string> args{"report", "a", "b", "c", "--data", fixture("reports-small")};
  args.insert(args.end(), more.begin(), more.end());
  return args;
}

// Sets an environment variable for the length of a test.
class ScopedEnv {
 public:
  ScopedEnv(const char* name, const std::string& value) : name_(name) {
    if (const char* old = std::getenv(name)) old_ = old;
    ::setenv(name, value.c_str(), 1);
  }
  ~ScopedEnv() {
    if (old_) ::setenv(name_, old_->c_str(), 1);
    else ::unsetenv(name_);
  }

 private:
  const char* name_;
  std::optional<std::string> old_;
};

// A fresh folder under the system's temporary folder, removed afterwards.
class TempDir {
 public:
  TempDir() {
    std::string t = (fs::temp_directory_path() / "positions-report-XXXXXX").string();
    path_ = ::mkdtemp(t.data());
  }
  ~TempDir() { fs::remove_all(path_); }
  std::string operator/(const std::string& name) const { return (path_ / name).string(); }

 private:
  fs::path path_;
};

std::string script(const TempDir& dir, const std::string& name, const std::string& body) {
  const std::string path = dir / name;
  std::ofstream(path) << "#!/bin/sh\n" << body << '\n';
  fs::permissions(path, fs::perms::owner_all);
  return path;
}

TEST(ReportCli, MarkdownMatchesExpected) {
  const CliResult r = run(small({"--format", "md"}));
  ASSERT_EQ(r.code, 0) << r.err;
  EXPECT_EQ(r.err, "");
  expect_matches_file(r.out, "cli/expected/report-small.md");
}

TEST(ReportCli, MarkdownIsTheDefaultFormat) {
  EXPECT_EQ(run(small({})).out, run(small({"--format", "md"})).out);
}

TEST(ReportCli, JsonMatchesExpected) {
  const CliResult r = run(small({"--format", "json"}));
  ASSERT_EQ(r.code, 0) << r.err;
  expect_matches_file(r.out, "cli/expected/report-small.json");
}

TEST(ReportCli, DotMatchesExpected) {
  const CliResult r = run(small({"--format", "dot"}));
  ASSERT_EQ(r.code, 0) << r.err;
  expect_matches_file(r.out, "cli/expected/report-small.dot");
}

TEST(ReportCli, EveryFormatIsByteIdenticalAcrossRuns) {
  for (const char* format : {"md", "json", "dot", "html"}) {
    const CliResult first = run(small({"--format", format}));
    const CliResult second = run(small({"--format", format}));
    ASSERT_EQ(first.code, 0) << format << ": " << first.err;
    EXPECT_EQ(first.out, second.out) << format;
  }
}

TEST(ReportCli, HtmlInlinesBothGraphsAsSvg) {
  const CliResult r = run(small({"--format", "html"}));
  ASSERT_EQ(r.code, 0) << r.err;
  EXPECT_EQ(r.err, "");
  EXPECT_NE(r.out.find("<div class=\"picture\">\n<svg"), std::string::npos);
  EXPECT_NE(r.out.find("id=\"parties-graph0\""), std::string::npos);
  // One term graph per contested issue.
  for (const char* issue : {"border", "truce", "aid"})
    EXPECT_NE(r.out.find("id=\"terms-" + std::string(issue) + "-graph0\""), std::string::npos) << issue;
  EXPECT_EQ(r.out.find("<?xml"), std::string::npos);
  EXPECT_EQ(r.out.find("<!DOCTYPE svg"), std::string::npos);
  EXPECT_EQ(r.out.find("class=\"missing\""), std::string::npos);
  EXPECT_NE(r.out.find("content=\"default-src 'none'; style-src 'unsafe-inline'; img-src data:\""),
            std::string::npos);
}

TEST(ReportCli, HtmlWithoutGraphvizSaysSoInPlaceOfThePictures) {
  ScopedEnv dot("POSITIONS_DOT", "/nonexistent/dot");
  const CliResult r = run(small({"--format", "html"}));
  EXPECT_EQ(r.code, 0);
  const std::string why = "Graphviz is not installed ('/nonexistent/dot' was not found; on Debian: apt-get install graphviz)";
  EXPECT_EQ(r.err, "positions: warning: the briefing has no picture of the party graph: " + why + "\n" +
                       "positions: warning: the briefing has no picture of the term graph of 'border': " + why + "\n" +
                       "positions: warning: the briefing has no picture of the term graph of 'truce': " + why + "\n" +
                       "positions: warning: the briefing has no picture of the term graph of 'aid': " + why + "\n");
  EXPECT_NE(r.out.find("<p class=\"missing\"><strong>The picture is missing:</strong> Graphviz is not installed "
                       "(&#39;/nonexistent/dot&#39; was not found; on Debian: apt-get install graphviz). The same "
                       "graph is available as Graphviz text with <code>--format dot</code>.</p>"),
            std::string::npos);
  EXPECT_EQ(r.out.find("<svg"), std::string::npos);
}

TEST(ReportCli, SlowGraphvizIsStoppedAtTheTimeLimit) {
  TempDir dir;
  ScopedEnv dot("POSITIONS_DOT", script(dir, "slow-dot", "sleep 30"));
  const auto start = std::chrono::steady_clock::now();
  const CliResult r = run(small({"--format", "html", "--dot-timeout", "0.3"}));
  const auto took = std::chrono::steady_clock::now() - start;
  EXPECT_EQ(r.code, 0);
  EXPECT_LT(took, std::chrono::seconds(5));
  EXPECT_NE(r.err.find("the briefing has no picture of the party graph: Graphviz '" + (dir / "slow-dot") +
                       "' did not finish within 0.3 seconds\n"),
            std::string::npos)
      << r.err;
  EXPECT_NE(r.out.find("did not finish within 0.3 seconds"), std::string::npos);
}

TEST(ReportCli, FailingGraphvizIsReportedWithItsMessage) {
  TempDir dir;
  ScopedEnv dot("POSITIONS_DOT", script(dir, "bad-dot", "echo 'Error: <stdin>: syntax error in line 1' >&2; exit 1"));
  const CliResult r = run(small({"--format", "html"}));
  EXPECT_EQ(r.code, 0);
  EXPECT_NE(r.err.find("the briefing has no picture of the party graph: Graphviz '" + (dir / "bad-dot") +
                       "' failed: Error: <stdin>: syntax error in line 1\n"),
            std::string::npos)
      << r.err;
}

TEST(ReportCli, UnknownFormatIsAUsageError) {
  const CliResult r = run(small({"--format", "htm"}));
  EXPECT_EQ(r.code, 2);
  EXPECT_EQ(r.err,
            "positions: unknown format 'htm'; expected md, html, pdf, json or dot; did you mean 'html'?\n"
            "Try 'positions report --help'.\n");
  EXPECT_EQ(r.out, "");
}

TEST(ReportCli, DotTimeoutMustBePositive) {
  const CliResult r = run(small({"--format", "html", "--dot-timeout", "0"}));
  EXPECT_EQ(r.code, 2);
  EXPECT_EQ(r.err,
            "positions: --dot-timeout must be more than 0 and at most 3600 seconds\n"
            "Try 'positions report --help'.\n");
}

TEST(ReportCli, DriftIsReadAgainstThePreviousDatedScenario) {
  const std::string md = run(small({})).out;
  EXPECT_NE(md.find("\n**What moved since First contact, December 2024:** "), std::string::npos);  // bottom line
  EXPECT_NE(md.find("\n## What moved since First contact, December 2024\n"), std::string::npos);   // annex
  EXPECT_NE(md.find("\nFrom `first-contact` (2024-12-15) to `winter-talks` (2025-01-10), for Alpha and Beta. "
                    "Gamma is left out: not part of `first-contact`.\n"),
            std::string::npos);
}

TEST(ReportCli, AWhatIfDriftsFromTheScenarioItBuildsOn) {
  const std::string md = run(small({"--scenario", "whatif-gamma-drops-condition"})).out;
  EXPECT_NE(md.find("\n## What moved since Winter talks, January 2025\n"), std::string::npos);
  EXPECT_NE(md.find("\n#### Gamma on Where the border runs\n"), std::string::npos);
}

TEST(ReportCli, NoDriftWhenLookingByDate) {
  const CliResult r = run(small({"--as-of", "2025-01-10"}));
  ASSERT_EQ(r.code, 0) << r.err;
  EXPECT_EQ(r.out.find("What moved"), std::string::npos);
  EXPECT_NE(run(small({"--as-of", "2025-01-10", "--format", "json"})).out.find("\"drift\": null"), std::string::npos);
}

TEST(ReportCli, AcrossSetsEveryScenarioSideBySide) {
  const CliResult r = run(small({"--across"}));
  ASSERT_EQ(r.code, 0) << r.err;
  EXPECT_NE(r.out.find("\n| Issue | `winter-talks` 2025-01-10 | `whatif-gamma-drops-condition` 2025-01-10 |\n"),
            std::string::npos);
  EXPECT_NE(r.out.find("\n- `first-contact` is left out: Gamma takes no part in it.\n"), std::string::npos);
  EXPECT_NE(run(small({"--across", "--format", "json"})).out.find("\"across\": {\n    \"parties\""),
            std::string::npos);
}

// Two lists with only a blank line between them render as one in Markdown.
TEST(ReportCli, NoTwoListsRunTogether) {
  for (const auto& args : {small({"--across"}), std::vector<std::string>{"report", "us", "ru", "ua", "--across",
                                                                        "--data", source_path("")}}) {
    const std::string md = run(args).out;
    size_t at = 0;
    while ((at = md.find("\n\n- ", at)) != std::string::npos) {
      const size_t line = md.rfind('\n', at - 1);
      EXPECT_NE(md.compare(line + 1, 2, "- "), 0) << md.substr(line + 1, at - line + 40);
      at += 3;
    }
  }
}

TEST(ReportCli, AcrossCannotTakeAScenario) {
  const CliResult r = run(small({"--across", "--scenario", "winter-talks"}));
  EXPECT_EQ(r.code, 2);
  EXPECT_EQ(r.err,
            "positions: --across shows every scenario; it cannot be combined with --scenario\n"
            "Try 'positions report --help'.\n");
}

TEST(ReportCli, TimeLimitMustBePositive) {
  const CliResult r = run(small({"--time-limit", "-1"}));
  EXPECT_EQ(r.code, 2);
  EXPECT_EQ(r.err,
            "positions: --time-limit '-1' is not a number of seconds above 0 and at most 3600\n"
            "Try 'positions report --help'.\n");
}

TEST(ReportCli, DealsAndConcessionsFollowTheConflicts) {
  const std::string md = run(small({})).out;
  const size_t cross = md.find("\n## Conflicts across issues\n");
  const size_t deals = md.find("\n## Deals and concessions\n");
  const size_t sources = md.find("\n## Sources\n");
  ASSERT_NE(deals, std::string::npos);
  EXPECT_LT(cross, deals);
  EXPECT_LT(deals, sources);
  EXPECT_NE(md.find("\n**Cheapest path to a deal:** "), std::string::npos);
  // The core comes first: the bottom line, the matrix, then the annex.
  const size_t bottom = md.find("\n## Bottom line\n");
  const size_t matrix = md.find("\n## Who wants what\n");
  const size_t annex = md.find("\n---\n\n# Annex: the evidence in full\n");
  ASSERT_NE(annex, std::string::npos);
  EXPECT_LT(bottom, matrix);
  EXPECT_LT(matrix, annex);
  EXPECT_LT(annex, cross);
}

TEST(ReportCli, NoDateUnlessAsked) {
  EXPECT_EQ(run(small({})).out.find("Prepared on"), std::string::npos);
}

TEST(ReportCli, DatedHonoursSourceDateEpoch) {
  ScopedEnv epoch("SOURCE_DATE_EPOCH", "1760918400");  // 2025-10-20 00:00 UTC
  const CliResult r = run(small({"--dated"}));
  ASSERT_EQ(r.code, 0) << r.err;
  EXPECT_NE(r.out.find(" Prepared on 2025-10-20.\n"), std::string::npos);
  EXPECT_NE(run(small({"--dated", "--format", "json"})).out.find("\"prepared_on\": \"2025-10-20\""),
            std::string::npos);
}

TEST(ReportCli, DatedRejectsABadSourceDateEpoch) {
  ScopedEnv epoch("SOURCE_DATE_EPOCH", "yesterday");
  const CliResult r = run(small({"--dated"}));
  EXPECT_EQ(r.code, 2);
  EXPECT_EQ(r.err,
            "positions: SOURCE_DATE_EPOCH 'yesterday' is not a number of seconds since 1970\n"
            "Unset it, or set it to a whole number such as 1760918400.\n");
}

TEST(ReportCli, OutputGoesToTheFileNamed) {
  TempDir dir;
  const std::string path = dir / "briefing.md";
  const CliResult r = run(small({"-o", path}));
  ASSERT_EQ(r.code, 0) << r.err;
  EXPECT_EQ(r.out, "wrote " + path + "\n");
  EXPECT_EQ(read_file(path), run(small({})).out);
  // Nothing else is left in the folder: the temporary file was renamed.
  EXPECT_EQ(std::distance(fs::directory_iterator(dir / ""), fs::directory_iterator()), 1);
}

TEST(ReportCli, OutputIntoAMissingFolderFailsAndSaysWhy) {
  TempDir dir;
  const std::string path = dir / "no-such-folder/briefing.html";
  const CliResult r = run(small({"--format", "md", "-o", path}));
  EXPECT_EQ(r.code, 1);
  EXPECT_EQ(r.out, "");
  EXPECT_EQ(r.err, "positions: cannot write '" + path + "': the folder '" + (dir / "no-such-folder") +
                       "' does not exist\n");
}

TEST(ReportCli, FailedWriteLeavesTheOldFileUntouched) {
  TempDir dir;
  const std::string path = dir / "briefing.md";
  std::ofstream(path) << "the old briefing\n";
  const std::string folder_as_file = dir / "briefing.md/inner.md";
  const CliResult r = run(small({"-o", folder_as_file}));
  EXPECT_EQ(r.code, 1);
  EXPECT_EQ(r.err, "positions: cannot write '" + folder_as_file + "': '" + path + "' is a file, not a folder\n");
  EXPECT_EQ(read_file(path), "the old briefing\n");
}

// --- PDF, through headless Chromium ---

// A stand-in for Chromium: writes a small PDF where --print-to-pdf= says, and
// records the page it was given.
std::string fake_chromium(const TempDir& dir, const std::string& body) {
  return script(dir, "fake-chromium",
                "for a in \"$@\"; do case \"$a\" in --print-to-pdf=*) out=${a#--print-to-pdf=};; "
                "file://*) page=${a#file://};; esac; done\n" + body);
}

TEST(ReportCli, PdfWithoutChromiumSaysSoAndHowToPrintByHand) {
  TempDir dir;
  ScopedEnv path("PATH", dir / "empty-bin");  // neither dot nor chromium
  ::unsetenv("POSITIONS_CHROMIUM");
  const std::string pdf = dir / "briefing.pdf";
  const CliResult r = run(small({"--format", "pdf", "-o", pdf}));
  EXPECT_EQ(r.code, 1);
  EXPECT_EQ(r.out, "");
  EXPECT_NE(r.err.find("positions: cannot print '" + pdf +
                       "': Chromium is not installed (none of chromium, chromium-browser or google-chrome is on "
                       "the PATH; on Debian: apt-get install chromium)\n"
                       "  print it by hand: positions report ... --format html -o " + (dir / "briefing.html") +
                       " && chromium --headless --no-sandbox --disable-gpu --no-pdf-header-footer --print-to-pdf=" +
                       pdf + " " + (dir / "briefing.html") + "\n"),
            std::string::npos)
      << r.err;
  EXPECT_FALSE(fs::exists(pdf));
}

TEST(ReportCli, PdfIsPrintedFromTheHtmlAndWrittenAtomically) {
  TempDir dir;
  fs::create_directory(dir / "tmp");
  ScopedEnv tmp("TMPDIR", dir / "tmp");
  ScopedEnv chromium("POSITIONS_CHROMIUM",
                     fake_chromium(dir, "cp \"$page\" " + (dir / "page.html") + "; printf '%%PDF-1.4 fake' > \"$out\""));
  const std::string pdf = dir / "briefing.pdf";
  std::ofstream(pdf) << "the old briefing\n";
  const CliResult r = run(small({"--format", "pdf", "-o", pdf}));
  ASSERT_EQ(r.code, 0) << r.err;
  EXPECT_EQ(r.out, "wrote " + pdf + "\n");
  EXPECT_EQ(read_file(pdf), "%PDF-1.4 fake");
  // The page Chromium printed is the HTML briefing, byte for byte.
  EXPECT_EQ(read_file(dir / "page.html"), run(small({"--format", "html"})).out);
  // The temporary folder is gone.
  EXPECT_EQ(std::distance(fs::directory_iterator(dir / "tmp"), fs::directory_iterator()), 0);
}

TEST(ReportCli, PdfFailingChromiumLeavesTheOldFileAndNoTemporaryFolder) {
  TempDir dir;
  fs::create_directory(dir / "tmp");
  ScopedEnv tmp("TMPDIR", dir / "tmp");
  ScopedEnv chromium("POSITIONS_CHROMIUM", fake_chromium(dir, "echo 'cannot open display' >&2; exit 1"));
  const std::string pdf = dir / "briefing.pdf";
  std::ofstream(pdf) << "the old briefing\n";
  const CliResult r = run(small({"--format", "pdf", "-o", pdf}));
  EXPECT_EQ(r.code, 1);
  EXPECT_NE(r.err.find("positions: cannot print '" + pdf + "': Chromium '" + (dir / "fake-chromium") +
                       "' failed: cannot open display\n"),
            std::string::npos)
      << r.err;
  EXPECT_EQ(read_file(pdf), "the old briefing\n");
  EXPECT_EQ(std::distance(fs::directory_iterator(dir / "tmp"), fs::directory_iterator()), 0);
}

TEST(ReportCli, PdfThatIsNoPdfIsRefused) {
  TempDir dir;
  ScopedEnv chromium("POSITIONS_CHROMIUM", fake_chromium(dir, "echo '<html>' > \"$out\""));
  const CliResult r = run(small({"--format", "pdf", "-o", dir / "b.pdf"}));
  EXPECT_EQ(r.code, 1);
  EXPECT_NE(r.err.find("made no PDF"), std::string::npos) << r.err;
  EXPECT_FALSE(fs::exists(dir / "b.pdf"));
}

TEST(ReportCli, SlowChromiumIsStoppedAtTheTimeLimit) {
  TempDir dir;
  ScopedEnv chromium("POSITIONS_CHROMIUM", fake_chromium(dir, "sleep 30"));
  const auto start = std::chrono::steady_clock::now();
  const CliResult r = run(small({"--format", "pdf", "-o", dir / "b.pdf", "--pdf-timeout", "0.5"}));
  EXPECT_LT(std::chrono::steady_clock::now() - start, std::chrono::seconds(20));
  EXPECT_EQ(r.code, 1);
  EXPECT_NE(r.err.find("did not finish within 0.5 seconds"), std::string::npos) << r.err;
}

TEST(ReportCli, PdfNeedsAFile) {
  for (std::vector<std::string> more : {std::vector<std::string>{"--format", "pdf"},
                                        std::vector<std::string>{"--format", "pdf", "-o", "-"}}) {
    const CliResult r = run(small(more));
    EXPECT_EQ(r.code, 2);
    EXPECT_EQ(r.err, "positions: --format pdf writes a file; name it with -o FILE\nTry 'positions report --help'.\n");
  }
}

}  // namespace
}  // namespace positions::test
