// Random catalogs, parties, rules, conditions, deciders and red lines: the
// instances the deal and concession searches are checked on, against brute
// force (small shapes) and against the MILP reference (larger ones).
#pragma once

#include <random>

#include "positions/model.hpp"

namespace positions::test {

// The defaults are the brute-force property test's small instances; a
// field's default keeps its draws (and so every instance of a seed) as they
// were when the shape was fixed.
struct RandomShape {
  int issues_min = 1, issues_max = 6;
  int options_max = 3;
  int rules_max = 2;
  int parties_min = 2, parties_max = 4;
  double silent = 0.2;     // a party says nothing on an issue
  double outsider = 0.08;  // a list of deciders names the outsider z (never compared)
  double red_line = 0.15;  // a stance draws a red line (must_get)
  Priority priority_max = Priority::red_line;  // priority red_line is a red line on all it accepts
  double conditions_kept = 1;  // of the options drawn as accepted on a condition, the share kept
};

// Parties a, b, ... and an outsider z who is never compared; one scenario
// "s" dated 2025-06-01 with some no-agreement terms.
Dataset random_dataset(std::mt19937& rng, const RandomShape& shape = {});

}  // namespace positions::test
