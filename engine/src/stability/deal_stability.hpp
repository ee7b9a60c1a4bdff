// Would it hold? For the briefing: the graph model derived from the deal
// problem (derive.hpp), analysed, with the states of the status quo and of
// the fairest deal. Data only; briefing_stability.cpp words it.
#pragma once

#include <optional>

#include "deal_analysis.hpp"
#include "derive.hpp"

namespace positions::stability {

struct DealStability {
  Derivation derivation;
  std::optional<Analysis> analysis;  // when a model was derived
  bool deal = false;                 // the deal search found a deal every compared party could sign
  // The fairest deal's state: its settlements on the covered issues, -1 when
  // there is no deal. Its other issues are outside the model.
  int deal_state = -1;
  std::vector<int> deal_outside;     // issues the fairest deal settles outside the model
  std::vector<int> deal_inside;      // issues the fairest deal settles inside it
};

// REQUIRES: `deals` outlives the result only as far as the model's words go
// (the result copies what it needs).
DealStability deal_stability(const DealAnalysis& deals, const DeriveOptions& options = {});

}  // namespace positions::stability
