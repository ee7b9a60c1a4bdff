#include "deal_milp.hpp"

#include <fcntl.h>
#include <sys/resource.h>
#include <sys/wait.h>
#include <unistd.h>

#include <algorithm>
#include <chrono>
#include <cmath>
#include <cstdio>
#include <cstdlib>
#include <fstream>
#include <map>
#include <set>
#include <sstream>

namespace positions::milp {

namespace {

bool in(OptionSet set, int o) { return o >= 0 && (set >> o) & 1; }

std::string x_name(int issue, int option) {
  return "x" + std::to_string(issue) + (option == kOpen ? "_n" : "_" + std::to_string(option));
}

// A linear expression with integer coefficients, by variable name (sorted,
// so the file is the same from run to run).
using Linear = std::map<std::string, long>;

std::string terms(const Linear& e) {
  std::ostringstream s;
  int n = 0;
  for (const auto& [v, c] : e) {
    if (c == 0) continue;
    s << (c < 0 ? " - " : " + ") << std::labs(c) << ' ' << v;
    if (++n % 8 == 0) s << "\n   ";
  }
  return s.str();
}

std::string real(double v) {
  std::ostringstream s;
  s.precision(17);
  s << v;
  return s.str();
}

// The problem's own sums, kept apart from the engine's: what each party
// gets from a package and what it gets with no agreement.
struct Formulation {
  const DealProblem& pb;
  std::vector<int> d;      // d_p: sum over issues of w_pi x (value of leaving it open)
  std::vector<long> most;  // an upper bound on raw_p - d_p
  std::vector<bool> counted;

  explicit Formulation(const DealProblem& problem) : pb(problem) {
    d.assign(pb.parties, 0);
    most.assign(pb.parties, 0);
    counted.assign(pb.parties, false);
    for (int p = 0; p < pb.parties; ++p) {
      long best = 0;
      for (int i = 0; i < pb.issues; ++i) {
        const PartyIssue& pi = pb.at[p][i];
        if (!pi.stance) continue;
        counted[p] = counted[p] || pi.weight > 0;
        d[p] += pi.weight * pi.open_value;
        int top = pb.open_allowed[i] ? pi.open_value : -1000;
        for (int o = 0; o < pb.options(i); ++o)
          if (exists(i, o)) top = std::max(top, pi.values[o]);
        best += static_cast<long>(pi.weight) * top;
      }
      most[p] = best - d[p];
    }
  }

  bool exists(int issue, int option) const {
    return option == kOpen ? static_cast<bool>(pb.open_allowed[issue]) : in(pb.allowed[issue], option);
  }
  bool exists(Term t) const { return exists(t.issue, t.option); }

  // The alternatives of a condition that a package can meet (every term a
  // variable), each as its distinct terms; an empty one always holds.
  std::vector<std::vector<Term>> possible(const Condition& c) const {
    std::vector<std::vector<Term>> out;
    for (const auto& alt : c.alternatives) {
      std::vector<Term> ts;
      bool ok = true;
      for (Term t : alt) {
        ok = ok && exists(t);
        if (std::none_of(ts.begin(), ts.end(), [&](Term u) { return u.issue == t.issue && u.option == t.option; }))
          ts.push_back(t);
      }
      if (ok) out.push_back(ts);
    }
    return out;
  }
  static bool always(const std::vector<std::vector<Term>>& alts) {
    return std::any_of(alts.begin(), alts.end(), [](const auto& a) { return a.empty(); });
  }

  // raw_p of a package, from the values and the soft conditions' losses.
  std::vector<long> raw(const Package& x) const {
    std::vector<long> r(pb.parties, 0);
    for (int p = 0; p < pb.parties; ++p)
      for (int i = 0; i < pb.issues; ++i) {
        const PartyIssue& pi = pb.at[p][i];
        if (pi.stance) r[p] += static_cast<long>(pi.weight) * (x[i] == kOpen ? pi.open_value : pi.values[x[i]]);
      }
    for (const Condition& c : pb.conditions) {
      if (c.hard || x[c.issue] != c.option) continue;
      bool met = false;
      for (const auto& alt : c.alternatives) {
        bool all = true;
        for (Term t : alt) all = all && x[t.issue] == t.option;
        met = met || all;
      }
      if (!met) r[c.slot] -= c.loss;
    }
    return r;
  }

