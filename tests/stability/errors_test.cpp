// Every problem the graph-model readers report, with its position and text.
#include <gtest/gtest.h>

#include "positions/stability.hpp"

namespace positions::stability {
namespace {

const std::string head =
    "decision_makers:\n"
    "  - id: a\n"
    "    options: [{id: x}, {id: y, direction: forward}]\n"
    "  - id: b\n"
    "    options: [{id: z}]\n";

// The first problem, formatted as the command prints it (without source line).
std::string first_problem(const std::string& text, bool gmcr = false) {
  try {
    if (gmcr) parse_gmcr(text, "m.gmcr");
    else parse_model_yaml(text, "m.yaml");
  } catch (const Error& e) {
    const Diagnostic& d = e.problems().front();
    return d.where.file + ":" + std::to_string(d.where.line) + ":" + std::to_string(d.where.column) + ": " +
           d.message + (d.hint.empty() ? "" : " | " + d.hint);
  }
  return "no problem";
}

TEST(StabilityErrors, StatementsPointAtTheWord) {
  EXPECT_EQ(first_problem(head + "infeasible:\n  - x and zz\n"),
            "m.yaml:7:11: unknown option 'zz' in an infeasible statement | did you mean 'z'?");
  EXPECT_EQ(first_problem(head + "infeasible:\n  - \"x and qqq\"\n"),
            "m.yaml:7:12: unknown option 'qqq' in an infeasible statement | options are declared under "
            "'decision_makers'; write 'not ID' for its negation");
  EXPECT_EQ(first_problem(head + "infeasible:\n  - x and\n"),
            "m.yaml:7:10: expected an option id at the end in an infeasible statement | write e.g. 'a and not b'");
  EXPECT_EQ(first_problem(head + "infeasible:\n  - x y\n"),
            "m.yaml:7:7: expected 'and', 'or', 'if' or 'iff' before 'y' in an infeasible statement");
  EXPECT_EQ(first_problem(head + "infeasible:\n  - (x or y\n"),
            "m.yaml:7:12: missing ')' at the end in an infeasible statement");
  EXPECT_EQ(first_problem(head + "infeasible:\n  - (x or y z)\n"),
            "m.yaml:7:13: expected ')' before 'z' in an infeasible statement");
  EXPECT_EQ(first_problem(head + "infeasible:\n  - x iff y if z\n"),
            "m.yaml:7:13: a second 'if' in one statement in an infeasible statement | group with parentheses: "
            "(a if b) iff c");
  EXPECT_EQ(first_problem(head + "infeasible:\n  - x and or y\n"),
            "m.yaml:7:11: expected an option id before 'or' in an infeasible statement");
  EXPECT_EQ(first_problem(head + "infeasible:\n  - x and )\n"),
            "m.yaml:7:11: expected an option id before ')' in an infeasible statement");
  std::string deep = std::string(60, '(') + "x" + std::string(60, ')');
  EXPECT_EQ(first_problem(head + "infeasible:\n  - " + deep + "\n").substr(0, 59),
            "m.yaml:7:55: the statement nests deeper than 50 levels in a");
}

TEST(StabilityErrors, DecisionMakersAndOptions) {
  EXPECT_EQ(first_problem("decision_makers:\n  - id: a\n    options: [{id: x}]\n  - id: a\n    options: [{id: y}]\n"),
            "m.yaml:4:9: decision maker 'a' is declared twice | ids must be unique");
  EXPECT_EQ(first_problem("decision_makers:\n  - id: a\n    options: [{id: x}, {id: x}]\n"),
            "m.yaml:3:29: option 'x' is declared twice | option ids are unique across decision makers");
  EXPECT_EQ(first_problem("decision_makers:\n  - id: a\n    options: [{id: and}]\n"),
            "m.yaml:3:20: 'and' cannot be an option id | not, and, or, if and iff are words of statements");
  EXPECT_EQ(first_problem("decision_makers:\n  - id: a\n    options: [{id: x, direction: sideways}]\n"),
            "m.yaml:3:34: unknown direction 'sideways' | expected both, forward (once taken, it stays taken) or "
            "backward (once dropped, it stays dropped)");
  EXPECT_EQ(first_problem("decision_makers:\n  - id: a\n    options: []\n"),
            "m.yaml:3:5: decision maker 'a' controls no option | a decision maker needs at least one yes/no option");
  EXPECT_EQ(first_problem("decision_makers: []\n"), "m.yaml:1:1: 'decision_makers' is empty | list at least one");
  std::string many = "decision_makers:\n  - id: a\n    options:\n";
  for (int k = 0; k < 25; ++k) many += "      - id: o" + std::to_string(k) + "\n";
  EXPECT_EQ(first_problem(many),
            "m.yaml:28:13: more than 24 options | a model of 2^24 states is beyond what this analysis holds");
  std::string dms = "decision_makers:\n";
  for (int d = 0; d < 17; ++d) dms += "  - {id: d" + std::to_string(d) + ", options: [{id: o" + std::to_string(d) + "}]}\n";
  EXPECT_EQ(first_problem(dms), "m.yaml:18:10: more than 16 decision makers | group decision makers that act together");
}

TEST(StabilityErrors, StatesAndPreferences) {
  EXPECT_EQ(first_problem(head + "infeasible: [x or not x]\n"),
            "m.yaml:6:1: no state is feasible | each entry of 'infeasible' removes the states where it holds");
  EXPECT_EQ(first_problem(head + "infeasible: [x]\nstatus_quo: [x]\n"),
            "m.yaml:7:13: the status quo is an infeasible state | an entry of 'infeasible' holds there");
  EXPECT_EQ(first_problem(head + "infeasible: [not x]\nstatus_quo: []\n"),
            "m.yaml:7:13: the status quo is an infeasible state | an entry of 'infeasible' holds there");
  EXPECT_EQ(first_problem(head + "status_quo: [w]\n"),
            "m.yaml:6:14: unknown option 'w' in the status quo | did you mean 'x'?");
  EXPECT_EQ(first_problem(head + "status_quo: [qqq]\n"),
            "m.yaml:6:14: unknown option 'qqq' in the status quo | list the ids of the options taken; the others are "
            "not taken");
  EXPECT_EQ(first_problem(head + "preferences:\n  a: {prioritise: [x]}\n"),
            "m.yaml:7:3: missing key 'b' in 'preferences'; expected 'prioritise' (option statements) or 'rank' "
            "(states) for b");
  EXPECT_EQ(first_problem(head + "preferences:\n  a: {}\n  b: {prioritise: [z]}\n"),
            "m.yaml:7:3: give either 'prioritise' or 'rank' for a, not neither | prioritise: option statements, most "
            "important first; rank: states, most preferred first");
  const std::string b = "  b: {prioritise: [z]}\n";
  EXPECT_EQ(first_problem(head + "preferences:\n  a: {rank: [YNN, [NNN, YY]]}\n" + b),
            "m.yaml:7:25: 'YY' is not a state | write one Y or N per option, in declared order (3 letters)");
  EXPECT_EQ(first_problem(head + "infeasible: [x and z]\npreferences:\n  a: {rank: [YNY]}\n" + b),
            "m.yaml:8:14: state YNY is infeasible | rank only feasible states");
  EXPECT_EQ(first_problem(head + "preferences:\n  a: {rank: [YNN, YNN]}\n" + b),
            "m.yaml:7:19: state YNN is ranked twice | first ranked at line 7");
  EXPECT_EQ(first_problem(head + "preferences:\n  a: {rank: [YNN, NNN]}\n" + b),
            "m.yaml:7:7: the rank of a leaves out feasible states: NYN, YYN, NNY, YNY, NYY, ... | rank every feasible "
            "state once; a list inside 'rank' is a tie");
  std::string st;
  for (int k = 0; k < 63; ++k) st += k ? ", z" : "z";
  EXPECT_EQ(first_problem(head + "preferences:\n  a: {prioritise: [x]}\n  b: {prioritise: [" + st + "]}\n"),
            "m.yaml:8:206: more than 62 statements | merge statements, or give a 'rank'");
}

TEST(StabilityErrors, GmcrFiles) {
  const std::string opts = R"("options": [{"name": "a", "permittedDirection": "both"}, {"name": "b", "permittedDirection": "up"}],)";
  EXPECT_EQ(first_problem("{" + opts + R"("decisionMakers": []})", true),
            "m.gmcr:1:95: unknown direction 'up' | GMCR+ writes both, fwd or back");
  const std::string ok = R"("options": [{"name": "a", "permittedDirection": "both"}],)";
  EXPECT_EQ(first_problem("{" + ok + R"("decisionMakers": [{"name": "A", "options": [3], "preferences": []}]})", true),
            "m.gmcr:1:104: expected an option index from 0 to 0 | GMCR+ numbers options from 0 in the order of "
            "'options'");
  EXPECT_EQ(first_problem("{" + ok + R"("decisionMakers": [{"name": "A", "options": [0], "preferences": []}, )"
                                     R"({"name": "B", "options": [0], "preferences": []}]})", true),
            "m.gmcr:1:154: option 0 is controlled by two decision makers | each option belongs to exactly one "
            "decision maker");
  EXPECT_EQ(first_problem(R"({"options": [{"name": "a"}, {"name": "b"}], "decisionMakers": [{"name": "A", "options": [0]}]})", true),
            "m.gmcr:1:45: option 1 ('b') has no decision maker | list it under one decision maker's 'options'");
  EXPECT_EQ(first_problem("{" + ok + R"("decisionMakers": [{"name": "A", "options": [0], "misperceptions": [[[0, "Y"]]]}]})", true),
            "m.gmcr:1:108: misperceptions are not analysed | remove them, or analyse each decision maker's perceived "
            "model separately");
  EXPECT_EQ(first_problem("{" + ok + R"("decisionMakers": [{"name": "A", "options": [0]}]})", true),
            "m.gmcr:1:78: decision maker 'A' has no 'preferences' | or set useManualPreferenceRanking and give a "
            "preferenceRanking");
  EXPECT_EQ(first_problem("{" + ok + R"("decisionMakers": [{"name": "A", "options": [0], "preferences": [[[0, "X"]]]}]})", true),
            "m.gmcr:1:129: expected \"Y\" or \"N\", not \"X\"");
  EXPECT_EQ(first_problem("{" + ok + R"("decisionMakers": [{"name": "A", "options": [0], "preferences": [[0]]}]})", true),
            "m.gmcr:1:125: expected [option index, \"Y\" or \"N\"]");
  const std::string manual = R"("useManualPreferenceRanking": true, )";
  EXPECT_EQ(first_problem("{" + manual + ok + R"("decisionMakers": [{"name": "A", "options": [0], "preferences": []}]})", true),
            "m.gmcr:1:114: decision maker 'A' has no 'preferenceRanking' | the file sets useManualPreferenceRanking");
  EXPECT_EQ(first_problem("{" + manual + ok + R"("decisionMakers": [{"name": "A", "options": [0], "preferences": [], "preferenceRanking": [1, 5]}]})", true),
            "m.gmcr:1:188: expected a state number from 1 to 2 | GMCR+ numbers the feasible states from 1");
  EXPECT_EQ(first_problem("{" + manual + ok + R"("decisionMakers": [{"name": "A", "options": [0], "preferences": [], "preferenceRanking": [1, 1]}]})", true),
            "m.gmcr:1:188: state 1 is ranked twice");
  EXPECT_EQ(first_problem("{" + manual + ok + R"("decisionMakers": [{"name": "A", "options": [0], "preferences": [], "preferenceRanking": [1]}]})", true),
            "m.gmcr:1:184: the preferenceRanking of 'A' leaves out state 2 | rank every feasible state once");
}

}  // namespace
}  // namespace positions::stability
