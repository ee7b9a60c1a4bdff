// The wording of a briefing. Every sentence names the parties and terms it
// rests on; the issue sections below the summary show the stances and the
// cited words behind each of them.
#include "briefing_words.hpp"
#include "verdict_words.hpp"

namespace positions {

namespace {

using doc::Line;
using namespace brief;

class DocumentBuilder : DocWriter {
 public:
  DocumentBuilder(const Briefing& b, doc::Document& d) : DocWriter(b, d) {}

  // The core first (at most three printed pages: the bottom line and the
  // position matrix), then the annex, opening with the party graph, where
  // every claim of the core is traced to the stances and cited words. (With
  // four or five parties the graph pushed the core to a fourth page.)
  void build() {
    front();
    bottom_line(*this);
    position_matrix(*this);
    core_details(*this);
    annex();
    parties();
    summary();
    issues();
    pairs();
    cross();
    deals_section(*this);
    stability_section(*this);
    drift_section(*this);
    across_section(*this);
    sources();
  }

 private:
  bool any_assumed() const {
    for (int s = 0; s < t_.slots(); ++s)
      for (int i = 0; i < t_.issues(); ++i)
        if (t_.at[s][i].stance && t_.at[s][i].stance->assumed) return true;
    return false;
  }

  // --- front matter ---
  void front() {
    std::vector<std::string> party_names;
    for (int s = 0; s < t_.slots(); ++s) party_names.push_back(name(s));
    const Scenario* sc = b_.lens.scenario;
    d_.title = "Briefing: " + (sc ? sc->title : "positions as of " + t_.as_of.str());
    heading(1, {doc::t(d_.title)});
    std::vector<int> all;
    for (int s = 0; s < t_.slots(); ++s) all.push_back(s);
    Line who{doc::strong("Parties: "), doc::t(names(all) + ". "), doc::strong("As of: "),
             doc::t(t_.as_of.str() + ", each party's latest stated terms")};
    if (sc && b_.lens.scenario_by_default) who.push_back(doc::t(" (the latest scenario; none was named)"));
    who.push_back(doc::t("."));
    if (!b_.prepared_on.empty()) who.push_back(doc::t(" Prepared on " + b_.prepared_on + "."));
    para(who);
    if (any_assumed())
      para({doc::badge("assumed", "assumed"),
            doc::t(" This scenario assumes shifts in some positions (what-ifs); each is marked ASSUMED below, "
                   "with the analyst's rationale instead of cited words.")});
  }

  // --- the annex ---
  void annex() {
    d_.blocks.push_back(doc::Block{doc::Block::Kind::annex, 0, {}, {}, {}, {}, {}, {}});
    heading(1, {doc::t("Annex: the evidence in full")}, "annex");
    const Scenario* sc = b_.lens.scenario;
    std::vector<int> all;
    for (int s = 0; s < t_.slots(); ++s) all.push_back(s);
    Line lens{doc::strong("Looking from: ")};
    if (sc) {
      lens.push_back(doc::t("scenario "));
      lens.push_back(doc::code(sc->name));
      lens.push_back(doc::t(", each party's latest stated terms as of " + t_.as_of.str() + ". "));
    } else {
      lens.push_back(doc::t("each party's latest stated terms as of " + t_.as_of.str() + "; no scenario. "));
    }
    lens.push_back(doc::strong("Party codes: "));
    for (int s = 0; s < t_.slots(); ++s) {
      if (s) lens.push_back(doc::t("; "));
      lens.push_back(doc::t(name(s) + " "));
      lens.push_back(doc::code(code(s)));
    }
    lens.push_back(doc::t("."));
    para(lens);
    if (sc && !sc->description.empty()) para({doc::em(sc->description)});
    para({doc::em("How to read this: every stance cites its source, speaker and date, and says whether the "
                  "words are on record, reported (by unnamed officials, or a reporter's paraphrase) or inferred "
                  "(the analyst's reading of the source). An option a party has never mentioned is open for it: "
                  "neither accepted nor refused.")});
  }

