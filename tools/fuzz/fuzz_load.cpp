// libFuzzer target: loading and analysing data. The first byte picks the kind
// of file (catalog, party, scenario); the rest is its text, read against the
// shipped data. Whatever loads is analysed and written as text and JSON, and
// checked for warnings. Only positions::Error may come out: any other
// exception, a crash, a hang or a sanitizer report is a finding.
#include <cstddef>
#include <cstdint>
#include <optional>
#include <sstream>
#include <string>

#include "load_parts.hpp"  // resolve_scenarios, private to the engine
#include "compare.hpp"
#include "compare_report.hpp"
#include "positions/load.hpp"
#include "table.hpp"
#include "term_graph.hpp"
#include "positions/load.hpp"

namespace {

using namespace positions;

const Dataset& shipped() {
  static const Dataset data = load_dataset(POSITIONS_SOURCE_DIR);
  return data;
}

void analyse(const Dataset& data, const std::vector<int>& parties, Date as_of, const Scenario* scenario) {
  if (parties.size() < 2) return;
  const Table table = make_table(data, parties, as_of, scenario);
  const TermModel model(table.catalog(), &table);
  model.issue_components();
  const Comparison result = compare(table, model);
  std::ostringstream out;
  Lens lens;
  lens.scenario = scenario;
  write_compare_text(out, table, result, lens);
  write_compare_json(out, table, result, lens);
  warnings(data);
}

// The latest date a party speaks, so its stances are in force.
Date latest(const Party& p) {
  Date d = *Date::parse("2025-10-20");
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
  try {
    switch (bytes[0] % 3) {
      case 0: {
        Dataset data;
        data.catalog = parse_catalog(text, "catalog.yaml");
        TermModel(data.catalog, nullptr).issue_components();
        break;
      }
      case 1: {
        Dataset data = shipped();
        Party p = parse_party(text, "fuzz.yaml", data.catalog);
        p.code = "fuzz_party";  // never the code of a shipped party
        const Date as_of = latest(p);
        data.parties.push_back(std::move(p));
        data.scenarios.clear();
        analyse(data, {static_cast<int>(data.parties.size()) - 1, data.party_index("ru"), data.party_index("ua")},
                as_of, nullptr);
        break;
      }
      default: {
        Dataset data = shipped();
        data.scenarios.push_back(parse_scenario(text, "fuzz.yaml", data));
        // As load_dataset does once every scenario is read: what-ifs inherit.
        if (auto problems = resolve_scenarios(data); !problems.empty()) throw Error(std::move(problems));
        const Scenario& sc = data.scenarios.back();
        analyse(data, sc.parties, sc.date, &sc);
        break;
      }
    }
  } catch (const Error&) {
    // Bad input reported as it should be.
  }
  return 0;
}
