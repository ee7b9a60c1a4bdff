// The loader parses its files on several threads and builds the model from
// them in order on one (engine/src/load/parse_files.hpp): what it returns, and
// every problem it reports and their order, must not depend on the threads.
#include <gtest/gtest.h>

#include <atomic>
#include <chrono>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <stdexcept>
#include <thread>

#include "parse_files.hpp"
#include "positions/analysis.hpp"
#include "positions/load.hpp"
#include "positions/report.hpp"
#include "synthetic.hpp"
#include "test_support.hpp"

namespace positions {
namespace {

namespace fs = std::filesystem;

// What a load gives, as text: the list, the warnings, each dated scenario
// compared (stances, evidence, rules, conditions), and every file's kept text.
std::string fingerprint(const Dataset& d) {
  std::ostringstream out;
  write_list(out, d, Format::json);
  Validation v;
  v.problems = warnings(d);
  write_validation(out, v, Format::text);
  for (const auto& sc : d.scenarios) {
    AnalysisRequest rq;
    rq.parties = sc.parties;
    rq.lens.scenario = &sc;
    rq.as_of = sc.date;
    write_compare(out, *analyse(d, rq), Format::json);
  }
  for (const auto& p : d.parties)
    for (int line = 1; line <= 400; ++line) out << d.sources.line(p.file, line) << '\n';
  return out.str();
}

// The problems of a load that fails, as validate prints them; "" when it loads.
std::string problems(const Files& files, const fs::path& dir, unsigned threads) {
  try {
    load_dataset(files, dir, threads);
  } catch (const Error& e) {
    std::string all;
    for (const auto& p : e.problems()) all += format(p) + "\n";
    return all;
  }
  return "";
}

TEST(ParallelLoad, ShippedDataIsTheSameOnOneThreadAndOnMany) {
  const DiskFiles disk;
  const std::string one = fingerprint(load_dataset(disk, POSITIONS_SOURCE_DIR, 1));
  ASSERT_GT(one.size(), 10'000u);
  for (unsigned threads : {2u, 3u, 8u, 16u})
    EXPECT_EQ(fingerprint(load_dataset(disk, POSITIONS_SOURCE_DIR, threads)), one) << threads << " threads";
  EXPECT_EQ(fingerprint(load_dataset(POSITIONS_SOURCE_DIR)), one) << "the default threads";
}

// A synthetic folder of 24 parties that each test breaks in its own way.
class ManyFiles : public ::testing::Test {
 protected:
  void SetUp() override { synthetic::write_dataset({24, 40, 3, 10, 6, 0.4, 11}, dir); }
  void write(const std::string& rel, const std::string& text) { std::ofstream(dir / rel) << text; }
  void append(const std::string& rel, const std::string& text) { std::ofstream(dir / rel, std::ios::app) << text; }
  // The problems on one thread; checked to be the same bytes on 2, 4, 8 and 24.
  std::string same_on_every_count() {
    const std::string one = problems(disk, dir, 1);
    for (unsigned threads : {2u, 4u, 8u, 24u})
      for (int run = 0; run < 3; ++run) EXPECT_EQ(problems(disk, dir, threads), one) << threads << " threads";
    return test::without(one, dir.string() + "/");
  }
  const DiskFiles disk;
  const test::ScratchDir scratch{"positions-parallel"};
  const fs::path& dir = scratch.path();
};

TEST_F(ManyFiles, LoadsTheSameOnOneThreadAndOnMany) {
  const std::string one = fingerprint(load_dataset(disk, dir, 1));
  for (unsigned threads : {2u, 5u, 8u}) EXPECT_EQ(fingerprint(load_dataset(disk, dir, threads)), one);
}

TEST_F(ManyFiles, ProblemsInSeveralPartiesAreReportedAllInFileOrderOnAnyThreads) {
  write("positions/p003.yaml", "code: p003\nname: [unclosed\n");
  append("positions/p011.yaml", "colour: red\n");
  write("positions/p020.yaml", "");
  write("positions/p007.yaml", std::string("code: p007\nname: \"bad \xC3\x28\"\n"));
  EXPECT_EQ(same_on_every_count(),
            "positions/p003.yaml:3:1: YAML syntax error: end of sequence flow not found\n"
            "positions/p007.yaml:2:12: the file is not valid UTF-8 text\n"
            "name: \"bad ?(\"\n"
            "           ^\n"
            "  hint: save the file as UTF-8 (a binary file or another encoding cannot be read)\n"
            "positions/p011.yaml:85:1: unknown key 'colour' in the party file\n"
            "colour: red\n"
            "^\n"
            "  hint: allowed keys: code, name, speakers, governments, stances\n"
            "positions/p020.yaml: the file is empty; expected a YAML map\n");
}

TEST_F(ManyFiles, ABrokenCatalogStopsTheLoadBeforeTheBrokenParties) {
  write("positions/catalog.yaml", "issues: [\n");
  write("positions/p003.yaml", "code: p003\nname: [unclosed\n");
  write("scenarios/synthetic.yaml", "date: [\n");
  const std::string text = same_on_every_count();
  EXPECT_EQ(text.find("p003"), std::string::npos) << text;
  EXPECT_EQ(text.rfind("positions/catalog.yaml:", 0), 0u) << text;
}

TEST_F(ManyFiles, BrokenPartiesStopTheLoadBeforeTheBrokenScenarioAndTheScenarioFolderListing) {
  write("positions/p023.yaml", "code: p023\nname: [unclosed\n");
  write("scenarios/synthetic.yaml", "date: [\n");
  write("scenarios/later.yml", "date: 2025-01-01\n");  // listed before the parties are read, reported after
  const std::string text = same_on_every_count();
  EXPECT_EQ(text.find("synthetic.yaml"), std::string::npos) << text;
  EXPECT_EQ(text, "positions/p023.yaml:3:1: YAML syntax error: end of sequence flow not found\n");
}

TEST_F(ManyFiles, ABrokenScenarioAndAScenarioNamedYmlAreBothReportedOnceThePartiesLoad) {
  write("scenarios/synthetic.yaml", "date: [\n");
  write("scenarios/later.yml", "date: 2025-01-01\n");
  const std::string text = same_on_every_count();
  EXPECT_NE(text.find("scenarios/later.yml: data files end in .yaml; this one is not read"), std::string::npos)
      << text;
  EXPECT_NE(text.find("scenarios/synthetic.yaml:"), std::string::npos) << text;
}

TEST_F(ManyFiles, AFileTooBigIsRefusedWithTheSameWordsOnAnyThreads) {
  write("positions/p005.yaml", std::string((4u << 20) + 1, '#'));
  EXPECT_EQ(same_on_every_count(),
            "positions/p005.yaml: the file is 4194305 bytes; at most 4194304 bytes are read\n"
            "  hint: split the data into smaller files\n");
}

// A Files that counts its reads, and throws what it is told for one path.
class CountingFiles : public Files {
 public:
  MemoryFiles memory;
  std::string throws_for;
  mutable std::atomic<int> reads{0};

  Type type(const std::string& path) const override { return memory.type(path); }
  std::vector<std::string> list(const std::string& path) const override { return memory.list(path); }
  std::string read(const std::string& path, std::size_t limit) const override {
    ++reads;
    if (path == throws_for) throw std::runtime_error("the disk caught fire");
    return memory.read(path, limit);
  }
};

std::vector<std::string> numbered_files(CountingFiles& files, int n) {
  std::vector<std::string> paths;
  for (int i = 0; i < n; ++i) {
    paths.push_back("d/f" + std::to_string(1000 + i) + ".yaml");
    files.memory.add(paths.back(), "key: " + std::to_string(i) + "\n");
  }
  return paths;
}

TEST(ParsedFiles, WhatAParseThrowsIsThrownByTakeOnTheCallingThread) {
  CountingFiles files;
  const std::vector<std::string> paths = numbered_files(files, 12);
  files.throws_for = paths[5];
  for (unsigned threads : {1u, 4u}) {
    ParsedFiles parsed(files, paths, threads);
    for (std::size_t i = 0; i < 5; ++i) EXPECT_EQ(parsed.take(i).root["key"].as<int>(), static_cast<int>(i));
    EXPECT_THROW(
        {
          try {
            parsed.take(5);
          } catch (const std::runtime_error& e) {
            EXPECT_STREQ(e.what(), "the disk caught fire");
            throw;
          }
        },
        std::runtime_error);
    EXPECT_EQ(parsed.take(6).root["key"].as<int>(), 6);
    EXPECT_THROW(parsed.take(6), std::logic_error) << "a file is taken once";
  }
}

TEST(ParsedFiles, AnExceptionFromAWorkerLeavesTheLoadAsItWouldOnOneThread) {
  CountingFiles files;
  for (const char* rel : {"positions/catalog.yaml", "positions/ru.yaml", "positions/ua.yaml", "scenarios/october.yaml"})
    files.memory.add(std::string("mem/") + rel, test::read_file(test::fixture("hardening-base/") + rel));
  files.throws_for = "mem/positions/ua.yaml";
  for (unsigned threads : {1u, 4u}) EXPECT_THROW(load_dataset(files, "mem", threads), std::runtime_error);
}

TEST(ParsedFiles, NoFileIsParsedMoreThanTwiceTheThreadsAheadOfWhatIsTaken) {
  CountingFiles files;
  const std::vector<std::string> paths = numbered_files(files, 100);
  {
    ParsedFiles parsed(files, paths, 3);
    parsed.take(0);
    // Time enough for unbounded helpers to parse all 100 small files.
    std::this_thread::sleep_for(std::chrono::milliseconds(100));
    EXPECT_LE(files.reads.load(), 1 + 2 * 3);
  }
  EXPECT_LE(files.reads.load(), 1 + 2 * 3) << "destroying the set stops the helpers";
}

TEST(ParsedFiles, OneThreadReadsEachFileWhenItIsTaken) {
  CountingFiles files;
  const std::vector<std::string> paths = numbered_files(files, 5);
  ParsedFiles parsed(files, paths, 1);
  std::this_thread::sleep_for(std::chrono::milliseconds(20));
  EXPECT_EQ(files.reads.load(), 0);
  parsed.take(0);
  EXPECT_EQ(files.reads.load(), 1);
  parsed.take(3);  // those before it are parsed first, in order
  EXPECT_EQ(files.reads.load(), 4);
  EXPECT_EQ(parsed.take(1).root["key"].as<int>(), 1);
}

TEST(LoaderThreads, OnePerFileAtMostEightAtLeastOne) {
  EXPECT_EQ(loader_threads(0), 1u);
  EXPECT_EQ(loader_threads(1), 1u);
  EXPECT_LE(loader_threads(2), 2u);
  EXPECT_GE(loader_threads(100), 1u);
  EXPECT_LE(loader_threads(100), 8u);
}

}  // namespace
}  // namespace positions