  // --- summary ---
  void summary() {
    heading(2, {doc::t("Where agreement is possible, and what blocks it")}, "summary");

    heading(3, {doc::t("Where agreement is possible")});
    // Terms someone supports and nobody rules out; issues where every such
    // term is merely unmentioned are listed apart, since silence is not support.
    std::vector<Line> possible;
    std::vector<std::string> unaddressed;
    for (const auto& f : c_.issues) {
      if (f.status == IssueStatus::blocked) continue;
      Line line{issue_link(f.issue), doc::t(f.status == IssueStatus::agreement       ? ": agreed on "
                                            : f.status == IssueStatus::needs_consent ? ": needs consent on "
                                                                                     : ": open on ")};
      bool first = true;
      for (const auto& o : f.options) {
        if (o.blocked || (f.status == IssueStatus::agreement && !o.agreed)) continue;
        if (o.wanted_by.empty() && o.accepted_by.empty() && o.conditional_by.empty()) continue;
        if (!first) line.push_back(doc::t("; "));
        first = false;
        line.push_back(doc::code(issue(f.issue).options[o.option].id));
        line.push_back(doc::t(" (" + who_line(o) + ")"));
      }
      line.push_back(doc::t("."));
      if (first) unaddressed.push_back(issue(f.issue).title);
      else possible.push_back(std::move(line));
    }
    if (!unaddressed.empty())
      possible.push_back({doc::t("No party has spoken for any open term of: " + join(unaddressed, "; ") + ".")});
    if (possible.empty()) para({doc::t("Nowhere: on every issue each term is ruled out by some party.")});
    else bullets(std::move(possible));

    heading(3, {doc::t("What blocks it, and who")});
    std::vector<Line> blocks;
    for (const auto& f : c_.issues) {
      if (f.status != IssueStatus::blocked) continue;
      Line line{issue_link(f.issue), doc::t(": ")};
      append(line, blocked_by(f));
      blocks.push_back(std::move(line));
    }
    for (const auto& x : c_.cross) blocks.push_back(cross_sentence(x));
    if (blocks.empty()) para({doc::t("Nothing: no issue is blocked and no terms collide across issues.")});
    else bullets(std::move(blocks));

  }

  // "wanted by us, ua; accepted by ru; on a condition by eu; open for fr"
  std::string who_line(const OptionFinding& o) const {
    std::vector<std::string> who;
    if (!o.wanted_by.empty()) who.push_back("wanted by " + codes(o.wanted_by));
    if (!o.accepted_by.empty()) who.push_back("accepted by " + codes(o.accepted_by));
    if (!o.conditional_by.empty()) who.push_back("accepted on a condition by " + codes(o.conditional_by));
    if (!o.ruled_out_by.empty()) who.push_back("ruled out by " + codes(o.ruled_out_by));
    if (!o.open_for.empty())
      who.push_back(static_cast<int>(o.open_for.size()) == t_.slots() ? "nobody has taken a stand"
                                                                      : "open for " + codes(o.open_for));
    return join(who, "; ");
  }

  // "Russia rules out `a` and `b`; Ukraine rules out `c`; `d` requires `x`, which Ukraine rules out."
  Line blocked_by(const IssueFinding& f) const {
    Line line;
    bool first = true;
    for (int s : blockers(f)) {
      std::vector<int> direct;
      for (const auto& o : f.options)
        for (int r : o.ruled_out_by)
          if (r == s) direct.push_back(o.option);
      if (direct.empty()) continue;
      if (!first) line.push_back(doc::t("; "));
      first = false;
      line.push_back(doc::t(name(s) + " rules out "));
      append(line, option_codes(f.issue, direct));
    }
    for (const auto& o : f.options)
      for (const auto& blk : o.via_rules) {
        if (!first) line.push_back(doc::t("; "));
        first = false;
        append(line, through_rule(f.issue, o.option, blk));
      }
    line.push_back(doc::t("."));
    return line;
  }

  // "`after_withdrawal` requires `donetsk.ru_all`, which Ukraine rules out", or
  // "Russia accepts `current_line` only if `donetsk.ru_all`, which Ukraine rules out"
  Line through_rule(int issue_index, int option, const Block& blk) const {
    const Term needed = blk.needed;
    Line line{doc::code(issue(issue_index).options[option].id), doc::t(" requires "),
              doc::code(cat_.term_name(needed))};
    if (blk.condition_of >= 0)
      line = {doc::t(name(blk.condition_of) + " accepts "), doc::code(issue(issue_index).options[option].id),
              doc::t(" only if "), doc::code(cat_.term_name(needed))};
    if (!(needed == blk.root)) {
      line.push_back(doc::t(", which leads to "));
      line.push_back(doc::code(cat_.term_name(blk.root)));
    }
    line.push_back(doc::t(", which " + name(blk.slot) + " rules out"));
    return line;
  }

