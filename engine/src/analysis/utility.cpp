#include "utility.hpp"

#include <algorithm>
#include <cmath>
#include <cstdlib>
#include <limits>

namespace positions {

namespace {

bool has(OptionSet set, int o) { return o >= 0 && (set >> o) & 1; }

// Steps from `option` to the nearest option in `set` (n - 1 when it is empty).
int distance(OptionSet set, int option, int n) {
  int d = n - 1;
  for (int o : options_in(set)) d = std::min(d, std::abs(o - option));
  return d;
}

}  // namespace

int value_of(const Issue& issue, const Stance& st, int option) {
  const int n = static_cast<int>(issue.options.size());
  const OptionSet all = n >= 64 ? ~OptionSet{0} : (OptionSet{1} << n) - 1;
  const OptionSet acceptable = st.acceptable() | st.conditional_options();
  if (has(st.wants, option)) return kWanted;
  if (has(acceptable, option))
    return issue.ordered && st.wants && distance(st.wants, option, n) == 1 ? kNear : kAccepted;
  if (has(st.rules_out, option)) {
    if (!issue.ordered) return -kRefusedMax;
    const OptionSet near = acceptable ? acceptable : all & ~st.rules_out;
    const int d = near ? distance(near, option, n) : 3;
    return -(1 + std::min(3, d));
  }
  return kUnmentioned;
}

int DealProblem::value(int slot, int issue, int option) const {
  const PartyIssue& pi = at[slot][issue];
  if (!pi.stance) return 0;
  if (option == kOpen) return pi.open_value;
  return pi.values[option];
}

int DealProblem::best_value(int slot, int issue) const {
  int best = open_allowed[issue] ? value(slot, issue, kOpen) : std::numeric_limits<int>::min();
  for (int o : options_in(allowed[issue])) best = std::max(best, value(slot, issue, o));
  return best == std::numeric_limits<int>::min() ? 0 : best;
}

bool DealProblem::decides(int slot, int issue, int option) const {
  const auto& d = consent[issue][option].deciders;
  return std::find(d.begin(), d.end(), slot) != d.end();
}

Stand stand(const DealProblem& pb, int slot, Term t) {
  const PartyIssue& pi = pb.at[slot][t.issue];
  const OptionSet bit = OptionSet{1} << t.option;
  if (!pi.stance) return Stand::silent;
  if (pi.wants & bit) return Stand::wants;
  if (pi.accepts & bit) return Stand::accepts;
  if (pi.conditional_only & bit) return Stand::accepts_on_condition;
  if (pi.rules_out & bit) return Stand::rules_out;
  return Stand::unmentioned;
}

const char* to_string(Stand s) {
  switch (s) {
    case Stand::wants: return "wants";
    case Stand::accepts: return "accepts";
    case Stand::accepts_on_condition: return "accepts_on_condition";
    case Stand::rules_out: return "rules_out";
    case Stand::unmentioned: return "unmentioned";
    case Stand::silent: return "silent";
  }
  return "?";
}

DealProblem make_deal_problem(const Table& table, const TermModel& model) {
  DealProblem pb;
  pb.table = &table;
  pb.parties = table.slots();
  pb.issues = table.issues();
  const Catalog& cat = table.catalog();
  pb.at.assign(pb.parties, std::vector<PartyIssue>(pb.issues));
  pb.total_weight.assign(pb.parties, 0);
  pb.allowed.assign(pb.issues, 0);
  pb.open_allowed.assign(pb.issues, true);
  pb.no_agreement.assign(pb.issues, kOpen);
  for (Term t : table.no_agreement) pb.no_agreement[t.issue] = t.option;
  pb.consent.resize(pb.issues);
  for (int i = 0; i < pb.issues; ++i) {
    const Issue& is = cat.issues[i];
    const int n = pb.options(i);
    for (int o = 0; o < n; ++o) {
      Consent c;
      c.given = is.deciders_given(o);
      if (!c.given) {
        for (int s = 0; s < pb.parties; ++s) c.deciders.push_back(s);
      } else {
        for (const std::string& code : is.deciders(o)) {
          const int idx = table.data->party_index(code);
          const auto it = std::find(table.parties.begin(), table.parties.end(), idx);
          if (it == table.parties.end()) c.not_compared.push_back(idx);
          else c.deciders.push_back(static_cast<int>(it - table.parties.begin()));
        }
        std::sort(c.deciders.begin(), c.deciders.end());
      }
      pb.consent[i].push_back(std::move(c));
    }
  }
  for (int s = 0; s < pb.parties; ++s) {
    for (int i = 0; i < pb.issues; ++i) {
      const Stance* st = table.at[s][i].stance;
      if (!st) continue;
      PartyIssue& pi = pb.at[s][i];
      pi.stance = st;
      pi.weight = weight(st->priority);
      pi.wants = st->wants;
      pi.accepts = st->accepts;
      pi.rules_out = st->rules_out;
      pi.conditional_only = st->conditional_options();
      pi.red_line = st->red_line_options();
      for (int o = 0; o < pb.options(i); ++o) pi.values.push_back(value_of(cat.issues[i], *st, o));
      pi.open_value = pb.no_agreement[i] == kOpen || has(pi.conditional_only, pb.no_agreement[i])
                          ? 0
                          : pi.values[pb.no_agreement[i]];
      pb.total_weight[s] += pi.weight;
    }
  }
  // What a package may settle each issue on.
  for (int i = 0; i < pb.issues; ++i) {
    for (int o = 0; o < pb.options(i); ++o) {
      const Consent& c = pb.consent[i][o];
      bool ok = c.not_compared.empty();
      for (int s : c.deciders) {
        const PartyIssue& pi = pb.at[s][i];
        ok = ok && pi.stance && has(pi.wants | pi.accepts | pi.conditional_only, o);
      }
      if (ok) pb.allowed[i] |= OptionSet{1} << o;
    }
    for (int s = 0; s < pb.parties; ++s)
      if (pb.at[s][i].red_line) {
        pb.allowed[i] &= pb.at[s][i].red_line;
        pb.open_allowed[i] = false;
      }
  }
  for (int s = 0; s < pb.parties; ++s)
    for (int i = 0; i < pb.issues; ++i) {
      const PartyIssue& pi = pb.at[s][i];
      if (!pi.stance) continue;
      for (int o : options_in(pi.conditional_only)) {
        Condition c;
        c.slot = s;
        c.issue = i;
        c.option = o;
        c.hard = pb.decides(s, i, o) || pi.red_line != 0;
        c.loss = pi.weight * (pi.values[o] - kUnmentioned);
        for (int k = 0; k < static_cast<int>(pi.stance->conditional.size()); ++k)
          if (pi.stance->conditional[k].accepts & (OptionSet{1} << o)) {
            c.alternatives.push_back(pi.stance->conditional[k].if_all);
            c.stance_conditionals.push_back(k);
          }
        pb.conditions.push_back(std::move(c));
      }
    }
  pb.disagreement.assign(pb.parties, 0);
  for (int s = 0; s < pb.parties; ++s)
    for (int i = 0; i < pb.issues; ++i) pb.disagreement[s] += pb.at[s][i].weight * pb.value(s, i, kOpen);
  pb.components = model.issue_components();
  return pb;
}

std::vector<Constraint> constraints(const DealProblem& pb) {
  std::vector<Constraint> out;
  for (const Rule& r : pb.catalog().rules) {
    Constraint c;
    c.kind = r.kind == RuleKind::excludes ? Constraint::rule_excludes : Constraint::rule_needs;
    c.a = r.term;
    c.b = r.other;
    c.issues = {r.term.issue, r.other.issue};
    out.push_back(c);
  }
  for (int k = 0; k < static_cast<int>(pb.conditions.size()); ++k) {
    Constraint c;
    c.kind = pb.conditions[k].hard ? Constraint::party_condition : Constraint::soft_condition;
    c.condition = k;
    c.issues.push_back(pb.conditions[k].issue);
    for (const auto& alt : pb.conditions[k].alternatives)
      for (Term t : alt) c.issues.push_back(t.issue);
    out.push_back(c);
  }
  return out;
}

namespace {

bool condition_met(const DealProblem&, const Condition& cond, const Package& x) {
  if (x[cond.issue] != cond.option) return true;
  for (const auto& alt : cond.alternatives) {
    bool all = true;
    for (Term t : alt) all = all && holds(x, t);
    if (all) return true;
  }
  return false;
}

}  // namespace

bool satisfied(const DealProblem& pb, const Constraint& c, const Package& x) {
  switch (c.kind) {
    case Constraint::rule_excludes: return !(holds(x, c.a) && holds(x, c.b));
    case Constraint::rule_needs: return !holds(x, c.a) || holds(x, c.b);
    case Constraint::party_condition: return condition_met(pb, pb.conditions[c.condition], x);
    case Constraint::soft_condition: return true;
  }
  return false;
}

int soft_loss(const DealProblem& pb, const Constraint& c, const Package& x) {
  if (c.kind != Constraint::soft_condition) return 0;
  const Condition& cond = pb.conditions[c.condition];
  return condition_met(pb, cond, x) ? 0 : cond.loss;
}

bool feasible(const DealProblem& pb, const Package& x) {
  for (int i = 0; i < pb.issues; ++i) {
    if (x[i] == kOpen && !pb.open_allowed[i]) return false;
    if (x[i] != kOpen && !(pb.allowed[i] & (OptionSet{1} << x[i]))) return false;
  }
  for (const Constraint& c : constraints(pb))
    if (!satisfied(pb, c, x)) return false;
  return true;
}

SettledTerms SettledTerms::of(const std::vector<int>& issues, const std::vector<int>& options) {
  SettledTerms out;
  for (size_t k = 0; k < issues.size(); ++k)
    if (options[k] != kOpen) out.terms.push_back({issues[k], options[k]});
  std::sort(out.terms.begin(), out.terms.end());
  return out;
}

SettledTerms SettledTerms::of(const Package& x) {
  SettledTerms out;
  for (size_t i = 0; i < x.size(); ++i)
    if (x[i] != kOpen) out.terms.push_back({static_cast<int>(i), x[i]});
  return out;
}

int SettledTerms::option(int issue) const {
  auto at = std::lower_bound(terms.begin(), terms.end(), Term{issue, kOpen});
  return at != terms.end() && at->issue == issue ? at->option : kOpen;
}

void SettledTerms::settle_in(Package& x) const {
  for (Term t : terms) x[t.issue] = t.option;
}

Package SettledTerms::whole(int issues) const {
  Package x(issues, kOpen);
  settle_in(x);
  return x;
}

std::vector<int> raw_utilities(const DealProblem& pb, const Package& x) {
  std::vector<int> raw(pb.parties, 0);
  for (int s = 0; s < pb.parties; ++s)
    for (int i = 0; i < pb.issues; ++i) raw[s] += pb.at[s][i].weight * pb.value(s, i, x[i]);
  for (const Condition& c : pb.conditions)
    if (!c.hard && !condition_met(pb, c, x)) raw[c.slot] -= c.loss;
  return raw;
}

bool rational(const DealProblem& pb, const std::vector<int>& raw) {
  for (int s = 0; s < pb.parties; ++s)
    if (raw[s] < pb.disagreement[s]) return false;
  return true;
}

double utility(const DealProblem& pb, int slot, int raw) {
  const int w = pb.total_weight[slot];
  return w == 0 ? 0.0 : raw / (static_cast<double>(kValueScale) * w);
}

double gain(const DealProblem& pb, int slot, int raw) {
  const int w = pb.total_weight[slot];
  return w == 0 ? 0.0 : (raw - pb.disagreement[slot]) / (static_cast<double>(kValueScale) * w);
}

double Score::nash() const { return all_positive ? std::exp(log_nash) : 0.0; }

Score score(const DealProblem& pb, const std::vector<bool>& counted, const std::vector<int>& raw) {
  Score sc;
  bool any = false;
  sc.min_u = std::numeric_limits<double>::infinity();
  sc.all_positive = true;
  for (int s = 0; s < pb.parties; ++s) {
    if (!counted[s]) continue;
    any = true;
    const double g = gain(pb, s, raw[s]);
    if (g > 0) {
      ++sc.positive;
      sc.log_nash += std::log(g);
    } else {
      sc.all_positive = false;
    }
    sc.min_u = std::min(sc.min_u, g);
    sc.sum_u += g;
  }
  if (!any) sc = Score{0, 0, 0, 0, false};
  return sc;
}

namespace {

// Products and sums that are equal on paper differ in the last bits once
// computed (0.5 x 0.353 against 0.375 x 0.471): within this they are a tie.
constexpr double kRelativeTie = 1e-9;

int compare_close(double a, double b) {
  if (a == b) return 0;
  if (std::isinf(a) || std::isinf(b)) return a < b ? -1 : 1;
  if (std::abs(a - b) <= kRelativeTie * (1 + std::max(std::abs(a), std::abs(b)))) return 0;
  return a < b ? -1 : 1;
}

}  // namespace

int compare_scores(const Score& a, const Score& b) {
  if (a.positive != b.positive) return a.positive < b.positive ? -1 : 1;
  if (int c = compare_close(a.log_nash, b.log_nash); c != 0) return c;
  if (int c = compare_close(a.min_u, b.min_u); c != 0) return c;
  return compare_close(a.sum_u, b.sum_u);
}

}  // namespace positions
