// positions-bench: time and peak memory of compare, deals (top 10) and
// concessions on the shipped data and on synthetic data of several sizes;
// loading against a bare yaml-cpp parse of the same files; growth with the
// number of issues and its fit; whole `positions` processes (compare, the
// HTML briefing) against their references (dot's own time). Each size runs
// in its own child process, so its peak memory is its own. Figures, not a
// test: it prints the reference beside each one.
// Usage: positions-bench [DATA_DIR [TIME_LIMIT [PART...]]]  (default: . and 10
// seconds, the CLI's default --time-limit, and every part: analyses, loading,
// growth, processes; run from the source root)
#include <fcntl.h>
#include <spawn.h>
#include <sys/resource.h>
#include <sys/wait.h>
#include <unistd.h>
#include <yaml-cpp/yaml.h>

#include <algorithm>
#include <chrono>
#include <cmath>
#include <ctime>
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <functional>
#include <sstream>
#include <string>
#include <vector>

#include "compare.hpp"
#include "concessions.hpp"
#include "deal_milp.hpp"
#include "deals.hpp"
#include "positions/load.hpp"
#include "synthetic.hpp"
#include "yaml_shape.hpp"

extern char** environ;

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

// The reference beside the deal search: CBC solving the MILP of the same
// problem (tools/milp/deal_milp.hpp), its wall time as whole cbc processes,
// and whether its optimum is the engine's first deal.
void reference(const DealProblem& pb, const DealsResult& d) {
  if (!milp::cbc_available()) {
    std::printf("%-34s %s\n", "", milp::kCbcMissing);
    return;
  }
  std::string dir = (fs::temp_directory_path() / "positions-bench-milp-XXXXXX").string();
  if (!mkdtemp(dir.data())) {
    std::printf("%-34s cbc: no temporary folder\n", "");
    return;
  }
  const milp::DealMilp ref = milp::solve_fairest_deal(pb, dir, 10 * g_time_limit);
  fs::remove_all(dir);
  const bool none = ref.status == milp::DealMilp::infeasible || ref.positive == 0;
  std::string verdict;
  if (ref.status == milp::DealMilp::failed) {
    verdict = "cbc: " + ref.error;
  } else if (none) {
    verdict = d.deals.empty() ? "agree: no deal" : "DIFFER: cbc finds no deal, the engine lists one";
  } else {
    const std::string cbc = std::to_string(ref.positive) + " parties gain, log Nash " + std::to_string(ref.log_nash);
    if (d.deals.empty()) {
      verdict = "DIFFER: cbc's optimum " + cbc + ", the engine lists no deal";
    } else {
      const Score& e = d.deals[0].score;
      const bool same =
          e.positive == ref.positive && std::abs(e.log_nash - ref.log_nash) <= 1e-6 * (1 + std::abs(ref.log_nash));
      verdict = same ? "agree: " + cbc
                     : "DIFFER: the engine's first deal " + std::to_string(e.positive) + " parties gain, log Nash " +
                           std::to_string(e.log_nash) + "; cbc's optimum " + cbc;
    }
  }
  if (ref.solves == 0) {
    std::printf("%-34s cbc (MILP reference) not run: an issue can be neither settled nor left open, or a party\n"
                "%-34s loses in every package; %s\n",
                "", "", verdict.c_str());
    return;
  }
  std::printf("%-34s cbc (MILP reference) %9.3f ms wall in %d run%s; %s\n", "", ref.cbc_ms, ref.solves,
              ref.solves == 1 ? "" : "s", verdict.c_str());
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
  reference(pb, d);
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


double cpu_ms() {
  timespec t{};
  clock_gettime(CLOCK_THREAD_CPUTIME_ID, &t);
  return t.tv_sec * 1e3 + t.tv_nsec / 1e6;
}

// The median of `runs` timings of each of `fs`, run in turn, in milliseconds
// of this thread's CPU time: the machine is shared, and wall time then
// measures the other processes too; the median ignores the runs that were
// interrupted.
std::vector<double> interleaved_median_ms(int runs, const std::vector<std::function<void()>>& fs) {
  std::vector<std::vector<double>> t(fs.size());
  for (int r = 0; r < runs; ++r)
    for (std::size_t i = 0; i < fs.size(); ++i) {
      const double start = cpu_ms();
      fs[i]();
      t[i].push_back(cpu_ms() - start);
    }
  std::vector<double> medians;
  for (auto& ti : t) {
    std::sort(ti.begin(), ti.end());
    medians.push_back(ti[ti.size() / 2]);
  }
  return medians;
}

// Runs `body` in a child process that reports numbers back through a pipe.
std::vector<double> in_child_numbers(const std::function<std::vector<double>()>& body) {
  int fds[2];
  if (pipe(fds) != 0) return {};
  std::fflush(stdout);
  const pid_t pid = fork();
  if (pid == 0) {
    close(fds[0]);
    const std::vector<double> v = body();
    std::fflush(stdout);
    const ssize_t n = write(fds[1], v.data(), v.size() * sizeof(double));
    _exit(n == static_cast<ssize_t>(v.size() * sizeof(double)) ? 0 : 1);
  }
  close(fds[1]);
  std::vector<double> v;
  double x;
  while (read(fds[0], &x, sizeof x) == static_cast<ssize_t>(sizeof x)) v.push_back(x);
  close(fds[0]);
  int status = 0;
  waitpid(pid, &status, 0);
  return v;
}

std::string read_text(const fs::path& path) {
  std::ifstream in(path, std::ios::binary);
  std::ostringstream text;
  text << in.rdbuf();
  return text.str();
}

// The files load_dataset reads: positions/*.yaml and scenarios/*.yaml.
std::vector<fs::path> data_files(const fs::path& dir) {
  std::vector<fs::path> files;
  for (const char* sub : {"positions", "scenarios"})
    for (const auto& e : fs::directory_iterator(dir / sub))
      if (e.is_regular_file() && e.path().extension() == ".yaml") files.push_back(e.path());
  std::sort(files.begin(), files.end());
  return files;
}

// Loading against its reference: one bare yaml-cpp parse (read, YAML::Load)
// of the same files. Also the parse alone, within the limits, against
// YAML::Load on text already read, to show where the rest goes.
void loading(const std::string& name, const fs::path& dir, int runs) {
  const std::vector<fs::path> files = data_files(dir);
  std::vector<std::string> texts;
  std::size_t bytes = 0;
  for (const auto& f : files) bytes += (texts.emplace_back(read_text(f))).size();
  std::size_t sink = 0;
  // Interleaved, run by run, so that a busy spell of the machine falls on all four alike.
  const std::vector<double> t = interleaved_median_ms(
      runs, {[&] { sink += load_dataset(dir).parties.size(); },
             [&] {
               for (const auto& f : files) sink += YAML::Load(read_text(f)).size();
             },
             [&] {
               for (const auto& text : texts) sink += parse_yaml_within_limits(text).root.size();
             },
             [&] {
               for (const auto& text : texts) sink += YAML::Load(text).size();
             }});
  const double load = t[0], bare = t[1], ours_parse = t[2], bare_parse = t[3];
  std::printf("%-26s %4zu files %8.1f KB | load_dataset %8.2f ms | bare yaml-cpp %8.2f ms | %.2fx (target 1.2x)\n",
              name.c_str(), files.size(), bytes / 1024.0, load, bare, load / bare);
  std::printf("%-26s parse within the limits %.2f ms, YAML::Load %.2f ms of text already read: %.2fx%s\n", "",
              ours_parse, bare_parse, ours_parse / bare_parse, sink ? "" : " ");
  std::fflush(stdout);
}

// The slope of log y against log x (least squares): 1 is linear, 2 quadratic.
double exponent(const std::vector<double>& x, const std::vector<double>& y) {
  double mx = 0, my = 0;
  for (std::size_t i = 0; i < x.size(); ++i) {
    mx += std::log(x[i]);
    my += std::log(y[i]);
  }
  mx /= x.size();
  my /= y.size();
  double sxy = 0, sxx = 0;
  for (std::size_t i = 0; i < x.size(); ++i) {
    sxy += (std::log(x[i]) - mx) * (std::log(y[i]) - my);
    sxx += (std::log(x[i]) - mx) * (std::log(x[i]) - mx);
  }
  return sxy / sxx;
}

// 20 parties, issues doubling, rules and conditions in proportion (0.15 and
// 0.05 per issue) so that linked groups stay small: load, the three
// analyses and the peak memory of each size in its own process, then the fit.
void growth() {
  std::printf("%8s %9s %9s %9s %12s %9s %8s %8s %8s  %s\n", "issues", "load ms", "compare", "deals",
              "concessions", "all ms", "peak MB", "loaded", "largest", "deals ranking");
  std::vector<double> issues, total, memory;
  for (int n = 200; n <= 3200; n *= 2) {
    const synthetic::Spec spec{20, n, 3, n * 15 / 100, n * 5 / 100, 0.2, 7};
    const std::vector<double> v = in_child_numbers([&] {
      const fs::path dir = fs::temp_directory_path() / ("positions-bench-" + std::to_string(getpid()));
      synthetic::write_dataset(spec, dir);
      const double t0 = cpu_ms();
      const Dataset data = load_dataset(dir);
      auto ms = [](double a, double b) { return b - a; };
      const double t1 = cpu_ms();
      const double loaded = peak_mb();
      fs::remove_all(dir);
      std::vector<int> all;
      for (int p = 0; p < static_cast<int>(data.parties.size()); ++p) all.push_back(p);
      const Scenario* scenario = &data.scenarios.back();
      const double t2 = cpu_ms();
      const Table table = make_table(data, all, scenario->date, scenario);
      const TermModel model(table.catalog(), &table);
      const Comparison c = compare(table, model);
      const double t3 = cpu_ms();
      const DealProblem pb = make_deal_problem(table, model);
      const DealsResult d = find_deals(pb, {10, g_time_limit * 0.6});
      const double t4 = cpu_ms();
      const ConcessionsResult k = find_concessions(pb, {3, g_time_limit});
      const double t5 = cpu_ms();
      std::size_t largest = 0;
      for (const auto& comp : pb.components) largest = std::max(largest, comp.size());
      return std::vector<double>{ms(t0, t1), ms(t2, t3), ms(t3, t4), ms(t4, t5), peak_mb(),
                                 static_cast<double>(largest), d.proven ? 1.0 : 0.0, loaded};
    });
    if (v.size() != 8) {
      std::printf("%8d failed\n", n);
      continue;
    }
    const double all = v[0] + v[1] + v[2] + v[3];
    std::printf("%8d %9.1f %9.1f %9.1f %12.1f %9.1f %8.1f %8.1f %8.0f  %s\n", n, v[0], v[1], v[2], v[3], all, v[4],
                v[7], v[5], v[6] ? "proven" : "NOT proven");
    std::fflush(stdout);
    issues.push_back(n);
    total.push_back(all);
    memory.push_back(v[4]);
  }
  if (issues.size() < 2) return;
  const std::size_t k = issues.size();
  std::printf("fit: time grows as issues^%.2f, peak memory as issues^%.2f (1 = linear; target about 1);\n"
              "     last doubling: time x%.2f, memory x%.2f (2 = linear)\n",
              exponent(issues, total), exponent(issues, memory), total[k - 1] / total[k - 2],
              memory[k - 1] / memory[k - 2]);
  std::fflush(stdout);
}

struct ProcessTime {
  double wall = -1;  // milliseconds; -1 when it failed
  double cpu = 0;    // user + system milliseconds
};

// One process: `argv` run from the current folder, its output to `out`,
// waited for.
ProcessTime process_ms(const std::vector<std::string>& argv, const std::string& out = "/dev/null") {
  posix_spawn_file_actions_t actions;
  posix_spawn_file_actions_init(&actions);
  posix_spawn_file_actions_addopen(&actions, 1, out.c_str(), O_WRONLY | O_CREAT | O_TRUNC, 0644);
  posix_spawn_file_actions_addopen(&actions, 2, "/dev/null", O_WRONLY, 0);
  std::vector<std::string> words = argv;
  std::vector<char*> args;
  for (auto& w : words) args.push_back(w.data());
  args.push_back(nullptr);
  const auto start = std::chrono::steady_clock::now();
  pid_t pid = -1;
  int status = -1;
  rusage use{};
  if (posix_spawnp(&pid, args[0], &actions, nullptr, args.data(), environ) == 0) wait4(pid, &status, 0, &use);
  ProcessTime t;
  t.wall = std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - start).count();
  t.cpu = (use.ru_utime.tv_sec + use.ru_stime.tv_sec) * 1e3 + (use.ru_utime.tv_usec + use.ru_stime.tv_usec) / 1e3;
  posix_spawn_file_actions_destroy(&actions);
  if (!(WIFEXITED(status) && WEXITSTATUS(status) == 0)) t.wall = -1;
  return t;
}