  // --- issue by issue ---
  void issues() {
    heading(2, {doc::t("Issue by issue")}, "issues");
    for (const auto& f : c_.issues) issue_section(f);
  }

  void issue_section(const IssueFinding& f) {
    const Issue& is = issue(f.issue);
    heading(3, {doc::t(is.title + " "), doc::code(is.id), doc::t(" "),
                doc::badge(status_word(f.status), to_string(f.status))},
            anchor(is));
    Line status;
    std::vector<int> agreed, open;
    for (const auto& o : f.options) {
      if (o.agreed) agreed.push_back(o.option);
      if (!o.blocked) open.push_back(o.option);
    }
    if (f.status == IssueStatus::agreement) {
      status.push_back(doc::t("Every party accepts "));
      append(status, option_codes(f.issue, agreed));
      status.push_back(doc::t("."));
    } else if (f.status == IssueStatus::possible) {
      status.push_back(doc::t("No term is agreed, but no party rules out "));
      append(status, option_codes(f.issue, open, " or "));
      status.push_back(doc::t("."));
    } else if (f.status == IssueStatus::needs_consent) {
      status.push_back(doc::t("No term can be settled without a decider's consent: "));
      bool first = true;
      for (const auto& o : f.options) {
        if (o.blocked) continue;
        if (!first) status.push_back(doc::t("; "));
        first = false;
        status.push_back(doc::code(is.options[o.option].id));
        status.push_back(doc::t(" " + consent_words(c_.problem, o.needs_consent, o.not_compared)));
      }
      status.push_back(doc::t("."));
    } else {
      status.push_back(doc::t("Every term is ruled out by at least one party: "));
      append(status, blocked_by(f));
      status.push_back(doc::t(" " + opened_by_sentence(t_, party_sets(f.opened_by), f.opened_by_proven, true)));
    }
    if (is.ordered) status.push_back(doc::t(" The options run from one pole to the other, in the order listed."));
    para(status);
    option_table(f);
    if (static_cast<int>(f.silent.size()) == t_.slots() && t_.slots() > 1) {
      para({doc::t("None of the parties has said anything on this as of " + t_.as_of.str() + ".")});
      return;
    }
    for (int s = 0; s < t_.slots(); ++s) stance_section(s, f.issue);
  }

  void option_table(const IssueFinding& f) {
    const Issue& is = issue(f.issue);
    doc::Block b;
    b.kind = doc::Block::Kind::table;
    b.items = {{doc::t("Term")}, {doc::t("Status")},          {doc::t("Wanted by")}, {doc::t("Also accepted by")},
               {doc::t("On a condition")}, {doc::t("Ruled out by")}, {doc::t("No stance")}};
    for (const auto& o : f.options) {
      const Option& opt = is.options[o.option];
      Line ruled{doc::t(codes(o.ruled_out_by))};
      for (const auto& blk : o.via_rules) {
        if (!ruled.empty() && !ruled[0].text.empty()) ruled.push_back(doc::t("; "));
        ruled.push_back(doc::t(code(blk.slot) + ", through "));
        ruled.push_back(doc::code(cat_.term_name(blk.root)));
      }
      b.rows.push_back({{doc::code(opt.id), doc::t(" " + opt.label)},
                        {o.agreed    ? doc::badge("agreed", "agreement")
                         : o.blocked ? doc::badge("blocked", "blocked")
                         : !o.needs_consent.empty() || !o.not_compared.empty()
                             ? doc::badge("needs consent", "possible")
                             : doc::badge("open", "possible")},
                        {doc::t(codes(o.wanted_by))},
                        {doc::t(codes(o.accepted_by))},
                        {doc::t(codes(o.conditional_by))},
                        ruled,
                        {doc::t(codes(o.open_for))}});
    }
    d_.blocks.push_back(std::move(b));
  }