  // Every constraint but the chords of log, and raw_p as an expression.
  std::string rows;
  std::vector<Linear> raw_expr;
  std::vector<std::string> continuous;  // [0, 1] variables of the conditions
  bool impossible = false;              // an issue with no option and no way to stay open

  void build() {
    std::ostringstream s;
    int row = 0;
    auto add = [&](const Linear& e, const std::string& sense, long rhs) {
      s << " r" << row++ << ':' << terms(e) << ' ' << sense << ' ' << rhs << '\n';
    };
    raw_expr.assign(pb.parties, {});
    for (int i = 0; i < pb.issues; ++i) {
      Linear one;
      for (int o = kOpen; o < pb.options(i); ++o)
        if (exists(i, o)) {
          one[x_name(i, o)] = 1;
          for (int p = 0; p < pb.parties; ++p) {
            const PartyIssue& pi = pb.at[p][i];
            if (pi.stance) raw_expr[p][x_name(i, o)] += static_cast<long>(pi.weight) * (o == kOpen ? pi.open_value : pi.values[o]);
          }
        }
      if (one.empty()) impossible = true;
      else add(one, "=", 1);
    }
    for (const Rule& r : pb.catalog().rules) {
      const bool a = exists(r.term), b = exists(r.other);
      if (r.kind == RuleKind::excludes && a && b)
        add({{x_name(r.term.issue, r.term.option), 1}, {x_name(r.other.issue, r.other.option), 1}}, "<=", 1);
      if (r.kind == RuleKind::needs && a)
        add(b ? Linear{{x_name(r.term.issue, r.term.option), 1}, {x_name(r.other.issue, r.other.option), -1}}
              : Linear{{x_name(r.term.issue, r.term.option), 1}},
            "<=", 0);
    }
    for (int k = 0; k < static_cast<int>(pb.conditions.size()); ++k) {
      const Condition& c = pb.conditions[k];
      if (!exists(c.issue, c.option)) continue;
      const auto alts = possible(c);
      if (always(alts)) continue;
      const std::string x = x_name(c.issue, c.option);
      // y_ka <= x_t for each term t of alternative a: y_ka = 1 only if a holds;
      // x <= sum_a y_ka: a hard condition holds wherever its option is settled.
      Linear any{{x, 1}};
      std::vector<std::string> ys;
      for (size_t a = 0; a < alts.size(); ++a) {
        const std::string y = "y" + std::to_string(k) + "_" + std::to_string(a);
        ys.push_back(y);
        continuous.push_back(y);
        any[y] = -1;
        for (Term t : alts[a]) add({{y, 1}, {x_name(t.issue, t.option), -1}}, "<=", 0);
      }
      if (c.hard) {
        add(any, "<=", 0);
        continue;
      }
      // Soft: m_k = x AND (some alternative holds), exactly: y_ka >= sum_t x_t
      // - (n_a - 1), m_k >= y_ka + x - 1, m_k <= x, m_k <= sum_a y_ka. The
      // party's raw value loses `loss` x (x - m_k).
      const std::string m = "m" + std::to_string(k);
      continuous.push_back(m);
      Linear upper{{m, 1}};
      for (size_t a = 0; a < alts.size(); ++a) {
        Linear all{{ys[a], 1}};
        for (Term t : alts[a]) all[x_name(t.issue, t.option)] -= 1;
        add(all, ">=", 1 - static_cast<long>(alts[a].size()));
        add({{m, 1}, {ys[a], -1}, {x, -1}}, ">=", -1);
        upper[ys[a]] = -1;
      }
      add({{m, 1}, {x, -1}}, "<=", 0);
      add(upper, "<=", 0);
      raw_expr[c.slot][x] -= c.loss;
      raw_expr[c.slot][m] += c.loss;
    }
    // g_p = raw_p - d_p, the gain in raw units: >= 1 for every counted party.
    for (int p = 0; p < pb.parties; ++p) {
      if (!counted[p]) continue;
      Linear g = raw_expr[p];
      for (auto& [v, coef] : g) coef = -coef;
      g["g" + std::to_string(p)] = 1;
      add(g, "=", -d[p]);
    }
    rows = s.str();
  }