// Medians of `runs` processes; wall -1 if any failed.
ProcessTime median_process(int runs, const std::vector<std::string>& argv, const std::string& out = "/dev/null") {
  std::vector<double> wall, cpu;
  bool failed = false;
  for (int r = 0; r < runs; ++r) {
    const ProcessTime t = process_ms(argv, out);
    failed = failed || t.wall < 0;
    wall.push_back(t.wall);
    cpu.push_back(t.cpu);
  }
  std::sort(wall.begin(), wall.end());
  std::sort(cpu.begin(), cpu.end());
  return {failed ? -1 : wall[wall.size() / 2], cpu[cpu.size() / 2]};
}

// Whole processes on the shipped data, run from DATA_DIR: compare (target
// 10 ms) beside a process that does nothing, and the HTML briefing beside
// dot's own time to draw the same graphs. The briefing draws all its graphs
// in one `dot` process, so the reference is `dot` on that same input in one
// process: one start-up and the same layouts. The graphs each in a process
// of its own (what the briefing did before) is shown beside it.
void processes(const std::string& positions) {
  const int runs = 41;
  const ProcessTime none = median_process(runs, {"true"});
  const ProcessTime version = median_process(runs, {positions, "--version"});
  const ProcessTime cmp = median_process(runs, {positions, "compare", "us", "ru", "ua"});
  std::printf("positions compare us ru ua      %7.2f ms wall, %6.2f ms CPU (target 10 ms)\n", cmp.wall, cmp.cpu);
  std::printf("  references: positions --version %.2f ms wall, %.2f ms CPU; true %.2f ms wall, %.2f ms CPU\n",
              version.wall, version.cpu, none.wall, none.cpu);
  // The input exactly as the briefing hands it to dot: a stand-in for dot
  // keeps a copy of what each run of it is given.
  const fs::path dir = fs::temp_directory_path() / ("positions-bench-" + std::to_string(getpid()));
  fs::create_directories(dir);
  const std::string tee = (dir / "tee-dot").string(), html_file = (dir / "briefing.html").string();
  std::ofstream(tee) << "#!/bin/sh\ntee \"$(mktemp " << dir.string() << "/input.XXXXXX)\" | dot \"$@\"\n";
  fs::permissions(tee, fs::perms::owner_all);
  setenv("POSITIONS_DOT", tee.c_str(), 1);
  const bool drew = process_ms({positions, "report", "us", "ru", "ua", "--format", "html", "-o", html_file}).wall >= 0;
  unsetenv("POSITIONS_DOT");
  std::vector<std::string> inputs;
  for (const auto& e : fs::directory_iterator(dir))
    if (e.path().filename().string().rfind("input.", 0) == 0) inputs.push_back(e.path().string());
  if (!drew || inputs.size() != 1) {
    std::printf("positions report us ru ua --format html failed, or ran dot %zu times\n", inputs.size());
    fs::remove_all(dir);
    return;
  }
  // Each graph starts a line with "graph" or "digraph" (graph_dot.cpp). The
  // warm-up the briefing's early dot draws first (graphviz.cpp) is not one
  // of the briefing's graphs: the reference is dot on those alone.
  std::vector<std::string> graphs;
  const std::string briefing_input = (dir / "briefing-graphs").string();
  {
    std::istringstream in(read_text(inputs[0]));
    std::ofstream all(briefing_input);
    bool warm_up = false;
    for (std::string line; std::getline(in, line);) {
      if (line.rfind("graph ", 0) == 0 || line.rfind("digraph ", 0) == 0) {
        warm_up = line.rfind("digraph warm_up ", 0) == 0;
        if (warm_up) continue;
        graphs.push_back((dir / ("graph." + std::to_string(graphs.size()))).string());
        std::ofstream(graphs.back());
      }
      if (graphs.empty() || warm_up) continue;
      std::ofstream(graphs.back(), std::ios::app) << line << '\n';
      all << line << '\n';
    }
  }
  const int draws = 15;
  ProcessTime each{0, 0};
  for (const auto& g : graphs) {
    const ProcessTime t = median_process(draws, {"dot", "-Tsvg", g});
    each.wall += t.wall;
    each.cpu += t.cpu;
  }
  const ProcessTime one = median_process(draws, {"dot", "-Tsvg", briefing_input});
  const ProcessTime html =
      median_process(draws, {positions, "report", "us", "ru", "ua", "--format", "html", "-o", html_file});
  const ProcessTime md =
      median_process(draws, {positions, "report", "us", "ru", "ua", "--format", "md", "-o", html_file});
  std::printf("positions report --format html  %7.2f ms wall, %6.2f ms CPU with its dot child\n", html.wall, html.cpu);
  std::printf("  reference: dot -Tsvg on the same %zu graphs in one process, as the briefing hands them,\n"
              "  %.2f ms wall, %.2f ms CPU: the briefing takes %.2fx wall, %.2fx CPU (target 1.2x)\n",
              graphs.size(), one.wall, one.cpu, html.wall / one.wall, html.cpu / one.cpu);
  std::printf("  the %zu graphs one process each: %.2f ms wall, %.2f ms CPU; --format md (no drawing) %.2f ms\n"
              "  wall, %.2f ms CPU\n",
              graphs.size(), each.wall, each.cpu, md.wall, md.cpu);
  fs::remove_all(dir);
  std::fflush(stdout);
}

