#include "utility.hpp"

#include <cmath>
#include <limits>

namespace positions {

int DealProblem::value(int slot, int issue, int option) const {
  if (option == kOpen) return 0;
  const PartyIssue& pi = at[slot][issue];
  const OptionSet bit = OptionSet{1} << option;
  if (pi.wants & bit) return 2;
  if ((pi.accepts | pi.conditional_only) & bit) return 1;
  return 0;
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
  pb.at.assign(pb.parties, std::vector<PartyIssue>(pb.issues));
  pb.total_weight.assign(pb.parties, 0);
  pb.allowed.assign(pb.issues, 0);
  for (int i = 0; i < pb.issues; ++i) {
    const int n = pb.options(i);
    pb.allowed[i] = n >= 64 ? ~OptionSet{0} : (OptionSet{1} << n) - 1;
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
      OptionSet cond = 0;
      for (const auto& c : st->conditional) cond |= c.accepts;
      pi.conditional_only = cond & ~st->acceptable() & ~st->rules_out;
      pb.total_weight[s] += pi.weight;
      pb.allowed[i] &= ~st->rules_out;
      for (int o : options_in(pi.conditional_only)) {
        Condition c;
        c.slot = s;
        c.issue = i;
        c.option = o;
        for (int k = 0; k < static_cast<int>(st->conditional.size()); ++k)
          if (st->conditional[k].accepts & (OptionSet{1} << o)) {
            c.alternatives.push_back(st->conditional[k].if_all);
            c.stance_conditionals.push_back(k);
          }
        pb.conditions.push_back(std::move(c));
      }
    }
  }
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
    c.kind = Constraint::party_condition;
    c.condition = k;
    c.issues.push_back(pb.conditions[k].issue);
    for (const auto& alt : pb.conditions[k].alternatives)
      for (Term t : alt) c.issues.push_back(t.issue);
    out.push_back(c);
  }
  return out;
}

bool satisfied(const DealProblem& pb, const Constraint& c, const Package& x) {
  switch (c.kind) {
    case Constraint::rule_excludes: return !(holds(x, c.a) && holds(x, c.b));
    case Constraint::rule_needs: return !holds(x, c.a) || holds(x, c.b);
    case Constraint::party_condition: {
      const Condition& cond = pb.conditions[c.condition];
      if (x[cond.issue] != cond.option) return true;
      for (const auto& alt : cond.alternatives) {
        bool all = true;
        for (Term t : alt) all = all && holds(x, t);
        if (all) return true;
      }
      return false;
    }
  }
  return false;
}

bool feasible(const DealProblem& pb, const Package& x) {
  for (int i = 0; i < pb.issues; ++i)
    if (x[i] != kOpen && !(pb.allowed[i] & (OptionSet{1} << x[i]))) return false;
  for (const Constraint& c : constraints(pb))
    if (!satisfied(pb, c, x)) return false;
  return true;
}

std::vector<int> raw_utilities(const DealProblem& pb, const Package& x) {
  std::vector<int> raw(pb.parties, 0);
  for (int s = 0; s < pb.parties; ++s)
    for (int i = 0; i < pb.issues; ++i) raw[s] += pb.at[s][i].weight * pb.value(s, i, x[i]);
  return raw;
}

double utility(const DealProblem& pb, int slot, int raw) {
  const int w = pb.total_weight[slot];
  return w == 0 ? 0.0 : raw / (2.0 * w);
}

double Score::nash() const { return std::isinf(log_nash) ? 0.0 : std::exp(log_nash); }

Score score(const DealProblem& pb, const std::vector<bool>& counted, const std::vector<int>& raw) {
  Score sc;
  bool any = false;
  sc.min_u = 1;
  for (int s = 0; s < pb.parties; ++s) {
    if (!counted[s]) continue;
    any = true;
    const double u = utility(pb, s, raw[s]);
    sc.log_nash += u > 0 ? std::log(u) : -std::numeric_limits<double>::infinity();
    sc.min_u = std::min(sc.min_u, u);
    sc.sum_u += u;
  }
  if (!any) sc = Score{-std::numeric_limits<double>::infinity(), 0, 0};
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
  if (int c = compare_close(a.log_nash, b.log_nash); c != 0) return c;
  if (int c = compare_close(a.min_u, b.min_u); c != 0) return c;
  return compare_close(a.sum_u, b.sum_u);
}

}  // namespace positions
