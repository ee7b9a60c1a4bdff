#include "deal_stability.hpp"

#include <algorithm>

namespace positions::stability {

DealStability deal_stability(const DealAnalysis& deals, const DeriveOptions& options) {
  DealStability r;
  r.derivation = derive(deals.problem, options);
  r.deal = deals.verdict.deal_possible && !deals.deals.deals.empty();
  if (!r.derivation.derived) return r;
  const Derived& d = *r.derivation.derived;
  r.analysis = analyse(d.model);
  if (r.deal) {
    const Package& x = deals.deals.deals.front().package;
    r.deal_state = state_of(d, x);
    for (int i = 0; i < static_cast<int>(x.size()); ++i)
      if (x[i] != kOpen)
        (std::binary_search(d.issues.begin(), d.issues.end(), i) ? r.deal_inside : r.deal_outside).push_back(i);
  }
  return r;
}

}  // namespace positions::stability