void analyses(const std::string& root) {
  in_child([&] {
    const Dataset data = load_dataset(root);
    const std::vector<int> parties = {data.party_index("us"), data.party_index("ru"), data.party_index("ua")};
    measure("shipped: us ru ua, budapest-2025", data, parties, &data.scenarios[data.scenario_index("budapest-2025")],
            200);
    // The shipped what-if that has a deal, so that cbc has one to find.
    measure("shipped: whatif-freeze-with-g.", data, parties,
            &data.scenarios[data.scenario_index("whatif-freeze-with-guarantees")], 200);
  });
  synthetic_size("20 parties x 200 issues", {20, 200, 3, 60, 40, 0.2, 7}, 5);
  synthetic_size("100 x 1,000, 300 rules", {100, 1000, 3, 300, 0, 0.05, 7}, 1);
  synthetic_size("100 x 1,000, 300 rules, 100 cond.", {100, 1000, 3, 300, 100, 0.05, 7}, 1);
  synthetic_size("100 x 1,000, 150 rules", {100, 1000, 3, 150, 0, 0.05, 7}, 1);
  // Where the catalog names no deciders every compared party must consent,
  // and at these densities most are silent; and one red line nobody can meet
  // rules out every package. So the sizes above have no deal and measure the
  // proofs that none exists. Here every issue is decided by one to three
  // parties (each issue has its few stakeholders) and red lines are drawn as
  // high priorities, so the deal search has deals to rank.
  std::printf("\nEvery issue decided by 1 to 3 parties, red lines drawn as high priorities:\n");
  synthetic_size("20 x 200, decided", {20, 200, 3, 60, 40, 0.2, 7, 1.0, 0.5, 0.3, 0.0}, 5);
  synthetic_size("100 x 1,000, 300 rules, decided", {100, 1000, 3, 300, 0, 0.05, 7, 1.0, 0.5, 0.3, 0.0}, 1);
  synthetic_size("100 x 1,000, 300 r., 100 c., decided", {100, 1000, 3, 300, 100, 0.05, 7, 1.0, 0.5, 0.3, 0.0}, 1);
  // The same with its red lines kept: the hardest size for the concession
  // searches (docs/hacking.md says what it shows).
  std::printf("\nThe same, red lines kept:\n");
  synthetic_size("100 x 1,000, 300 r., 100 c., red lines", {100, 1000, 3, 300, 100, 0.05, 7, 1.0, 0.5, 0.3, 1.0}, 1);
}

