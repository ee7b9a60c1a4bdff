#include "pipeline.hpp"

namespace positions {

namespace {

// With --across the deal searches of every scenario share the budget with
// the lens's own: each gets half.
double deal_seconds(const AnalysisRequest& r) { return r.across ? r.time_limit / 2 : r.time_limit; }

// The comparison made the deal problem already; the deals read the same one.
std::optional<DealAnalysis> deals_of(const Comparison& c, const AnalysisRequest& r) {
  if (!r.deals) return std::nullopt;
  return analyse_deals(c.problem, {r.top, deal_seconds(r)});
}

std::optional<Drift> drift_of(const Dataset& data, const AnalysisRequest& r) {
  if (r.since && r.lens.scenario) return Drift{diff_scenarios(data, *r.since, *r.lens.scenario, r.parties), {}};
  if (!r.drift || !r.lens.scenario) return std::nullopt;
  return drift_since_previous(data, *r.lens.scenario, r.parties);
}

std::optional<Across> across_of(const Dataset& data, const AnalysisRequest& r) {
  if (!r.across) return std::nullopt;
  return compare_across(data, r.parties, r.deals ? r.time_limit / 2 : r.time_limit);
}

}  // namespace

Analysis::Analysis(const Dataset& d, const AnalysisRequest& r)
    : data(d),
      request(r),
      table(make_table(d, r.parties, r.as_of, r.lens.scenario, r.on_record_only)),
      model(table.catalog(), &table),
      // The blocking sets of compare's blocked issues get a tenth of the time.
      comparison(compare(table, model, r.time_limit / 10)),
      deals(deals_of(comparison, r)),
      drift(drift_of(d, r)),
      across(across_of(d, r)) {}

void AnalysisDeleter::operator()(const Analysis* a) const { delete a; }

AnalysisPtr analyse(const Dataset& data, const AnalysisRequest& request) {
  return AnalysisPtr(new Analysis(data, request));
}

}  // namespace positions
