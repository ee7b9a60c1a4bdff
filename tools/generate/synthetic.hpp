// Synthetic data of any size for tests and benchmarks: a catalog with
// cross-issue rules, parties with cited stances and conditional acceptances,
// and one scenario naming every party. Same spec and seed, same files.
#pragma once

#include <filesystem>
#include <ostream>
#include <string>
#include <vector>

namespace positions::synthetic {

struct Spec {
  int parties = 3;
  int issues = 10;
  int options = 3;        // per issue, 2..64
  int rules = 0;          // cross-issue rules in the catalog
  int conditionals = 0;   // conditional acceptances across all parties
  double density = 0.3;   // share of issues each party takes a stance on
  unsigned seed = 1;
  // Issue 10's keys (after the seed, so {parties, ..., seed} initializers keep their meaning).
  double deciders = 0.3;  // share of issues with `decided_by` (1 to 3 parties)
  double must_get = 0.5;  // share of red-line stances that give `must_get` (what they want)
  double no_agreement = 0.3;  // share of issues with a `no_agreement` term
  double red_lines = 1.0;  // share of red_line draws kept as red lines (the rest become high)
};

// Writes DIR/positions/catalog.yaml, DIR/positions/pNNN.yaml and
// DIR/scenarios/synthetic.yaml. Throws std::runtime_error if it cannot write.
void write_dataset(const Spec& spec, const std::filesystem::path& dir);

// `positions-generate ARGS...`: parses the options, writes, reports. Usage
// errors print one line and return 2.
int run_generate(const std::vector<std::string>& args, std::ostream& out, std::ostream& err);

}  // namespace positions::synthetic
