#include "synthetic.hpp"

#include <boost/program_options.hpp>

#include <fstream>
#include <random>
#include <set>
#include <sstream>
#include <stdexcept>

namespace positions::synthetic {

namespace fs = std::filesystem;
namespace po = boost::program_options;

namespace {

struct Cond {
  int option;
  int if_issue, if_option;
};
struct StanceSpec {
  int issue;
  int wants = -1, accepts = -1, rules_out = -1;
  int priority;
  bool must_get = false;  // a red line on what it wants
  std::vector<Cond> conditional;
};

std::string issue_id(int i) {
  char buf[16];
  std::snprintf(buf, sizeof buf, "i%04d", i);
  return buf;
}
std::string option_id(int o) { return "o" + std::to_string(o + 1); }
std::string term(int i, int o) { return issue_id(i) + "." + option_id(o); }
std::string party_code(int p) {
  char buf[16];
  std::snprintf(buf, sizeof buf, "p%03d", p);
  return buf;
}

void write_file(const fs::path& path, const std::string& text) {
  std::ofstream out(path, std::ios::binary);
  out << text;
  out.close();
  if (!out) throw std::runtime_error("cannot write " + path.string());
}

}  // namespace

void write_dataset(const Spec& spec, const fs::path& dir) {
  std::mt19937 rng(spec.seed);
  auto pick = [&](int n) { return std::uniform_int_distribution<int>(0, n - 1)(rng); };
  auto chance = [&](double p) { return std::uniform_real_distribution<double>(0, 1)(rng) < p; };
  fs::create_directories(dir / "positions");
  fs::create_directories(dir / "scenarios");

  std::ostringstream cat;
  cat << "# Synthetic catalog (positions-generate, seed " << spec.seed << ").\nissues:\n";
  for (int i = 0; i < spec.issues; ++i) {
    cat << "  - id: " << issue_id(i) << "\n    title: Synthetic issue " << i + 1
        << "\n    ordered: " << (chance(0.5) ? "true" : "false") << "\n";
    // Deciders: a third of the issues name one to three parties whose
    // consent settles them; the rest are decided by every compared party.
    if (spec.parties > 0 && chance(spec.deciders)) {
      std::set<int> who;
      for (int k = 1 + pick(3); k > 0; --k) who.insert(pick(spec.parties));
      cat << "    decided_by: [";
      bool first = true;
      for (int p : who) cat << (first ? "" : ", ") << party_code(p), first = false;
      cat << "]\n";
    }
    cat << "    options:\n";
    for (int o = 0; o < spec.options; ++o)
      cat << "      - id: " << option_id(o) << "\n        label: Outcome " << o + 1 << "\n";
  }
  std::set<std::pair<int, int>> linked;
  if (spec.rules > 0 && spec.issues > 1) {
    cat << "rules:\n";
    for (int r = 0; r < spec.rules; ++r) {
      const int a = pick(spec.issues);
      int b = pick(spec.issues - 1);
      if (b >= a) ++b;
      const bool excludes = chance(0.7);
      cat << "  - term: " << term(a, pick(spec.options)) << "\n    " << (excludes ? "excludes" : "requires")
          << ": " << term(b, pick(spec.options)) << "\n    reason: Synthetic rule " << r + 1 << ".\n";
    }
  }
  write_file(dir / "positions" / "catalog.yaml", cat.str());

  std::vector<std::vector<StanceSpec>> stances(spec.parties);
  for (int p = 0; p < spec.parties; ++p)
    for (int i = 0; i < spec.issues; ++i) {
      if (!chance(spec.density)) continue;
      StanceSpec st;
      st.issue = i;
      st.priority = pick(4);
      if (st.priority == 3 && !chance(spec.red_lines)) st.priority = 2;
      st.must_get = st.priority == 3 && chance(spec.must_get);
      st.wants = pick(spec.options);
      if (chance(0.5)) st.accepts = (st.wants + 1 + pick(spec.options - 1)) % spec.options;
      if (chance(0.4) && spec.options > 2) {
        int o = pick(spec.options);
        while (o == st.wants || o == st.accepts) o = (o + 1) % spec.options;
        st.rules_out = o;
      }
      stances[p].push_back(st);
    }
  for (int c = 0; c < spec.conditionals && spec.issues > 1 && spec.parties > 0; ++c) {
    auto& list = stances[pick(spec.parties)];
    if (list.empty()) continue;
    StanceSpec& st = list[pick(static_cast<int>(list.size()))];
    int o = pick(spec.options);
    for (int k = 0; k < spec.options && (o == st.wants || o == st.accepts || o == st.rules_out); ++k)
      o = (o + 1) % spec.options;
    if (o == st.wants || o == st.accepts || o == st.rules_out) continue;
    int other = pick(spec.issues - 1);
    if (other >= st.issue) ++other;
    st.conditional.push_back({o, other, pick(spec.options)});
  }

  static const char* priorities[] = {"low", "medium", "high", "red_line"};
  for (int p = 0; p < spec.parties; ++p) {
    std::ostringstream y;
    y << "# Synthetic party (positions-generate).\ncode: " << party_code(p) << "\nname: Synthetic party " << p + 1
      << "\nspeakers:\n  - id: speaker\n    name: Spokesperson " << p + 1 << "\n    role: Synthetic\nstances:"
      << (stances[p].empty() ? " []\n" : "\n");
    for (const StanceSpec& st : stances[p]) {
      y << "  - issue: " << issue_id(st.issue) << "\n    date: 2025-01-01\n    wants: [" << option_id(st.wants) << "]\n";
      if (st.accepts >= 0) y << "    accepts: [" << option_id(st.accepts) << "]\n";
      if (st.rules_out >= 0) y << "    rules_out: [" << option_id(st.rules_out) << "]\n";
      if (st.must_get) y << "    must_get: [" << option_id(st.wants) << "]\n";
      y << "    priority: " << priorities[st.priority] << "\n";
      if (!st.conditional.empty()) {
        y << "    conditional:\n";
        for (const Cond& c : st.conditional)
          y << "      - accepts: [" << option_id(c.option) << "]\n        if: [" << term(c.if_issue, c.if_option) << "]\n";
      }
      y << "    evidence:\n      - source: synthetic.txt\n        date: 2025-01-01\n        speaker: speaker\n"
           "        quote: \"Synthetic stance on "
        << issue_id(st.issue) << "\"\n        basis: on_record\n";
    }
    write_file(dir / "positions" / (party_code(p) + ".yaml"), y.str());
  }
  std::ostringstream sc;
  sc << "# Synthetic scenario (positions-generate).\ntitle: Synthetic scenario\ndate: 2025-06-01\nparties: [";
  for (int p = 0; p < spec.parties; ++p) sc << (p ? ", " : "") << party_code(p);
  sc << "]\ndescription: Every synthetic party, as of 2025-06-01.\n";
  // No agreement: a share of the issues stays at a status quo option.
  bool any_na = false;
  for (int i = 0; i < spec.issues; ++i) {
    if (!chance(spec.no_agreement)) continue;
    sc << (any_na ? "" : "no_agreement:\n") << "  - " << term(i, pick(spec.options)) << "\n";
    any_na = true;
  }
  write_file(dir / "scenarios" / "synthetic.yaml", sc.str());
}

int run_generate(const std::vector<std::string>& args, std::ostream& out, std::ostream& err) {
  Spec spec;
  std::string dir;
  po::options_description options("Options");
  options.add_options()("help,h", "this help")
      ("parties", po::value<int>(&spec.parties)->default_value(3), "number of parties, 1..999")
      ("issues", po::value<int>(&spec.issues)->default_value(10), "number of issues, 1..9999")
      ("options", po::value<int>(&spec.options)->default_value(3), "options per issue, 2..64")
      ("rules", po::value<int>(&spec.rules)->default_value(0), "cross-issue rules")
      ("conditionals", po::value<int>(&spec.conditionals)->default_value(0), "conditional acceptances")
      ("density", po::value<double>(&spec.density)->default_value(0.3), "share of issues each party addresses, 0..1")
      ("deciders", po::value<double>(&spec.deciders)->default_value(0.3), "share of issues with decided_by, 0..1")
      ("must-get", po::value<double>(&spec.must_get)->default_value(0.5), "share of red-line stances with must_get, 0..1")
      ("no-agreement", po::value<double>(&spec.no_agreement)->default_value(0.3), "share of issues with a no-agreement term, 0..1")
      ("seed", po::value<unsigned>(&spec.seed)->default_value(1), "random seed")
      ("out", po::value<std::string>(&dir)->value_name("DIR"), "the folder to write (created if missing)");
  auto usage = [&](const std::string& message) {
    err << "positions-generate: " << message << "\nTry 'positions-generate --help'.\n";
    return 2;
  };
  po::variables_map vm;
  try {
    po::store(po::command_line_parser(args)
                  .options(options)
                  .style(po::command_line_style::unix_style ^ po::command_line_style::allow_guessing)
                  .run(),
              vm);
    po::notify(vm);
  } catch (const po::error& e) {
    return usage(e.what());
  }
  if (vm.count("help")) {
    out << "Usage: positions-generate --out DIR [options]\n\nWrites a valid synthetic data folder.\n\n" << options;
    return 0;
  }
  if (dir.empty()) return usage("--out DIR is required");
  if (spec.parties < 1 || spec.parties > 999) return usage("--parties must be from 1 to 999");
  if (spec.issues < 1 || spec.issues > 9999) return usage("--issues must be from 1 to 9999");
  if (spec.options < 2 || spec.options > 64) return usage("--options must be from 2 to 64");
  if (spec.rules < 0 || spec.conditionals < 0) return usage("--rules and --conditionals must not be negative");
  if (!(spec.density >= 0 && spec.density <= 1)) return usage("--density must be from 0 to 1");
  try {
    write_dataset(spec, dir);
  } catch (const std::exception& e) {
    err << "positions-generate: " << e.what() << '\n';
    return 1;
  }
  out << "wrote " << spec.parties << " parties, " << spec.issues << " issues to " << dir << '\n';
  return 0;
}

}  // namespace positions::synthetic
