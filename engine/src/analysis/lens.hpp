// What an analysis looks through, as the reader must be told: the scenario
// (if any) and whether it was chosen by default.
#pragma once

#include "positions/model.hpp"

namespace positions {

struct Lens {
  const Scenario* scenario = nullptr;  // none with --as-of alone; lives as long as its Dataset
  bool scenario_by_default = false;    // the latest, since none was named
};

}  // namespace positions
