// A graph model derived from the deal side's problem (docs/stability.md,
// "Derived models"): which issues it covers, which consent option is whose,
// and how a package of the deal search maps to a state. Private to the
// stability library and its callers in the engine.
#pragma once

#include <optional>
#include <vector>

#include "positions/stability.hpp"
#include "utility.hpp"

namespace positions::stability {

// One yes/no option of a derived model: `slot` consents to `option` of `issue`.
struct ConsentOption {
  int issue = -1, option = -1, slot = -1;
};

// A group of linked issues and the size of its model.
struct GroupSize {
  std::vector<int> issues;
  double states = 0;  // consent combinations (an upper bound on the states)
  int options = 0;    // consent options
  bool fits = false;  // within the limits, with at least one consent option
};

struct Derived {
  Model model;
  std::vector<GroupSize> left_out;         // the other groups, catalog order
  std::vector<int> issues;                 // the covered group, catalog order
  std::vector<ConsentOption> consents;     // per model option
  std::vector<int> slots;                  // per decision maker: its compared slot
};

// Why no model was derived: every group is too large (the smallest is
// named with its size) or no group has an option its deciders can settle.
struct NoModel {
  std::vector<int> smallest;  // issues; empty when nothing can be settled
  double states = 0;          // the smallest group's consent states
  int options = 0;            // and its consent options
};

struct Derivation {
  std::optional<Derived> derived;
  NoModel none;  // when !derived
};

Derivation derive(const DealProblem& pb, const DeriveOptions& options);

// The state where every decider of each settled option of the covered
// issues consents to it and nobody consents to anything else, or -1 when
// that state is not in the model (an option nobody compared can settle).
int state_of(const Derived& d, const Package& x);

}  // namespace positions::stability
