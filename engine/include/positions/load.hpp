// Loading a data folder: DIR/positions/catalog.yaml, one DIR/positions/CODE.yaml
// per party, one DIR/scenarios/NAME.yaml per scenario. Everything is checked;
// on any problem an Error listing all of them is thrown and nothing is returned.
#pragma once

#include <cstddef>
#include <filesystem>
#include <map>
#include <string>
#include <vector>

#include "positions/error.hpp"
#include "positions/model.hpp"

namespace positions {

// Where the loader's input comes from (ninja's DiskInterface): the loader
// never touches the file system itself, so tests and the fuzz target hand it
// data folders made in memory. Paths are as the loader builds them, DIR joined
// with "positions/NAME" and lexically normalised; they are also the names used
// in messages. Every failure throws Error naming the path and the cause.
class Files {
 public:
  enum class Type { missing, folder, regular, other };
  virtual ~Files() = default;

  // What `path` names, following links. `missing` when nothing is there;
  // throws when it cannot be told (a link loop, a name too long, a folder on
  // the way that cannot be searched).
  virtual Type type(const std::string& path) const = 0;
  // The names in folder `path` (no "." or ".."), sorted bytewise.
  virtual std::vector<std::string> list(const std::string& path) const = 0;
  // The bytes of the regular file `path`. Anything else (a folder, a FIFO, a
  // device, a socket) is refused without being opened for reading or waited
  // on, and no more than `limit` bytes are ever read: a longer file is refused.
  virtual std::string read(const std::string& path, std::size_t limit) const = 0;
};

// The real file system. Stateless.
class DiskFiles : public Files {
 public:
  Type type(const std::string& path) const override;
  std::vector<std::string> list(const std::string& path) const override;
  std::string read(const std::string& path, std::size_t limit) const override;
};

// A data folder held in memory: files by path; a folder is every prefix of a
// file's path. For tests and fuzzing.
class MemoryFiles : public Files {
 public:
  void add(const std::string& path, std::string text);

  Type type(const std::string& path) const override;
  std::vector<std::string> list(const std::string& path) const override;
  std::string read(const std::string& path, std::size_t limit) const override;

 private:
  std::map<std::string, std::string> files_;  // by lexically normal path
};

// The data folder DIR as `files` sees it. `files` is used only during the call.
Dataset load_dataset(const Files& files, const std::filesystem::path& dir);
// The same on disk.
Dataset load_dataset(const std::filesystem::path& dir);

// The pieces, for tests and for checking single files. `display` is the name
// used in messages. Parties and scenarios are checked against what is given.
Catalog load_catalog(const std::filesystem::path& path, const std::string& display);
Party load_party(const std::filesystem::path& path, const std::string& display,
                 const Catalog& catalog);
Scenario load_scenario(const std::filesystem::path& path, const std::string& display,
                       const Dataset& data);

// The same from text already in memory (tests, fuzzing).
Catalog parse_catalog(const std::string& text, const std::string& display);
Party parse_party(const std::string& text, const std::string& display, const Catalog& catalog);
Scenario parse_scenario(const std::string& text, const std::string& display,
                        const Dataset& data);

// Checking data without analysing it: every error in every file (the loader's
// checks), and warnings about what is legal but likely wrong.

struct Validation {
  std::vector<Diagnostic> problems;  // errors and warnings, by file, line, column
  int files = 0;                     // files checked

  int errors() const;
  int warnings() const;
};

// The data folder DIR (DIR/positions and DIR/scenarios). Warnings are looked
// for only when the folder loads without errors.
Validation validate_folder(const std::filesystem::path& dir);
Validation validate_folder(const Files& files, const std::filesystem::path& dir);

// What kind of data file a path names, from where it sits in its data folder.
enum class FileKind { catalog, party, sources, scenario, unknown };
FileKind file_kind(const std::filesystem::path& file);

// One file, checked with the rest of its data folder (a party against the
// catalog, a scenario against the parties): its own problems, or, when the
// files it depends on have errors, theirs (it cannot be checked without them).
Validation validate_file(const std::filesystem::path& file);
Validation validate_file(const Files& files, const std::filesystem::path& file);

// The warnings for a loaded data set:
// - a stance that cites no evidence;
// - an on-record quote with no speaker (reported words and the analyst's
//   reading need none);
// - a party in a dated scenario that states nothing on an issue as of its
//   date (one warning per scenario and party, listing the issues; what-ifs
//   only add stances, so their base has said it);
// - an option that no stance, condition, assumption or rule mentions.
// Each has the source line, from the text the loader kept (data.sources).
std::vector<Diagnostic> warnings(const Dataset& data);

}  // namespace positions
