#include "positions/load.hpp"

#include <algorithm>

#include "load_parts.hpp"
#include "source_text.hpp"

namespace positions {

namespace fs = std::filesystem;

namespace {

template <typename T, typename Read>
T checked(YamlReader& r, const YAML::Node& root, Read read) {
  // A file that could not be read or parsed has nothing more to report.
  if (!r.problems().empty()) throw Error(std::move(r.problems()));
  T value = read(root);
  if (!r.problems().empty()) throw Error(std::move(r.problems()));
  return value;
}

std::string display_path(const fs::path& dir, const std::string& rel) {
  return (dir / rel).lexically_normal().string();
}

std::vector<fs::path> yaml_files(const fs::path& dir) {
  std::vector<fs::path> out;
  std::error_code ec;
  for (const auto& e : fs::directory_iterator(dir, ec))
    if (e.path().extension() == ".yaml") out.push_back(e.path());
  std::sort(out.begin(), out.end());
  return out;
}

bool by_location(const Diagnostic& a, const Diagnostic& b) {
  return std::tie(a.where.file, a.where.line, a.where.column) <
         std::tie(b.where.file, b.where.line, b.where.column);
}

}  // namespace

Catalog parse_catalog(const std::string& text, const std::string& display) {
  YamlReader r(display);
  return checked<Catalog>(r, r.parse(text), [&](const YAML::Node& n) { return read_catalog(r, n); });
}

Catalog load_catalog(const fs::path& path, const std::string& display) {
  YamlReader r(display);
  return checked<Catalog>(r, r.load(path), [&](const YAML::Node& n) { return read_catalog(r, n); });
}

Party parse_party(const std::string& text, const std::string& display, const Catalog& cat) {
  YamlReader r(display);
  return checked<Party>(r, r.parse(text), [&](const YAML::Node& n) { return read_party(r, n, cat); });
}

Party load_party(const fs::path& path, const std::string& display, const Catalog& cat) {
  YamlReader r(display);
  return checked<Party>(r, r.load(path), [&](const YAML::Node& n) { return read_party(r, n, cat); });
}

Scenario parse_scenario(const std::string& text, const std::string& display, const Dataset& data) {
  YamlReader r(display);
  std::string name = fs::path(display).stem().string();
  return checked<Scenario>(r, r.parse(text), [&](const YAML::Node& n) { return read_scenario(r, n, name, data); });
}

Scenario load_scenario(const fs::path& path, const std::string& display, const Dataset& data) {
  YamlReader r(display);
  std::string name = path.stem().string();
  return checked<Scenario>(r, r.load(path), [&](const YAML::Node& n) { return read_scenario(r, n, name, data); });
}

Dataset load_dataset(const fs::path& dir) {
  Dataset data;
  const fs::path positions_dir = dir / "positions";
  if (!fs::is_directory(positions_dir)) {
    throw Error(Location{display_path(dir, "positions")},
                "no data folder here: expected positions/catalog.yaml under " +
                    (dir.empty() ? std::string(".") : dir.string()),
                "run from the project's root, or pass --data DIR");
  }
  data.catalog = load_catalog(positions_dir / "catalog.yaml", display_path(dir, "positions/catalog.yaml"));

  // Every file is read before anything is thrown, so one run shows all problems.
  std::vector<Diagnostic> problems;
  auto collect = [&](auto&& step) {
    try {
      step();
    } catch (const Error& e) {
      problems.insert(problems.end(), e.problems().begin(), e.problems().end());
    }
  };
  for (const auto& path : yaml_files(positions_dir)) {
    if (path.filename() == "catalog.yaml") continue;
    const std::string display = display_path(dir, "positions/" + path.filename().string());
    collect([&] {
      Party p = load_party(path, display, data.catalog);
      for (const auto& other : data.parties)
        if (other.code == p.code)
          throw Error(Location{display}, "party code '" + p.code + "' is also used by " + other.file,
                      "each party has one file");
      data.parties.push_back(std::move(p));
    });
  }
  if (!problems.empty()) {
    std::stable_sort(problems.begin(), problems.end(), by_location);
    throw Error(std::move(problems));
  }
  std::sort(data.parties.begin(), data.parties.end(),
            [](const Party& a, const Party& b) { return a.code < b.code; });

  for (const auto& path : yaml_files(dir / "scenarios")) {
    collect([&] {
      data.scenarios.push_back(
          load_scenario(path, display_path(dir, "scenarios/" + path.filename().string()), data));
    });
  }
  if (problems.empty()) problems = resolve_scenarios(data);
  if (!problems.empty()) {
    attach_source_lines(problems);  // those made from the model after reading
    std::stable_sort(problems.begin(), problems.end(), by_location);
    throw Error(std::move(problems));
  }
  std::sort(data.scenarios.begin(), data.scenarios.end(), [](const Scenario& a, const Scenario& b) {
    // Each what-if right after the scenario it builds on: a base's lineage is a prefix of its what-ifs'.
    return std::tie(a.date, a.lineage) < std::tie(b.date, b.lineage);
  });
  return data;
}

}  // namespace positions