  // Can party p gain at all? Only then has it a z_p (1: it gains).
  bool may_gain(int p) const { return counted[p] && most[p] >= 1; }

  // Phase 1 (`chords` null): maximize the number of counted parties that
  // gain, sum_p z_p, with g_p >= z_p. Phase 2: with sum_p z_p = `gainers`,
  // maximize sum_p (t_p - log(4 W_p) z_p), t_p <= log(most_p) z_p, and,
  // log being concave and g_p an integer, t_p <= the chord of log between
  // k and k + 1, relaxed by 1 - z_p (every chord is above -1 at g_p >= 0, so
  // a party that does not gain adds t_p = 0). `chords[p]` holds the k written.
  std::string lp(const std::vector<std::set<long>>* chords, int gainers) const {
    std::ostringstream s;
    s << "\\ The fairest deal (positions, tools/milp): phase " << (chords ? 2 : 1) << "\nMaximize\n obj:";
    for (int p = 0; p < pb.parties; ++p) {
      if (!may_gain(p)) continue;
      if (chords)
        s << " + t" << p << " - " << real(std::log(4.0 * pb.total_weight[p])) << " z" << p;
      else
        s << " + z" << p;
    }
    s << "\nSubject To\n" << rows;
    for (int p = 0; p < pb.parties; ++p)
      if (may_gain(p)) s << " gain" << p << ": g" << p << " - z" << p << " >= 0\n";
    if (chords) {
      s << " gaining:";
      for (int p = 0; p < pb.parties; ++p)
        if (may_gain(p)) s << " + z" << p;
      s << " = " << gainers << '\n';
      for (int p = 0; p < pb.parties; ++p) {
        if (!may_gain(p)) continue;
        s << " top" << p << ": t" << p << " - " << real(std::log(static_cast<double>(most[p]))) << " z" << p
          << " <= 0\n";
        for (long k : (*chords)[p]) {
          const double slope = std::log(static_cast<double>(k + 1)) - std::log(static_cast<double>(k));
          s << " c" << p << '_' << k << ": t" << p << " - " << real(slope) << " g" << p << " + 1 z" << p
            << " <= " << real(std::log(static_cast<double>(k)) - slope * k + 1) << '\n';
        }
      }
    }
    s << "Bounds\n";
    for (int p = 0; p < pb.parties; ++p)
      if (counted[p]) {
        s << " 0 <= g" << p << " <= " << most[p] << '\n';
        if (chords && may_gain(p)) s << " -inf <= t" << p << " <= +inf\n";
      }
    for (const auto& v : continuous) s << " 0 <= " << v << " <= 1\n";
    s << "Binaries\n";
    for (int i = 0; i < pb.issues; ++i)
      for (int o = kOpen; o < pb.options(i); ++o)
        if (exists(i, o)) s << ' ' << x_name(i, o) << '\n';
    for (int p = 0; p < pb.parties; ++p)
      if (may_gain(p)) s << " z" << p << '\n';
    s << "End\n";
    return s.str();
  }
};

struct Run {
  std::string status;  // the first line of cbc's solution file
  std::map<std::string, double> values;
  std::string error;
};

// One cbc process on `lp`, its output in `dir`; no shell: the arguments go
// to execvp as they are. cbc stops itself at `seconds`; a CPU limit a
// little above stops it if it does not.
Run run_cbc(const std::string& dir, const std::string& lp_text, double seconds, double& ms) {
  Run r;
  const std::string lp = dir + "/deal.lp", sol = dir + "/deal.sol", log = dir + "/cbc.log";
  std::ofstream(lp) << lp_text;
  std::remove(sol.c_str());
  std::vector<std::string> args = {"cbc", lp, "-sec", real(seconds), "-ratioGap", "0", "-allowableGap", "1e-9",
                                   "-solve", "-solution", sol};
  std::vector<char*> argv;
  for (auto& a : args) argv.push_back(a.data());
  argv.push_back(nullptr);
  const auto start = std::chrono::steady_clock::now();
  const pid_t pid = fork();
  if (pid == 0) {
    const int fd = open(log.c_str(), O_WRONLY | O_CREAT | O_TRUNC, 0644);
    if (fd >= 0) {
      dup2(fd, 1);
      dup2(fd, 2);
      close(fd);
    }
    const rlim_t cpu = static_cast<rlim_t>(seconds) + 10;
    const rlimit lim{cpu, cpu};
    setrlimit(RLIMIT_CPU, &lim);
    execvp(argv[0], argv.data());
    _exit(127);
  }
  int status = 0;
  if (pid < 0 || waitpid(pid, &status, 0) != pid) {
    r.error = "could not run cbc";
    return r;
  }
  ms += std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - start).count();
  if (WIFEXITED(status) && WEXITSTATUS(status) == 127) {
    r.error = kCbcMissing;
    return r;
  }
  if (!WIFEXITED(status) || WEXITSTATUS(status) != 0) {
    r.error = "cbc failed (see " + log + ")";
    return r;
  }
  std::ifstream in(sol);
  if (!std::getline(in, r.status)) {
    r.error = "cbc wrote no solution (see " + log + ")";
    return r;
  }
  std::string line;
  while (std::getline(in, line)) {
    std::istringstream ls(line);
    std::string first, name;
    double value = 0;
    if (!(ls >> first)) continue;
    if (first == "**" && !(ls >> first)) continue;
    if (ls >> name >> value) r.values[name] = value;
  }
  return r;
}

}  // namespace

