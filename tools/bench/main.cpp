// positions-bench: time and peak memory of compare, deals (top 10) and
// concessions on the shipped data and on synthetic data of two sizes. Each
// size runs in its own child process, so its peak memory is its own.
// Usage: positions-bench [DATA_DIR [TIME_LIMIT]]  (default: . and 10 seconds,
// the CLI's default --time-limit; run from the source root)
#include <sys/resource.h>
#include <sys/wait.h>
#include <unistd.h>

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <filesystem>
#include <functional>
#include <string>

#include "compare.hpp"
#include "concessions.hpp"
#include "deals.hpp"
#include "positions/load.hpp"
#include "synthetic.hpp"

using namespace positions;
namespace fs = std::filesystem;

namespace {

double g_time_limit = 10;

double peak_mb() {
  rusage u{};
  getrusage(RUSAGE_SELF, &u);
  return u.ru_maxrss / 1024.0;  // kilobytes on Linux
}

// Mean milliseconds of `f` over `repeat` runs.
double time_ms(int repeat, const std::function<void()>& f) {
  const auto start = std::chrono::steady_clock::now();
  for (int r = 0; r < repeat; ++r) f();
  return std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - start).count() / repeat;
}

void measure(const std::string& name, const Dataset& data, const std::vector<int>& parties, const Scenario* scenario,
             int repeat) {
  const Table table = make_table(data, parties, scenario ? scenario->date : *Date::parse("2025-06-01"), scenario);
  const double loaded = peak_mb();
  const TermModel model(table.catalog(), &table);
  Comparison c;
  const double t_compare = time_ms(repeat, [&] { c = compare(table, model); });
  const DealProblem pb = make_deal_problem(table, model);
  DealsResult d;
  const double t_deals = time_ms(repeat, [&] { d = find_deals(pb, {10, g_time_limit * 0.6}); });
  ConcessionsResult k;
  const double t_conc = time_ms(repeat, [&] { k = find_concessions(pb, {3, g_time_limit}); });
  size_t largest = 0;
  for (const auto& comp : pb.components) largest = std::max(largest, comp.size());
  std::printf("%-34s compare %9.3f ms | deals %9.3f ms | concessions %9.3f ms | all %9.3f ms\n", name.c_str(),
              t_compare, t_deals, t_conc, t_compare + t_deals + t_conc);
  std::printf("%-34s peak RSS %.1f MB (%.1f MB after loading); %zu components, largest %zu issues;\n", "", peak_mb(),
              loaded, pb.components.size(), largest);
  const auto cut = std::count_if(k.blocked.begin(), k.blocked.end(), [](const Concession& c) { return !c.complete; });
  std::printf("%-34s %zu deals, ranking %s; %zu blocked issues (%td searches cut by the time limit); whole table %s\n",
              "", d.deals.size(), d.proven ? "proven" : "NOT proven", k.blocked.size(), cut,
              !k.whole_table.needed ? "settles" : k.whole_table.complete ? "needs moves" : "NOT proven");
  std::fflush(stdout);
}

// Runs `body` in a child process and waits for it.
void in_child(const std::function<void()>& body) {
  std::fflush(stdout);
  const pid_t pid = fork();
  if (pid == 0) {
    body();
    std::fflush(stdout);
    _exit(0);
  }
  int status = 0;
  waitpid(pid, &status, 0);
}

void synthetic_size(const std::string& name, const synthetic::Spec& spec, int repeat) {
  in_child([&] {
    const fs::path dir = fs::temp_directory_path() / ("positions-bench-" + std::to_string(getpid()));
    synthetic::write_dataset(spec, dir);
    const Dataset data = load_dataset(dir);
    fs::remove_all(dir);
    std::vector<int> all;
    for (int p = 0; p < static_cast<int>(data.parties.size()); ++p) all.push_back(p);
    measure(name, data, all, &data.scenarios.back(), repeat);
  });
}

}  // namespace

int main(int argc, char** argv) {
  const std::string root = argc > 1 ? argv[1] : ".";
  if (argc > 2) g_time_limit = std::stod(argv[2]);
  std::printf("positions-bench: mean wall time per analysis inside the process; peak RSS of the process\n"
              "that loads and analyses one size (getrusage ru_maxrss); --time-limit %g s (deals get 60%%,\n"
              "as in the CLI).\n\n",
              g_time_limit);
  in_child([&] {
    const Dataset data = load_dataset(root);
    const std::vector<int> parties = {data.party_index("us"), data.party_index("ru"), data.party_index("ua")};
    measure("shipped: us ru ua, budapest-2025", data, parties, &data.scenarios[data.scenario_index("budapest-2025")],
            200);
  });
  synthetic_size("20 parties x 200 issues", {20, 200, 3, 60, 40, 0.2, 7}, 5);
  synthetic_size("100 x 1,000, 300 rules", {100, 1000, 3, 300, 0, 0.05, 7}, 1);
  synthetic_size("100 x 1,000, 300 rules, 100 cond.", {100, 1000, 3, 300, 100, 0.05, 7}, 1);
  synthetic_size("100 x 1,000, 150 rules", {100, 1000, 3, 150, 0, 0.05, 7}, 1);
  return 0;
}
