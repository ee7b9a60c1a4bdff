#include "positions/load.hpp"

#include <algorithm>

#include "load_parts.hpp"
#include "source_text.hpp"

namespace positions {

namespace fs = std::filesystem;

namespace {

// The file's text goes into `sources` once it is read without a problem:
// moved, not copied, since the reader is done with it. A file with a problem
// stops the load, so nothing later asks for its lines.
template <typename T, typename Read>
T checked(YamlReader& r, const YAML::Node& root, Read read, SourceMap* sources = nullptr) {
  // A file that could not be read or parsed has nothing more to report.
  if (!r.problems().empty()) throw Error(std::move(r.problems()));
  T value = read(root);
  if (!r.problems().empty()) throw Error(std::move(r.problems()));
  if (sources) sources->add(r.file(), r.take_text());
  return value;
}

std::string display_path(const fs::path& dir, const std::string& rel) {
  return (dir / rel).lexically_normal().string();
}

bool ends_with(const std::string& s, const std::string& tail) {
  return s.size() >= tail.size() && s.compare(s.size() - tail.size(), tail.size(), tail) == 0;
}

// The data files in `folder`, by the rules in docs/data-format.md: NAME.yaml
// is read; a hidden name (".ru.yaml", an editor's lock ".#ru.yaml", a swap
// file) and anything else (backups "ru.yaml~" and "#ru.yaml#", notes) is
// left alone without a word; NAME.yml is an error, since leaving it out
// silently would analyse data without it.
std::vector<std::string> data_files(const Files& files, const std::string& folder,
                                    std::vector<Diagnostic>& problems) {
  std::vector<std::string> out;
  for (const auto& name : files.list(folder)) {
    if (name.empty() || name[0] == '.') continue;
    const std::string path = display_path(folder, name);
    if (ends_with(name, ".yml")) {
      problems.push_back({Location{path}, "data files end in .yaml; this one is not read",
                          "rename it to " + name.substr(0, name.size() - 4) + ".yaml", {}, Severity::error});
    } else if (ends_with(name, ".yaml") && name.size() > 5) {
      out.push_back(path);
    }
  }
  return out;
}

bool by_location(const Diagnostic& a, const Diagnostic& b) {
  return std::tie(a.where.file, a.where.line, a.where.column) <
         std::tie(b.where.file, b.where.line, b.where.column);
}

[[noreturn]] void throw_sorted(std::vector<Diagnostic> problems) {
  std::stable_sort(problems.begin(), problems.end(), by_location);
  throw Error(std::move(problems));
}

// Runs `step`, adding what it throws to `problems`, so that one run shows them all.
template <typename Step>
void collect(std::vector<Diagnostic>& problems, Step&& step) {
  try {
    step();
  } catch (const Error& e) {
    problems.insert(problems.end(), e.problems().begin(), e.problems().end());
  }
}

Catalog read_catalog_file(const Files& files, const std::string& path, const std::string& display,
                          SourceMap* sources) {
  YamlReader r(display);
  const YAML::Node root = r.load(files, path);
  return checked<Catalog>(r, root, [&](const YAML::Node& n) { return read_catalog(r, n); }, sources);
}

Party read_party_file(const Files& files, const std::string& path, const std::string& display,
                      const Catalog& cat, SourceMap* sources, const Dataset* data = nullptr) {
  YamlReader r(display);
  const YAML::Node root = r.load(files, path);
  return checked<Party>(r, root, [&](const YAML::Node& n) { return read_party(r, n, cat, data); }, sources);
}

// positions/sources.yaml, and the text of every document it names that can be
// read (a document missing is a warning of validate, not an error: the
// analyses do not need the texts).
void read_sources_file(const Files& files, const std::string& path, const fs::path& dir, Dataset& data) {
  YamlReader r(path);
  const YAML::Node root = r.load(files, path);
  checked<bool>(r, root, [&](const YAML::Node& n) { read_sources(r, n, data); return true; }, &data.sources);
  for (auto& d : data.documents) {
    auto doc = std::make_shared<SourceDoc>(*d);
    doc->path = (dir / data.documents_folder / doc->file).lexically_normal().string();
    try {
      if (files.type(doc->path) == Files::Type::regular) {
        doc->text = files.read(doc->path, 4u << 20);
        doc->found = true;
      }
    } catch (const Error&) {
    }
    d = std::move(doc);
  }
}

Scenario read_scenario_file(const Files& files, const std::string& path, const std::string& display,
                            const Dataset& data, SourceMap* sources) {
  YamlReader r(display);
  const std::string name = fs::path(path).stem().string();
  const YAML::Node root = r.load(files, path);
  return checked<Scenario>(r, root, [&](const YAML::Node& n) { return read_scenario(r, n, name, data); }, sources);
}

}  // namespace

Catalog parse_catalog(const std::string& text, const std::string& display) {
  YamlReader r(display);
  return checked<Catalog>(r, r.parse(text), [&](const YAML::Node& n) { return read_catalog(r, n); });
}

Catalog load_catalog(const fs::path& path, const std::string& display) {
  return read_catalog_file(DiskFiles(), path.string(), display, nullptr);
}

Party parse_party(const std::string& text, const std::string& display, const Catalog& cat) {
  YamlReader r(display);
  return checked<Party>(r, r.parse(text), [&](const YAML::Node& n) { return read_party(r, n, cat); });
}

Party load_party(const fs::path& path, const std::string& display, const Catalog& cat) {
  return read_party_file(DiskFiles(), path.string(), display, cat, nullptr);
}

Scenario parse_scenario(const std::string& text, const std::string& display, const Dataset& data) {
  YamlReader r(display);
  std::string name = fs::path(display).stem().string();
  return checked<Scenario>(r, r.parse(text), [&](const YAML::Node& n) { return read_scenario(r, n, name, data); });
}

Scenario load_scenario(const fs::path& path, const std::string& display, const Dataset& data) {
  return read_scenario_file(DiskFiles(), path.string(), display, data, nullptr);
}

Dataset load_dataset(const fs::path& dir) { return load_dataset(DiskFiles(), dir); }

Dataset load_dataset(const Files& files, const fs::path& dir) {
  Dataset data;
  const std::string positions_dir = display_path(dir, "positions");
  const std::string shown_dir = dir.empty() ? std::string(".") : dir.string();
  // What is wrong with the folder itself comes first, and alone: a folder
  // that cannot be listed must not look empty.
  const Files::Type type = files.type(positions_dir);  // throws on a loop, a long name, permission
  if (type == Files::Type::missing)
    throw Error(Location{positions_dir}, "no data folder here: expected positions/catalog.yaml under " + shown_dir,
                "run from the project's root, or pass --data DIR");
  if (type != Files::Type::folder)
    throw Error(Location{positions_dir}, "expected a folder of data files here, found a file",
                "DIR/positions holds catalog.yaml and one CODE.yaml per party");
  std::vector<Diagnostic> problems;
  const std::vector<std::string> party_files = data_files(files, positions_dir, problems);
  const std::string catalog_path = display_path(dir, "positions/catalog.yaml");
  collect(problems, [&] { data.catalog = read_catalog_file(files, catalog_path, catalog_path, &data.sources); });
  if (!problems.empty()) throw_sorted(std::move(problems));
  const std::string sources_path = display_path(dir, "positions/sources.yaml");
  if (std::find(party_files.begin(), party_files.end(), sources_path) != party_files.end())
    collect(problems, [&] { read_sources_file(files, sources_path, dir, data); });
  if (!problems.empty()) throw_sorted(std::move(problems));

  for (const auto& path : party_files) {
    if (path == catalog_path || path == sources_path) continue;
    collect(problems, [&] {
      Party p = read_party_file(files, path, path, data.catalog, &data.sources, &data);
      for (const auto& other : data.parties)
        if (other.code == p.code)
          throw Error(Location{path}, "party code '" + p.code + "' is also used by " + other.file,
                      "each party has one file");
      data.parties.push_back(std::move(p));
    });
  }
  if (!problems.empty()) throw_sorted(std::move(problems));
  std::sort(data.parties.begin(), data.parties.end(),
            [](const Party& a, const Party& b) { return a.code < b.code; });
  problems = resolve_governments(data);
  if (!problems.empty()) {
    data.sources.attach(problems);
    throw_sorted(std::move(problems));
  }

  const std::string scenarios_dir = display_path(dir, "scenarios");
  std::vector<std::string> scenario_files;
  collect(problems, [&] {
    // No scenarios folder means no scenarios; one that cannot be read is an error.
    if (files.type(scenarios_dir) != Files::Type::missing) scenario_files = data_files(files, scenarios_dir, problems);
  });
  for (const auto& path : scenario_files)
    collect(problems, [&] { data.scenarios.push_back(read_scenario_file(files, path, path, data, &data.sources)); });
  if (problems.empty()) problems = resolve_scenarios(data);
  if (!problems.empty()) {
    data.sources.attach(problems);  // those made from the model after reading
    throw_sorted(std::move(problems));
  }
  std::sort(data.scenarios.begin(), data.scenarios.end(), [](const Scenario& a, const Scenario& b) {
    // Each what-if right after the scenario it builds on: a base's lineage is a prefix of its what-ifs'.
    return std::tie(a.date, a.lineage) < std::tie(b.date, b.lineage);
  });
  return data;
}

}  // namespace positions