bool cbc_available() {
  const char* path = std::getenv("PATH");
  std::istringstream dirs(path ? path : "");
  std::string d;
  while (std::getline(dirs, d, ':'))
    if (!d.empty() && access((d + "/cbc").c_str(), X_OK) == 0) return true;
  return false;
}

// What one run proved: an optimum, that there is no solution, or nothing
// (`error` then says why).
enum class Outcome { optimal, infeasible, failed };
Outcome outcome_of(const Run& r, std::string& error) {
  if (!r.error.empty()) {
    error = r.error;
    return Outcome::failed;
  }
  if (r.status.find("nfeasible") != std::string::npos) return Outcome::infeasible;
  if (r.status.rfind("Optimal", 0) != 0) {
    error = "cbc did not prove an optimum: " + r.status;
    return Outcome::failed;
  }
  return Outcome::optimal;
}

// The package a solution settles: per issue, the option whose x is 1.
Package package_of(const DealProblem& pb, const Run& r) {
  Package x(pb.issues, kOpen);
  for (int i = 0; i < pb.issues; ++i)
    for (int o = 0; o < pb.options(i); ++o) {
      const auto it = r.values.find(x_name(i, o));
      if (it != r.values.end() && it->second > 0.5) x[i] = o;
    }
  return x;
}

