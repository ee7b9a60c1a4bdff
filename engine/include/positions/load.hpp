// Loading a data folder: DIR/positions/catalog.yaml, one DIR/positions/CODE.yaml
// per party, one DIR/scenarios/NAME.yaml per scenario. Everything is checked;
// on any problem an Error listing all of them is thrown and nothing is returned.
#pragma once

#include <filesystem>
#include <string>

#include "positions/model.hpp"

namespace positions {

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

}  // namespace positions
