#include "deals_citations.hpp"
#include "deals_report.hpp"
#include "json_shapes.hpp"
#include "verdict_words.hpp"

namespace positions {

namespace {

class DealsJson {
 public:
  DealsJson(JsonWriter& w, const DealAnalysis& a) : w_(w), a_(a), pb_(a.problem), cat_(a.problem.catalog()) {}

  void all(bool with_verdict) {
    w_.begin_object();
    if (with_verdict) write_verdict_json(w_, a_);
    scoring();
    w_.key("proven").value(a_.deals.proven);
    w_.key("proven_deals").value(a_.deals.proven_deals);
    w_.key("bound");
    if (a_.deals.bound) score_object(*a_.deals.bound);
    else w_.null();
    w_.key("deals").begin_array();
    for (size_t k = 0; k < a_.deals.deals.size(); ++k) deal(static_cast<int>(k) + 1, a_.deals.deals[k]);
    w_.end_array();
    partial();
    w_.key("concessions").begin_object();
    w_.key("blocked").begin_array();
    for (size_t k = 0; k < a_.concessions.blocked.size(); ++k) {
      const std::vector<BlockingSet>* sets =
          k < a_.concessions.blocking.size() ? &a_.concessions.blocking[k] : nullptr;
      concession(a_.concessions.blocked[k], sets);
    }
    w_.end_array();
    w_.key("blocking_sets_exact").value(a_.concessions.blocking_exact);
    w_.key("whole_table");
    concession(a_.concessions.whole_table);
    w_.end_object();
    stances();
    w_.end_object();
  }

 private:
  std::string code(int slot) const { return pb_.table->party(slot).code; }

  void slots(const std::vector<int>& s) { write_party_codes_json(w_, *pb_.table, s); }
  void issues(const std::vector<int>& is) { write_issue_ids_json(w_, cat_, is); }

  void score_object(const Score& s) {
    w_.begin_object();
    w_.key("nash_product").value(s.nash());
    w_.key("log_nash_product");
    if (!s.all_positive) w_.null();
    else w_.value(s.log_nash);
    w_.key("parties_gaining").value(s.positive);
    w_.key("log_nash_product_of_positive_gains").value(s.log_nash);
    w_.key("worst_off").value(s.min_u);
    w_.key("sum").value(s.sum_u);
    w_.end_object();
  }

  void scoring() {
    w_.key("scoring").begin_object();
    w_.key("utility").value(utility_rule_words());
    w_.key("rank").value(ranking_words());
    std::vector<int> counted, left_out;
    for (int s = 0; s < pb_.parties; ++s) (a_.deals.counted[s] ? counted : left_out).push_back(s);
    w_.key("counted");
    slots(counted);
    w_.key("left_out");
    slots(left_out);
    w_.end_object();
  }

  void deal(int rank, const Deal& d) {
    w_.begin_object();
    w_.key("rank").value(rank);
    w_.key("score");
    score_object(d.score);
    w_.key("utilities").begin_array();
    for (int s = 0; s < pb_.parties; ++s) {
      w_.begin_object();
      w_.key("party").value(code(s));
      w_.key("utility").value(d.utility[s]);
      w_.key("no_agreement_utility").value(utility(pb_, s, pb_.disagreement[s]));
      w_.key("gain").value(gain(pb_, s, d.raw[s]));
      w_.key("counted").value(static_cast<bool>(a_.deals.counted[s]));
      w_.end_object();
    }
    w_.end_array();
    w_.key("terms").begin_array();
    for (int i = 0; i < pb_.issues; ++i) {
      w_.begin_object();
      w_.key("issue").value(cat_.issues[i].id);
      w_.key("option");
      if (d.package[i] == kOpen) {
        w_.null();
      } else {
        w_.value(cat_.issues[i].options[d.package[i]].id);
        std::vector<int> by[6];
        for (int s = 0; s < pb_.parties; ++s) by[static_cast<int>(stand(pb_, s, {i, d.package[i]}))].push_back(s);
        w_.key("wanted_by");
        slots(by[0]);
        w_.key("accepted_by");
        slots(by[1]);
        w_.key("accepted_on_condition_by");
        slots(by[2]);
      }
      w_.end_object();
    }
    w_.end_array();
    w_.end_object();
  }

  void partial() {
    const DealsResult& d = a_.deals;
    w_.key("partial").begin_object();
    w_.key("settles_everything").value(d.settles_everything());
    w_.key("most_settled").value(d.most_settled);
    w_.key("issues").value(d.issues);
    w_.key("groups").begin_array();
    for (const ComponentDeals& c : d.components) {
      w_.begin_object();
      w_.key("issues");
      issues(c.issues);
      w_.key("pareto_points").value(c.pareto_points);
      w_.key("complete").value(c.complete);
      w_.key("most_settled").value(c.most_settled);
      w_.key("largest").begin_array();
      for (const SettledAlternative& alt : c.largest) {
        w_.begin_object();
        w_.key("settled");
        issues(alt.settled);
        w_.key("open");
        issues(alt.open);
        w_.key("terms");
        write_settled_terms_json(w_, cat_, alt.part);
        w_.end_object();
      }
      w_.end_array();
      w_.key("more_largest").value(c.more_largest);
      w_.end_object();
    }
    w_.end_array();
    w_.end_object();
  }

  void concession(const Concession& c, const std::vector<BlockingSet>* sets = nullptr) {
    w_.begin_object();
    w_.key("target");
    issues(c.target);
    if (sets) {
      w_.key("blocking_sets").begin_array();
      for (const BlockingSet& b : *sets) {
        w_.begin_object();
        w_.key("parties");
        slots(b.parties);
        w_.key("option").value(cat_.issues[c.target[0]].options[b.option].id);
        w_.end_object();
      }
      w_.end_array();
    }
    w_.key("needed").value(c.needed);
    w_.key("possible").value(c.possible);
    w_.key("complete").value(c.complete);
    w_.key("alternatives").begin_array();
    for (const MoveSet& m : c.alternatives) {
      write_move_set_json(w_, pb_, m);
    }
    w_.end_array();
    w_.end_object();
  }

  void stances() {
    w_.key("stances_cited").begin_array();
    for (const auto& [issue, slot] : cited_stances(a_, a_.deals.deals.size()))
      write_stance_json(w_, cat_, pb_.table->party(slot), issue, pb_.at[slot][issue].stance);
    w_.end_array();
  }

  JsonWriter& w_;
  const DealAnalysis& a_;
  const DealProblem& pb_;
  const Catalog& cat_;
};

}  // namespace

void write_deals_json_member(JsonWriter& w, const DealAnalysis& a) {
  w.key("deals");
  DealsJson(w, a).all(true);
}

void write_deals_json(std::ostream& out, const DealAnalysis& a, const Lens& lens) {
  JsonWriter w(out);
  begin_json_document(w, "deals");
  write_verdict_json(w, a);
  write_lens_json(w, *a.problem.table, lens);
  w.key("deals");
  DealsJson(w, a).all(false);
  w.end_object();
  w.finish();
}

}  // namespace positions