DealMilp solve_fairest_deal(const DealProblem& pb, const std::string& dir, double time_limit) {
  DealMilp out;
  Formulation f(pb);
  out.counted = f.counted;
  f.build();
  // No package at all: an issue that can be neither settled nor left open,
  // or a party that every package leaves below its no-agreement value.
  bool none = f.impossible;
  for (int p = 0; p < pb.parties; ++p) none = none || (f.counted[p] && f.most[p] < 0);
  if (none) {
    out.status = DealMilp::infeasible;
    return out;
  }
  auto solve = [&](const std::string& lp, Package& x, std::map<std::string, double>& values) {
    const Run r = run_cbc(dir, lp, time_limit, out.cbc_ms);
    ++out.solves;
    switch (outcome_of(r, out.error)) {
      case Outcome::failed: return false;
      case Outcome::infeasible: out.status = DealMilp::infeasible; return false;
      case Outcome::optimal: break;
    }
    values = r.values;
    x = package_of(pb, r);
    return true;
  };
  // The gains of a package, and how many counted parties have one.
  auto gains = [&](const Package& x, std::vector<long>& raw) {
    raw = f.raw(x);
    int n = 0;
    for (int p = 0; p < pb.parties; ++p) n += f.counted[p] && raw[p] - f.d[p] >= 1;
    return n;
  };
  Package x;
  std::map<std::string, double> values;
  std::vector<long> raw;
  if (!solve(f.lp(nullptr, 0), x, values)) return out;
  const int gainers = gains(x, raw);
  if (gainers == 0) {
    out.status = DealMilp::optimal;
    out.package = x;
    out.raw.assign(raw.begin(), raw.end());
    return out;
  }
  // The outer approximation: a few chords (k = 1, 2, 4, ...), then, at each
  // solution, the chords either side of each gaining party's gain, until
  // every t_p equals log g_p there. Each solve's optimum bounds the true one
  // from above; once a package reaches it, it is the true one.
  std::vector<std::set<long>> chords(pb.parties);
  for (int p = 0; p < pb.parties; ++p)
    if (f.may_gain(p))
      for (long k = 1; k < f.most[p]; k *= 2) chords[p].insert(k);
  for (int round = 0; round < 500; ++round) {
    if (!solve(f.lp(&chords, gainers), x, values)) {
      if (out.status == DealMilp::infeasible) {
        out.status = DealMilp::failed;
        out.error = "phase 2 is infeasible where phase 1 found " + std::to_string(gainers) + " gaining parties";
      }
      return out;
    }
    if (gains(x, raw) != gainers) {
      out.error = "cbc's package has " + std::to_string(gains(x, raw)) + " gaining parties, not " +
                  std::to_string(gainers);
      return out;
    }
    bool exact = true;
    double log_nash = 0;
    for (int p = 0; p < pb.parties; ++p) {
      const long g = raw[p] - f.d[p];
      if (!f.counted[p] || g < 1) continue;
      log_nash += std::log(static_cast<double>(g)) - std::log(4.0 * pb.total_weight[p]);
      if (values["t" + std::to_string(p)] > std::log(static_cast<double>(g)) + 1e-6) {
        exact = false;
        if (g < f.most[p]) chords[p].insert(g);
        if (g > 1) chords[p].insert(g - 1);
      }
    }
    if (exact) {
      out.status = DealMilp::optimal;
      out.package = x;
      out.raw.assign(raw.begin(), raw.end());
      out.positive = gainers;
      out.log_nash = log_nash;
      return out;
    }
  }
  out.error = "the outer approximation did not close in 500 rounds";
  return out;
}


namespace {

// The costs of the moves (docs/method.md, Concessions), from the stances.
struct MoveCosts {
  const DealProblem& pb;
  const Stance* st(int s, int i) const { return pb.at[s][i].stance; }
  int w(int s, int i) const { return pb.at[s][i].weight; }
  int v(int s, int i, int o) const { return st(s, i) ? pb.at[s][i].values[o] : 0; }
  OptionSet accepted(int s, int i) const {
    const PartyIssue& pi = pb.at[s][i];
    return pi.wants | pi.accepts | pi.conditional_only;
  }
  double lift(int s, int i, int o) const {
    const int n = pb.options(i);
    if (!pb.catalog().issues[i].ordered || n < 2) return w(s, i) * 2.0;
    const OptionSet near = accepted(s, i);
    int d = n - 1;
    for (int k = 0; k < n; ++k)
      if (near ? in(near, k) : !in(pb.at[s][i].rules_out, k)) d = std::min(d, std::abs(k - o));
    return w(s, i) * (1.0 + static_cast<double>(d) / (n - 1));
  }
  double consent(int s, int i) const { return std::max(1, w(s, i)); }
  double drop(const Condition& c) const {
    double best = 1e300;
    for (const auto& alt : c.alternatives) {
      double give = 0;
      for (Term t : alt)
        give += st(c.slot, t.issue) ? w(c.slot, t.issue) * std::max(2, v(c.slot, t.issue, t.option)) / 2.0
                                    : w(c.slot, c.issue) * 2 / 2.0;
      best = std::min(best, give);
    }
    return best;
  }
  // Re-pointing term a = (j, a) to (j, b).
  double repoint(int s, Term a, int b) const {
    return w(s, a.issue) * std::max(1, std::max(2, v(s, a.issue, a.option)) - v(s, a.issue, b)) / 2.0;
  }
};

}  // namespace

