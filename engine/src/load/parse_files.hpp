// Reading and parsing a data folder's files on several threads, while the
// model is built from them, in order, on the calling thread. Parsing a file's
// text into a node tree depends on nothing but the file, and is most of a
// load (yaml-cpp's scanner); building the model needs the files before it (a
// party the catalog, a scenario the parties), so it stays one file after
// another, exactly as a load on one thread. Private to the engine.
#pragma once

#include <condition_variable>
#include <cstddef>
#include <exception>
#include <filesystem>
#include <mutex>
#include <optional>
#include <string>
#include <thread>
#include <vector>

#include "positions/load.hpp"
#include "yaml_reader.hpp"

namespace positions {

// One file read and parsed: its reader (text, problems, and the name its
// problems use) and its root (undefined when the reader has a problem).
struct ParsedFile {
  YamlReader reader;
  YAML::Node root;
};

// Reads `path` through `files` and parses it; problems are named `display`.
// What one worker does for one file.
ParsedFile parse_file(const Files& files, const std::string& path, const std::string& display);

// The threads a load uses, the calling one included: the processors this
// process may run on, at most 8 (past that the files left to parse when the
// catalog is built are too few), at most one per file. 1 means no thread is
// started.
unsigned loader_threads(std::size_t files);

// The files `paths` (each its own display name), parsed ahead by
// `threads - 1` helper threads in the order given; take(i) hands file i to
// the caller, parsing it there if no helper has started it, and parsing the
// next unclaimed file while a helper finishes it. With one thread, each file
// is read when it is taken, as a plain loop would. No file more than
// 2 x threads past the last one taken is claimed, so that at most
// 2 x threads + 1 trees are held at once (each at most about 46 MB, by the
// value limit: docs/data-format.md#limits), not every file's. Destroying the set stops the helpers
// after the file each is parsing and waits for them: a load that stops at the
// catalog's errors does not wait for the rest.
//
// yaml-cpp 0.7 parses separate texts on separate threads safely: its only
// state outside a parser and a document is the scanner's regular expressions,
// function-local statics (src/exp.h: initialised once, thread-safely, and
// then only read), node::m_amount (a std::atomic) and node_data's empty
// string (a function-local static const). A document's nodes share one
// memory holder, which is handed to the calling thread under the set's
// mutex and is then used by that thread only.
class ParsedFiles {
 public:
  // `files` must stay alive, and safe to call from several threads (load.hpp),
  // until the set is destroyed.
  ParsedFiles(const Files& files, std::vector<std::string> paths, unsigned threads);
  ~ParsedFiles();
  ParsedFiles(const ParsedFiles&) = delete;
  ParsedFiles& operator=(const ParsedFiles&) = delete;

  // File i, once; waits for it if a helper is parsing it. What its parse threw
  // (no problem in the file: those are in the reader) is thrown here, on the
  // calling thread, as a load on one thread would have thrown it.
  ParsedFile take(std::size_t i);

 private:
  struct Slot {
    std::optional<ParsedFile> file;
    std::exception_ptr thrown;
    bool done = false;
  };
  void help();
  // Parses file i (claimed under the lock) and stores it.
  void parse(std::size_t i);

  const Files& files_;
  const std::vector<std::string> paths_;
  const std::size_t ahead_;
  std::mutex mutex_;
  std::condition_variable parsed_;  // a slot is done
  std::condition_variable room_;    // a file was taken, or the set is stopping
  std::vector<Slot> slots_;
  std::size_t next_ = 0;   // the first file no one has claimed
  std::size_t taken_ = 0;  // one past the last file taken
  bool stopping_ = false;
  std::vector<std::thread> helpers_;
};

// load_dataset (load.hpp) on `threads` threads, the calling one included; 0
// means loader_threads(). The result, and every problem and its order, do not
// depend on `threads` (tests/load/parallel_load_test.cpp).
Dataset load_dataset(const Files& files, const std::filesystem::path& dir, unsigned threads);

}  // namespace positions