void loading_sizes(const std::string& root) {
  std::printf("\nLoading: median CPU time of many runs of load_dataset (read, parse within the limits, build\n"
              "and check the model) against one bare yaml-cpp parse (read, YAML::Load) of the same files.\n\n");
  loading("shipped", root, 101);
  for (int n : {200, 3200}) {
    in_child([&] {
      const fs::path dir = fs::temp_directory_path() / ("positions-bench-" + std::to_string(getpid()));
      synthetic::write_dataset({20, n, 3, n * 15 / 100, n * 5 / 100, 0.2, 7}, dir);
      loading("20 x " + std::to_string(n), dir, n > 1000 ? 7 : 31);
      fs::remove_all(dir);
    });
  }
}

}  // namespace

namespace {

constexpr const char* kUsage =
    "Usage: positions-bench [DATA_DIR [TIME_LIMIT [PART...]]]\n"
    "Times compare, deals and concessions (analyses), loading against a bare yaml-cpp parse\n"
    "(loading), growth with the number of issues (growth) and whole positions processes\n"
    "(processes). Defaults: DATA_DIR . (run from the source root), TIME_LIMIT 10 seconds,\n"
    "every part. Figures, not a test.\n";

const char* const kParts[] = {"analyses", "loading", "growth", "processes"};

}  // namespace