WholeTableMilp solve_whole_table(const DealProblem& pb, const std::string& dir, double time_limit) {
  WholeTableMilp out;
  const MoveCosts mc{pb};
  std::ostringstream rows, objective, binaries, bounds;
  int row = 0, nvar = 0;
  std::map<std::string, double> cost;  // objective coefficient per variable
  auto x = [](int i, int o) { return x_name(i, o); };
  std::vector<std::vector<bool>> forbidden(pb.issues);
  for (int i = 0; i < pb.issues; ++i) {
    rows << " r" << row++ << ':';
    for (int o = 0; o < pb.options(i); ++o) {
      const Consent& c = pb.consent[i][o];
      forbidden[i].push_back(!c.not_compared.empty());
      rows << " + " << x(i, o);
      binaries << ' ' << x(i, o) << '\n';
      double k = 0;
      for (int s : c.deciders) {
        if (in(pb.at[s][i].rules_out, o)) k += mc.lift(s, i, o);
        else if (!mc.st(s, i) || !in(mc.accepted(s, i), o)) k += mc.consent(s, i);
      }
      for (int s = 0; s < pb.parties; ++s)
        if (pb.at[s][i].red_line && !in(pb.at[s][i].red_line, o)) k += 12;
      cost[x(i, o)] += k;
    }
    rows << " = 1\n";
    for (int o = 0; o < pb.options(i); ++o)
      if (forbidden[i][o]) rows << " r" << row++ << ": " << x(i, o) << " <= 0\n";
  }
  for (const Rule& r : pb.catalog().rules) {
    const std::string a = x(r.term.issue, r.term.option), b = x(r.other.issue, r.other.option);
    rows << " r" << row++ << ": " << a << (r.kind == RuleKind::excludes ? " + " : " - ") << b
         << (r.kind == RuleKind::excludes ? " <= 1\n" : " <= 0\n");
  }
  // An unmet hard condition costs its drop, or a re-point: x(i, o) <= sum of
  // y (an alternative holds) + D (dropped) + R (re-pointed), each R <= x of
  // the term it points to and of the alternative's other terms.
  for (int k = 0; k < static_cast<int>(pb.conditions.size()); ++k) {
    const Condition& c = pb.conditions[k];
    if (!c.hard) continue;
    std::ostringstream cover;
    cover << " r" << row++ << ": " << x(c.issue, c.option);
    auto fresh = [&](double coef) {
      const std::string v = "v" + std::to_string(nvar++);
      bounds << " 0 <= " << v << " <= 1\n";
      if (coef != 0) cost[v] += coef;
      cover << " - " << v;
      return v;
    };
    fresh(mc.drop(c));
    for (const auto& alt : c.alternatives) {
      const std::string y = fresh(0);
      for (Term t : alt) rows << " r" << row++ << ": " << y << " - " << x(t.issue, t.option) << " <= 0\n";
      for (Term a : alt) {
        if (!mc.st(c.slot, a.issue)) continue;
        for (int b = 0; b < pb.options(a.issue); ++b) {
          if (b == a.option || mc.v(c.slot, a.issue, b) < 2) continue;
          const std::string r = fresh(mc.repoint(c.slot, a, b));
          rows << " r" << row++ << ": " << r << " - " << x(a.issue, b) << " <= 0\n";
          for (Term u : alt)
            if (u.issue != a.issue || u.option != a.option)
              rows << " r" << row++ << ": " << r << " - " << x(u.issue, u.option) << " <= 0\n";
        }
      }
    }
    rows << cover.str() << " <= 0\n";
  }
  objective << "\\ The cheapest moves to a package settling every issue (positions, tools/milp)\nMinimize\n obj:";
  bool any = false;
  for (const auto& [v, c] : cost)
    if (c != 0) objective << " + " << real(c) << ' ' << v, any = true;
  if (!any) objective << " 0 " << x(0, 0);
  const std::string lp = objective.str() + "\nSubject To\n" + rows.str() + "Bounds\n" + bounds.str() +
                         "Binaries\n" + binaries.str() + "End\n";
  const Run r = run_cbc(dir, lp, time_limit, out.cbc_ms);
  ++out.solves;
  switch (outcome_of(r, out.error)) {
    case Outcome::failed: return out;
    case Outcome::infeasible: out.status = WholeTableMilp::infeasible; return out;
    case Outcome::optimal: break;
  }
  out.status = WholeTableMilp::optimal;
  out.cost = std::strtod(r.status.substr(r.status.rfind(' ') + 1).c_str(), nullptr);
  out.package = package_of(pb, r);
  return out;
}

}  // namespace positions::milp
