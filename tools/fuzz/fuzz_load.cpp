// libFuzzer target: the real loader, then every analysis. The first byte
// picks the kind of file (catalog, party, scenario); the rest is its text,
// put into an in-memory copy of the shipped data folder (MemoryFiles) beside
// the files it needs, and the folder is loaded by load_dataset itself, so
// listing, ordering, duplicate codes, what-if resolution and the SourceMap
// are fuzzed with the readers. Whatever loads is compared, searched for deals
// and concessions (under a small time limit: the least-fuzzed code), written
// as text and JSON, and checked for warnings. Only positions::Error may come
// out: any other exception, a crash, a hang or a sanitizer report is a finding.
#include <cstddef>
#include <cstdint>
#include <sstream>
#include <string>

#include "compare.hpp"
#include "compare_report.hpp"
#include "deal_analysis.hpp"
#include "deals_report.hpp"
#include "positions/load.hpp"
#include "table.hpp"
#include "term_graph.hpp"

namespace {

using namespace positions;

// The shipped files, read once from disk.
struct Shipped {
  std::string catalog;
  std::vector<std::pair<std::string, std::string>> parties;  // "positions/ru.yaml", text
};

const Shipped& shipped() {
  static const Shipped s = [] {
    Shipped out;
    DiskFiles disk;
    const std::string dir = std::string(POSITIONS_SOURCE_DIR) + "/positions";
    out.catalog = disk.read(dir + "/catalog.yaml", 1u << 22);
    for (const char* code : {"ru", "ua", "us"})
      out.parties.push_back({std::string("positions/") + code + ".yaml", disk.read(dir + "/" + code + ".yaml", 1u << 22)});
    return out;
  }();
  return s;
}

void analyse(const Dataset& data, const std::vector<int>& parties, Date as_of, const Scenario* scenario) {
  if (parties.size() < 2) return;
  const Table table = make_table(data, parties, as_of, scenario);
  const TermModel model(table.catalog(), &table);
  model.issue_components();
  const Comparison result = compare(table, model);
  const DealAnalysis deals = analyse_deals(table, model, {3, 0.05});
  std::ostringstream out;
  Lens lens;
  lens.scenario = scenario;
  write_compare_text(out, table, result, lens);
  write_compare_json(out, table, result, lens);
  write_deals_text(out, deals, lens);
  warnings(data);
}

// The latest date anyone speaks, so every stance is in force.
Date latest(const Dataset& data) {
  Date d = *Date::parse("2025-10-20");
  for (const auto& p : data.parties)
    for (const auto& s : p.stances)
      if (d < s.date) d = s.date;
  return d;
}

}  // namespace

extern "C" int LLVMFuzzerInitialize(int*, char***) {
  shipped();
  return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* bytes, std::size_t size) {
  if (size == 0) return 0;
  const std::string text(reinterpret_cast<const char*>(bytes) + 1, size - 1);
  const Shipped& s = shipped();
  MemoryFiles files;
  const int kind = bytes[0] % 3;
  files.add("data/positions/catalog.yaml", kind == 0 ? text : s.catalog);
  // A fuzzed catalog with one shipped party (most fail against it); a fuzzed
  // party or scenario with the shipped parties it is likely to name.
  for (size_t i = 0; i < (kind == 0 ? 1 : s.parties.size()); ++i) files.add("data/" + s.parties[i].first, s.parties[i].second);
  if (kind == 1) files.add("data/positions/zz_fuzz.yaml", text);
  if (kind == 2) files.add("data/scenarios/fuzz.yaml", text);
  try {
    const Dataset data = load_dataset(files, "data");
    if (kind == 2) {
      for (const auto& sc : data.scenarios) analyse(data, sc.parties, sc.date, &sc);
    } else {
      std::vector<int> all;
      for (int p = 0; p < static_cast<int>(data.parties.size()); ++p) all.push_back(p);
      analyse(data, all, latest(data), nullptr);
    }
  } catch (const Error&) {
    // Bad input reported as it should be.
  }
  return 0;
}
