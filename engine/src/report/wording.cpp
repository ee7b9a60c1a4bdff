#include "wording.hpp"

#include <algorithm>
#include <cctype>
#include <cmath>
#include <cstdio>
#include <iterator>

#include "text_layout.hpp"
#include "verdict_words.hpp"

namespace positions {

std::string fixed(double v, int digits) {
  char buf[48];
  std::snprintf(buf, sizeof buf, "%.*f", digits, v);
  return buf;
}

std::string signed_fixed(double v) {
  char buf[32];
  std::snprintf(buf, sizeof buf, "%+.2f", v);
  return buf;
}

std::string plural(size_t n, const std::string& one, const std::string& many) {
  return std::to_string(n) + " " + (n == 1 ? one : many);
}

std::string and_list(const std::vector<std::string>& items) {
  if (items.size() <= 1) return items.empty() ? "" : items[0];
  std::vector<std::string> head(items.begin(), items.end() - 1);
  return join(head) + " and " + items.back();
}

std::string nash_words(const Score& s) {
  if (!s.all_positive) return "0";
  const double v = s.nash();
  if (v >= 0.001) return fixed(v, 3);
  char buf[48];
  std::snprintf(buf, sizeof buf, "%.2e", v);
  return buf;
}

std::string codes(const Table& t, const std::vector<int>& slots) {
  std::vector<std::string> out;
  for (int s : slots) out.push_back(t.party(s).code);
  return join(out);
}

std::string names(const Table& t, const std::vector<int>& slots) {
  std::vector<std::string> out;
  for (int s : slots) out.push_back(t.party(s).name);
  return and_list(out);
}

std::string option_ids(const Issue& issue, OptionSet set) {
  std::vector<std::string> out;
  for (int o : options_in(set)) out.push_back(issue.options[o].id);
  return join(out);
}

std::string issue_ids(const Catalog& cat, const std::vector<int>& issues) {
  std::vector<std::string> ids;
  for (int i : issues) ids.push_back(cat.issues[i].id);
  return ids.empty() ? "none" : join(ids);
}

std::string package_terms(const Catalog& cat, const SettledTerms& part) {
  std::vector<std::string> t;
  for (Term x : part.terms) t.push_back(cat.term_name(x));
  return t.empty() ? "nothing settled" : join(t);
}

std::string speaker_name(const Party& party, const Evidence& e) {
  if (e.speaker.empty()) return "the reporter";
  if (!e.speaker_who.name.empty()) return e.speaker_who.name;
  const Speaker* s = party.speaker(e.speaker);
  return s ? s->name : e.speaker;
}

namespace {
std::string who_words(const Speaker& s) {
  if (s.party.empty() && !s.role.empty()) return s.name + " (" + s.role + ")";
  return s.name;
}
}  // namespace

std::string voice_words(const Evidence& e) {
  std::string out = e.speaker.empty() ? "the reporter" : e.speaker_who.name.empty() ? e.speaker : who_words(e.speaker_who);
  if (!e.about.empty()) out += ", on " + e.about_who.name + "'s view";
  if (!e.relayed_by.empty()) out += ", via " + who_words(e.relayed_by_who);
  return out;
}

std::string source_words(const Evidence& e) {
  if (!e.doc) return e.source;
  return "\"" + e.doc->title + "\" (" + e.doc->outlet + ")";
}

std::string when_words(const When& w) { return w.str(); }

std::string government_name(const Party& party, int government) {
  if (government < 0 || static_cast<size_t>(government) >= party.governments.size()) return "";
  return party.governments[static_cast<size_t>(government)].name;
}

std::string government_change_words(const Party& party, Date from, Date to, Naming n, const Dataset* carried_from) {
  const int a = party.government_at(from), b = party.government_at(to);
  if (a == b || a < 0 || b < 0) return "";
  const Government& later = party.governments[static_cast<size_t>(std::max(a, b))];
  const Government& earlier = party.governments[static_cast<size_t>(std::min(a, b))];
  if (n == Naming::ids)
    return "a change of government, not a move by " + party.code + ": the " + earlier.name + " until the " +
           later.name + " took office on " + (later.from ? later.from->str() : std::string("?")) +
           (later.continues.empty() ? "" : ", carrying over what it had said as " + later.continues);
  // Plain words speak from the second lens: who represents the party now, and before.
  const Government& now = party.governments[static_cast<size_t>(b)];
  const Government& then = party.governments[static_cast<size_t>(a)];
  const bool forward = a < b;
  std::string w = party.name + " is represented by the " + now.name +
                  (now.from && forward ? " since " + now.from->str() : "") + " (before it, the " + then.name + ")";
  if (carried_from && forward && !now.continues.empty())
    if (const int qi = carried_from->party_index(now.continues); qi >= 0) {
      const Party& q = carried_from->parties[static_cast<size_t>(qi)];
      const int g = q.government_at(from);
      w += ", which took over the terms " + (g >= 0 ? "the " + q.governments[static_cast<size_t>(g)].name : q.name) +
           " had stated";
    }
  return w;
}

std::string priority_words(Priority p) { return p == Priority::red_line ? "red line" : to_string(p); }

std::string priority_phrase(Priority p) {
  return p == Priority::red_line ? "a red line" : priority_words(p) + " priority";
}

std::string basis_words(Basis b) {
  switch (b) {
    case Basis::on_record: return "on record";
    case Basis::reported: return "reported";
    case Basis::inferred: return "inferred by the analyst";
    case Basis::assumed: return "ASSUMED (what-if)";
  }
  return "?";
}

std::string condition_words(const Catalog& cat, const Conditional& c) {
  std::vector<std::string> ifs;
  for (Term x : c.if_all) ifs.push_back(cat.term_name(x));
  return join(ifs, " and ");
}

std::vector<std::string> stance_clauses(const Catalog& cat, int issue, const Stance& st) {
  const Issue& is = cat.issues[issue];
  std::vector<std::string> parts;
  if (st.wants) parts.push_back("wants " + option_ids(is, st.wants));
  if (st.accepts) parts.push_back("accepts " + option_ids(is, st.accepts));
  if (st.rules_out) parts.push_back("rules out " + option_ids(is, st.rules_out));
  for (const auto& c : st.conditional)
    parts.push_back("accepts " + option_ids(is, c.accepts) + " only if " + condition_words(cat, c));
  return parts;
}

std::string assumed_words(const Stance& st) { return "ASSUMED: " + st.rationale; }

std::string citation_words(const Party&, const Evidence& e) {
  return voice_words(e) + ", " + when_words(e.date) + ", " + basis_words(e.basis) + ", " + source_words(e);
}

std::string stance_heading(const Party& party, const Stance& st) {
  std::string gov = st.assumed ? "" : government_name(party, st.government);
  if (!gov.empty() && !st.carried_from.empty()) gov += ", carried over from " + st.carried_from;
  return party.code + " (" + priority_words(st.priority) + ", since " + when_words(st.when) +
         (gov.empty() ? "" : "; " + gov) + ")";
}

std::string rule_words(const Catalog& cat, int rule) {
  const Rule& r = cat.rules[rule];
  return cat.term_name(r.term) + (r.kind == RuleKind::excludes ? " excludes " : " requires ") +
         cat.term_name(r.other) + ": " + r.reason;
}

std::string conflict_words(const Table& t, const CrossConflict& x) {
  const std::string a = t.catalog().term_name(x.a), b = t.catalog().term_name(x.b);
  const bool one = x.by_a.size() == 1, one_b = x.by_b.size() == 1;
  switch (x.kind) {
    case ConflictKind::excludes:
      return codes(t, x.by_a) + (one ? " wants " : " want ") + a + "; " + codes(t, x.by_b) +
             (one_b ? " wants " : " want ") + b;
    case ConflictKind::needs:
      return codes(t, x.by_a) + (one ? " wants " : " want ") + a + ", which requires " + b + "; " +
             codes(t, x.by_b) + (one_b ? " rules out " : " rule out ") + b;
    case ConflictKind::condition:
      return codes(t, x.by_a) + (one ? " accepts " : " accept ") + a + " only if " + b + "; " + codes(t, x.by_b) +
             (one_b ? " rules out " : " rule out ") + b;
  }
  return "?";
}

std::string state_words(const Table& t, const IssueState& s) {
  if (s.status == IssueStatus::needs_consent) return "awaiting consent";
  if (s.status != IssueStatus::blocked) return to_string(s.status);
  return "blocked; " + opened_by_words(t, s.blocked_by, s.blocked_by_proven);
}

std::string opening_set_words(const Table& t, const std::vector<int>& set, bool by_name) {
  std::vector<std::string> c;
  for (int s : set) c.push_back(by_name ? t.party(s).name : t.party(s).code);
  return and_list(c) + (c.size() == 1 ? " alone" : " together");
}

std::string opened_by_words(const Table& t, const std::vector<std::vector<int>>& sets, bool proven, bool by_name) {
  if (sets.empty())
    return proven ? "no compared party can open it by its own moves"
                  : "who could open it is not proven: the search did not finish in time";
  std::vector<std::string> parts;
  for (const auto& set : sets) parts.push_back(opening_set_words(t, set, by_name));
  return "opened by " + join(parts, ", or by ") + (proven ? "" : " (not proven: the search did not finish in time)");
}

std::string opened_by_sentence(const Table& t, const std::vector<std::vector<int>>& sets, bool proven,
                               bool by_name) {
  std::string w = opened_by_words(t, sets, proven, by_name);
  w[0] = static_cast<char>(std::toupper(static_cast<unsigned char>(w[0])));
  return w + ".";
}

std::string together_words(const Catalog& cat, const std::vector<Term>& terms) {
  std::vector<std::string> names;
  for (Term x : terms) names.push_back(cat.term_name(x));
  return "together with " + and_list(names);
}

std::string agreed_change_words(const Issue& issue, OptionSet from, OptionSet to) {
  std::vector<std::string> parts;
  if (to & ~from) parts.push_back("agreement opens on " + option_ids(issue, to & ~from));
  if (from & ~to) parts.push_back("agreement closes on " + option_ids(issue, from & ~to));
  return join(parts, "; ");
}

std::string scenario_words(const Scenario& sc) {
  return sc.name + " (" + sc.date.str() + (sc.builds_on.empty() ? "" : ", what-if on " + sc.builds_on) + ")";
}

std::string support_words(const DealProblem& pb, Term t) {
  std::vector<int> by[6];
  for (int s = 0; s < pb.parties; ++s) by[static_cast<int>(stand(pb, s, t))].push_back(s);
  const Table& table = *pb.table;
  std::vector<std::string> parts;
  if (!by[0].empty()) parts.push_back("wanted by " + codes(table, by[0]));
  if (!by[1].empty()) parts.push_back("accepted by " + codes(table, by[1]));
  if (!by[2].empty()) parts.push_back("accepted on a condition, met here, by " + codes(table, by[2]));
  std::vector<int> open = by[4];
  open.insert(open.end(), by[5].begin(), by[5].end());
  std::sort(open.begin(), open.end());
  if (!open.empty()) parts.push_back("open for " + codes(table, open));
  return join(parts, "; ");
}

std::string best_deal_words(const Table& t, const DealsResult& d) {
  if (d.deals.empty()) return "no deal found";
  const Deal& best = d.deals.front();
  const Catalog& cat = t.catalog();
  std::vector<std::string> settled, open, utility;
  for (int i = 0; i < t.issues(); ++i) {
    if (best.package[i] == kOpen) open.push_back(cat.issues[i].id);
    else settled.push_back(cat.term_name(Term{i, best.package[i]}));
  }
  for (int s = 0; s < t.slots(); ++s) utility.push_back(t.party(s).code + " " + fixed(best.utility[s]));
  std::string words = settled.empty() ? "settles nothing" : join(settled);
  if (!open.empty()) words += "; open: " + join(open);
  words += "; utility " + join(utility);
  if (!d.proven) words += " (ranking not proven in the time allowed)";
  return words;
}

std::vector<std::vector<Term>> move_conditions(const DealProblem& pb, const Move& m) {
  std::vector<std::vector<Term>> out;
  for (const Conditional& c : pb.at[m.slot][m.issue].stance->conditional)
    if (c.accepts & (OptionSet{1} << m.option)) out.push_back(c.if_all);
  return out;
}

namespace {

// In the order of Move::Kind.
constexpr MoveKindNames kMoveKinds[] = {
    {Move::lift, "lift_ruling_out", "lift", "stops ruling out ", ""},
    {Move::drop_condition, "drop_condition", "drop_condition", "accepts ", " without its condition"},
    {Move::consent, "consent", "consent", "gives its consent to ", ""},
    {Move::cross_red_line, "cross_red_line", "cross_red_line", "crosses its red line on ", ""},
    {Move::repoint_condition, "repoint_condition", "repoint_condition", "accepts ", " on another condition"},
};
static_assert([] {
  for (size_t k = 0; k < std::size(kMoveKinds); ++k)
    if (kMoveKinds[k].kind != static_cast<Move::Kind>(k)) return false;
  return std::size(kMoveKinds) == Move::repoint_condition + 1;
}());

}  // namespace

const MoveKindNames& move_kind_names(Move::Kind k) { return kMoveKinds[k]; }

doc::Line move_line(const DealProblem& pb, const Move& m, Naming n) {
  const Catalog& cat = pb.catalog();
  const Issue& is = cat.issues[m.issue];
  const PartyIssue& pi = pb.at[m.slot][m.issue];
  const bool plain = n == Naming::plain;
  const Party& party = pb.table->party(m.slot);
  // ids: "ru on donetsk: from ruling out current_line ...; cost 4.00 (...)";
  // plain: "Russia stops ruling out `donetsk.current_line` (...)", the cost
  // said once for the whole move set.
  doc::Line l{doc::t(plain ? party.name + " " : party.code + " on " + is.id + ": ")};
  auto say = [&](std::string s) { l.push_back(doc::t(std::move(s))); };
  // The option moved on: its id after "ru on donetsk: ", its term in plain words.
  auto option = [&](int o) { l.push_back(doc::code(plain ? cat.term_name({m.issue, o}) : is.options[o].id)); };
  // Terms of one condition: "a and b and c" (ids), "a, b and c" (plain).
  auto terms = [&](const std::vector<Term>& ts) {
    for (size_t k = 0; k < ts.size(); ++k) {
      if (k) say(plain && k + 1 < ts.size() ? ", " : " and ");
      l.push_back(doc::code(cat.term_name(ts[k])));
    }
  };
  const std::string cost = "; cost " + fixed(m.cost);
  const std::string silent = " (it has said nothing of the issue)";
  switch (m.kind) {
    case Move::cross_red_line:
      if (plain) {
        say("crosses its red line on " + is.title + " (the package ");
        if (m.option == kOpen) {
          say("leaves it open)");
        } else {
          say("settles it on ");
          option(m.option);
          say(")");
        }
        return l;
      }
      say("CROSSES ITS RED LINE (must get ");
      for (size_t k = 0; const int o : options_in(pi.red_line)) {
        if (k++) say(" or ");
        l.push_back(doc::code(cat.term_name({m.issue, o})));
      }
      say("; the package ");
      if (m.option == kOpen) {
        say("leaves the issue open");
      } else {
        say("settles it on ");
        option(m.option);
      }
      say(")" + cost);
      return l;
    case Move::consent:
      say(plain ? kMoveKinds[m.kind].before : "consents to ");
      option(m.option);
      if (plain) say(pi.stance ? " (it had not accepted it)" : silent);
      else say((pi.stance ? ", which it had not accepted" : silent) + cost);
      return l;
    case Move::repoint_condition:
      say(plain ? kMoveKinds[m.kind].before : "from accepting ");
      option(m.option);
      // plain: "accepts x if TO instead of if FROM"; ids: "from accepting x
      // only if FROM to accepting it if TO instead".
      say(plain ? " if " : " only if ");
      terms({plain ? m.to : m.from});
      say(plain ? " instead of if " : " to accepting it if ");
      terms({plain ? m.from : m.to});
      if (!plain) say(" instead" + cost + " (what it gives up)");
      return l;
    case Move::drop_condition: {
      say(plain ? kMoveKinds[m.kind].before : "from accepting ");
      option(m.option);
      say(plain ? " without its condition (" : " only if ");
      // Alternative conditions are alternatives: "a or b and c", never "a, b and c".
      const auto alternatives = move_conditions(pb, m);
      for (size_t k = 0; k < alternatives.size(); ++k) {
        if (k) say(" or ");
        terms(alternatives[k]);
      }
      say(plain ? ")" : " to accepting it without that" + cost + " (what it gives up)");
      return l;
    }
    case Move::lift:
      break;
  }
  say(plain ? kMoveKinds[m.kind].before : "from ruling out ");
  option(m.option);
  std::string how = plain ? priority_phrase(pi.stance->priority) : priority_words(pi.stance->priority);
  if (is.ordered)
    how += ", " + std::to_string(m.distance) + (m.distance == 1 ? " step" : " steps") + " from what it accepts";
  say(plain ? " (" + how + ")" : " to accepting it" + cost + " (" + how + ")");
  return l;
}

std::string move_words(const DealProblem& pb, const Move& m) { return doc::plain(move_line(pb, m, Naming::ids)); }

std::string move_set_summary(const DealProblem& pb, const MoveSet& m) {
  const Catalog& cat = pb.catalog();
  std::vector<std::string> by_party;
  for (size_t k = 0; k < m.moves.size();) {
    const int slot = m.moves[k].slot;
    // The terms of each kind, in the table's order of kinds.
    std::vector<std::string> terms[std::size(kMoveKinds)];
    for (; k < m.moves.size() && m.moves[k].slot == slot; ++k) {
      const Move& mv = m.moves[k];
      const Issue& is = cat.issues[mv.issue];
      // A red line is crossed on the issue, whatever the package settles it on.
      const bool whole_issue = mv.option == kOpen || mv.kind == Move::cross_red_line;
      std::string term = "“" + (whole_issue ? is.title : is.options[mv.option].label) + "”";
      const Stance* st = pb.at[mv.slot][mv.issue].stance;
      if (mv.kind == Move::lift && st) term += " (" + priority_phrase(st->priority) + ")";
      terms[mv.kind].push_back(std::move(term));
    }
    std::vector<std::string> parts;
    // The order a reader follows: what it stops refusing, then its conditions, consents, red lines.
    for (const Move::Kind kind :
         {Move::lift, Move::drop_condition, Move::repoint_condition, Move::consent, Move::cross_red_line}) {
      if (terms[kind].empty()) continue;
      const MoveKindNames& names = move_kind_names(kind);
      parts.push_back(names.before + and_list(terms[kind]) + names.after);
    }
    by_party.push_back(pb.table->party(slot).name + " " + and_list(parts));
  }
  return join(by_party, "; ");
}

std::string opened_package_words(const DealProblem& pb, const MoveSet& m) {
  if (m.rational) return "";
  return "not a deal: it leaves " + codes(*pb.table, m.worse_off) +
         " worse off than with no agreement (valued on the stances before the moves)";
}

}  // namespace positions