  void stance_section(int slot, int issue_index) {
    const Stance* st = t_.at[slot][issue_index].stance;
    const Party& party = t_.party(slot);
    if (!st) {
      para({doc::strong(party.name), doc::t(" has said nothing on this as of " + t_.as_of.str() + ".")});
      return;
    }
    Line head{doc::t(party.name + " — " + priority_phrase(st->priority) + ", stance of " + st->when.str())};
    if (st->assumed) {
      head.push_back(doc::t(" "));
      head.push_back(doc::badge("assumed", "assumed"));
    }
    heading(4, head);
    para(stance_terms(*st, issue_index));
    if (st->assumed) para({doc::strong("What-if: "), doc::t(st->rationale)});
    if (!st->note.empty()) para({doc::em("Analyst's note: "), doc::t(st->note)});
    if (st->evidence.empty() && !st->assumed) para({doc::em("No evidence cited.")});
    citations(party, *st);
  }

  // --- parties ---
  void parties() {
    heading(2, {doc::t("Who collides with whom")}, "parties");
    figure("parties",
           {doc::t("A red line joins two parties that collide on some issue (one rules out what the other "
                   "wants): the label names the issue, or counts them; an orange line, parties whose terms "
                   "collide only across issues, through a rule or a condition; a dashed green line, parties "
                   "that only overlap (both accept a term). The thicker the line, the more the collisions "
                   "weigh. Each pair, issue by issue, is in the annex: "),
            doc::link("The parties, pair by pair", "pairs"), doc::t(".")});
  }

  void pairs() {
    heading(2, {doc::t("The parties, pair by pair")}, "pairs");
    doc::Block b;
    b.kind = doc::Block::Kind::table;
    b.items = {{doc::t("Parties")}, {doc::t("Closeness")}, {doc::t("Overlap on")}, {doc::t("Collide on")},
               {doc::t("Apart on")}};
    for (const auto& p : c_.pairs) {
      b.rows.push_back({{doc::t(name(p.a) + " – " + name(p.b))},
                        {doc::t(p.closeness ? signed_fixed(*p.closeness) : "no shared issue")},
                        issue_ids(p.overlap), issue_ids(p.collide), issue_ids(p.apart)});
    }
    d_.blocks.push_back(std::move(b));
    para({doc::t("Closeness = (overlap weight − collide weight) / total weight, over the issues on which both "
                 "parties have a stance; each issue weighs the mean of the two parties' priorities (low 1, "
                 "medium 2, high 3, red line 4). Overlap: a term both accept outright. Collide: no such term, "
                 "and one rules out what the other wants. Apart: neither.")});
  }

  Line issue_ids(const std::vector<int>& issues) const {
    Line out;
    for (size_t k = 0; k < issues.size(); ++k) {
      if (k) out.push_back(doc::t(", "));
      out.push_back(doc::code(issue(issues[k]).id));
    }
    return out;
  }

  // --- cross-issue conflicts ---
  void cross() {
    heading(2, {doc::t("Conflicts across issues")}, "cross");
    if (b_.contested.empty()) {
      para({doc::t("No issue is contested: nothing is blocked and no terms collide.")});
      return;
    }
    para({doc::t("One graph per contested issue (blocked, collided on, or in a conflict across issues): its "
                 "terms, boxed, each with who wants, accepts, accepts on a condition or rules it out; red: ruled "
                 "out by some party, directly or through a rule; green: agreed. Dashed boxes: terms of other "
                 "issues it is linked to. Red edges: the two terms cannot both hold; black arrows: the first "
                 "requires the second; dashed arrows: a party accepts the first only if the second holds.")});
    std::vector<Line> lines;
    for (const auto& x : c_.cross) lines.push_back(cross_sentence(x));
    if (lines.empty()) para({doc::t("No demand collides with another through the catalog's rules.")});
    else bullets(std::move(lines));
    for (int i : b_.contested)
      figure("terms-" + issue(i).id, {doc::t("The terms of "), issue_link(i), doc::t(" and their links.")});
  }

  void sources() {
    heading(2, {doc::t("Sources")}, "sources");
    if (b_.sources.empty()) {
      para({doc::t("No source is cited.")});
      return;
    }
    para({doc::t("The quotes above come from these documents:")});
    std::vector<Line> lines;
    for (const auto& s : b_.sources) lines.push_back({doc::t(s)});
    bullets(std::move(lines));
  }

};

}  // namespace

doc::Document briefing_document(const Briefing& b) {
  doc::Document d;
  DocumentBuilder(b, d).build();
  return d;
}

}  // namespace positions
