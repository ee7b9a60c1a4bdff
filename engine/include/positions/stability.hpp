// Stability analysis with the Graph Model for Conflict Resolution (GMCR;
// Fang, Hipel and Kilgour 1993): the engine's second graph model. A model is
// a set of decision makers, the yes/no options each controls, the feasible
// states (combinations of options) and each decision maker's preference over
// them; the analysis says, for every state and decision maker, whether the
// state is stable under Nash, GMR, SMR and SEQ, and why.
// docs/stability.md describes the formats, the definitions and the method.
#pragma once

#include <cstdint>
#include <filesystem>
#include <ostream>
#include <string>
#include <vector>

#include "positions/error.hpp"

namespace positions {
struct Table;  // positions/table.hpp
}

namespace positions::stability {

// A state is the set of options taken, bit k for option k.
using StateBits = std::uint32_t;
// Options are bits of a StateBits; the feasible index keeps 2^options ints.
inline constexpr int max_options = 24;

// Which way an option may change once the conflict is under way.
enum class Direction { both, forward_only /* no -> yes only */, backward_only /* yes -> no only */ };

struct GmcrOption {
  std::string id;
  std::string label;  // words for a report; the id when none was given
  int owner = -1;     // decision maker index
  Direction direction = Direction::both;
};

struct DecisionMaker {
  std::string id;
  std::string name;
  std::vector<int> options;  // indices into Model::options, in declared order
};

struct Model {
  std::string name;
  std::string source;  // the file it was read from, or "derived from ..."
  std::vector<GmcrOption> options;
  std::vector<DecisionMaker> dms;
  // Feasible states, ascending by their bits. "State n" in reports is
  // states[n - 1], which is GMCR+'s numbering of feasible states.
  std::vector<StateBits> states;
  // payoff[dm][state index]: higher is preferred, equal is indifferent.
  std::vector<std::vector<std::int64_t>> payoff;
  int status_quo = -1;  // state index, or -1 when none is named
  // For a derived model: what it covers and what it leaves out, in words;
  // and per state, what it settles ("border.a_keeps settled").
  std::vector<std::string> notes;
  std::vector<std::string> state_notes;

  int state_count() const { return static_cast<int>(states.size()); }
  int dm_count() const { return static_cast<int>(dms.size()); }
  // The index of the feasible state with these bits, or -1.
  int index_of(StateBits bits) const;
  // "YNY-": Y/N per option in declared order.
  std::string pattern(int state) const;
};

// Reads a model: a `.gmcr` file as GMCR+ saves it (JSON), anything else as
// the project's YAML graph-model format. Throws Error with every problem at
// file:line:column.
Model load_model(const std::filesystem::path& path);
Model parse_model_yaml(const std::string& text, const std::string& file_name);
Model parse_gmcr(const std::string& text, const std::string& file_name);

// A model derived from a positions table through the deal side's problem
// (deciders, no-agreement outcome, values, red lines): see derive.cpp and
// docs/stability.md, "Derived models". Throws Error (at the catalog, line 0)
// when no group of linked issues has an option the compared parties can
// settle, or every such group exceeds `max_states` or 24 consent options.
struct DeriveOptions {
  int max_states = 4096;
};
// REQUIRES: `table.data` outlives the call (the result copies what it needs).
Model derive_model(const Table& table, const DeriveOptions& options = {});

enum class Concept { nash, gmr, smr, seq };
inline constexpr int concept_count = 4;
const char* concept_name(Concept c);  // "Nash", "GMR", "SMR", "SEQ"

// One state, one decision maker, one concept: the verdict and its reason.
//   stable, move == -1: the decision maker has no unilateral improvement.
//   stable, move >= 0:  every improvement is sanctioned; `move` is its most
//                       preferred one and `sanction` the state the others can
//                       force after it (no better than the start for it).
//   unstable:           `move` is an improvement no response deters
//                       (sanction == -1).
struct Verdict {
  bool stable = true;
  int move = -1;
  int sanction = -1;
};

// Coalition Nash (Kilgour, Hipel, Fang and Peng 2001; Inohara and Hipel
// 2008): a coalition improvement from s is a state t that the members of a
// coalition H (any non-empty set of decision makers) reach by changing only
// their own options in one joint move, and that every member of H strictly
// prefers to s. A state is a coalition Nash equilibrium when no coalition has
// an improvement from it; it then is also Nash for each decision maker.
struct CoalitionVerdict {
  bool stable = true;        // no coalition improvement at all
  std::uint32_t members = 0; // bit d for decision maker d: a smallest improving coalition
  int move = -1;             // the state it moves to
};

// From the status quo: which states unilateral improvements can reach, by
// the shortest sequence, and which of them are equilibria.
struct Step {
  int dm;
  int state;  // the state after the move
};
struct Path {
  int target = -1;
  std::vector<Step> steps;
};

struct Analysis {
  // verdicts[concept][dm][state]
  std::vector<std::vector<std::vector<Verdict>>> verdicts;
  // equilibria[concept]: states stable for every decision maker, ascending
  std::vector<std::vector<int>> equilibria;
  bool coalitions_analysed = false;        // skipped above coalition_limit states
  std::vector<CoalitionVerdict> coalition;  // per state
  std::vector<int> coalition_equilibria;
  // Only when the model names a status quo: how many states sequences of
  // unilateral improvements reach from it (itself included), and a shortest
  // such sequence to each reached state that is an equilibrium under any
  // concept, ascending by target.
  int reached_from_status_quo = 0;
  std::vector<Path> from_status_quo;

  const Verdict& at(Concept c, int dm, int state) const {
    return verdicts[static_cast<int>(c)][dm][state];
  }
};

struct AnalysisOptions {
  int coalition_limit = 4096;  // states; the coalition check is quadratic
};
Analysis analyse(const Model& model, const AnalysisOptions& options = {});

// The analysis as text (80 columns), JSON (docs/stability.md), or the state
// graph as DOT (refused above `dot_limit` states).
void write_stability_text(std::ostream& out, const Model& model, const Analysis& analysis);
void write_stability_json(std::ostream& out, const Model& model, const Analysis& analysis);
inline constexpr int dot_limit = 64;
void write_stability_dot(std::ostream& out, const Model& model, const Analysis& analysis);

// One sentence for a verdict, as the reports print it:
// "unstable for Russia: it can move to state 3 (...), which it prefers, and no
// response by the others leaves it worse off than now".
std::string explain(const Model& model, Concept c, int dm, int state, const Verdict& v);

}  // namespace positions::stability