int main(int argc, char** argv) {
  const std::vector<std::string> args(argv + 1, argv + argc);
  if (!args.empty() && (args[0] == "-h" || args[0] == "--help")) {
    std::fputs(kUsage, stdout);
    return 0;
  }
  auto usage_error = [](const std::string& message) {
    std::fprintf(stderr, "positions-bench: %s\nTry 'positions-bench --help'.\n", message.c_str());
    return 2;
  };
  const std::string root = args.empty() ? "." : args[0];
  if (!fs::is_regular_file(fs::path(root) / "positions" / "catalog.yaml"))
    return usage_error("no data folder at '" + root + "': expected positions/catalog.yaml there");
  if (args.size() > 1) {
    char* end = nullptr;
    g_time_limit = std::strtod(args[1].c_str(), &end);
    if (end == args[1].c_str() || *end || !(g_time_limit > 0))
      return usage_error("TIME_LIMIT '" + args[1] + "' is not a number of seconds above 0");
  }
  const std::vector<std::string> parts(args.begin() + std::min<std::size_t>(args.size(), 2), args.end());
  for (const auto& p : parts)
    if (std::find(std::begin(kParts), std::end(kParts), p) == std::end(kParts))
      return usage_error("no part '" + p + "': the parts are analyses, loading, growth and processes");
  auto part = [&](const char* name) {
    return parts.empty() || std::find(parts.begin(), parts.end(), name) != parts.end();
  };
  try {
  std::printf("positions-bench: mean wall time per analysis inside the process; peak RSS of the process\n"
              "that loads and analyses one size (getrusage ru_maxrss); --time-limit %g s (deals get 60%%,\n"
              "as in the CLI).\n\n",
              g_time_limit);
  if (part("analyses")) analyses(root);
  if (part("loading")) loading_sizes(root);
  if (part("growth")) {
    std::printf("\nGrowth: 20 parties, 0.15 rules and 0.05 conditions per issue, density 0.2, seed 7; one run\n"
                "of each size in its own process (milliseconds of CPU time; peak RSS of that process, and after loading).\n\n");
    growth();
  }
  if (part("processes")) {
    std::printf("\nWhole processes from %s (median of many runs; the machine may be shared, so the CPU time\n"
                "the process used, user + system, is beside the wall time):\n\n",
                root.c_str());
    const fs::path self = fs::read_symlink("/proc/self/exe").parent_path();
    const fs::path cwd = fs::current_path();
    fs::current_path(root);
    processes((self / "positions").string());
    fs::current_path(cwd);
  }
  } catch (const std::exception& e) {
    std::fprintf(stderr, "positions-bench: %s\n", e.what());
    return 1;
  }
  return 0;
}
