// `positions init DIR`: a minimal, valid data folder to start from, every key
// shown (the optional ones commented out), with the JSON Schemas beside the
// files so that the editor modelines work anywhere.
#include <filesystem>

#include "commands.hpp"
#include "init_schemas.hpp"
#include "output_file.hpp"
#include "usage.hpp"
#include "visible.hpp"

namespace positions::cli {

namespace {

namespace fs = std::filesystem;

const char* const kCatalog = R"(# yaml-language-server: $schema=schema/catalog.schema.json
# The issue catalog: the issues on the table and their options, and (optional)
# rules that link terms of different issues. Ids are lower-case letters,
# digits and _, starting with a letter. Every key is shown; those commented
# out are optional. The keys, one by one: docs/data-format.md.
issues:
  - id: border                      # required: the issue's id
    title: Where the border runs    # required: what the briefing calls it
    ordered: true                   # optional: the options run from one pole to the other
    options:                        # required: at least two
      - id: north_line              # required: the option's id
        label: Along the northern ridge   # required: what the briefing calls it
      - id: river
        label: Along the river
      - id: south_line
        label: Along the southern ridge
  # A second issue, to link to the first by a rule:
  # - id: troops
  #   title: Foreign troops in the valley
  #   options:
  #     - id: withdrawn
  #       label: All foreign troops leave
  #     - id: monitors
  #       label: Unarmed monitors stay
# rules:                            # optional: terms of different issues that go together, or cannot
#   - term: border.river            # ISSUE.OPTION
#     requires: troops.monitors     # or: excludes: ISSUE.OPTION
#     reason: A river border needs someone to watch the crossings.
)";

const char* const kNorth = R"(# yaml-language-server: $schema=schema/party.schema.json
# A party: who it is, who speaks for it, and what it has said, stance by
# stance. A stance holds from its date until a later stance on the same issue.
code: north                         # required: the party's id, used on the command line
name: Northland                     # required: what the briefing calls it
speakers:                           # optional: who is quoted
  - id: fm                          # required: the speaker's id, used by evidence
    name: Ana Berg                  # required
    role: Foreign minister of Northland   # optional
stances:
  - issue: border                   # required: an issue of the catalog
    date: 2025-03-01                # required: from when it holds (YYYY-MM-DD)
    wants: [south_line]             # what it asks for
    accepts: [river]                # what it would take besides
    rules_out: [north_line]         # what it refuses
    # conditional:                  # what it would take only if terms of other issues hold
    #   - accepts: [north_line]
    #     if: [troops.withdrawn]
    priority: high                  # low, medium (the default), high or red_line
    evidence:                       # the words behind the stance: at least one
      - source: north-press-2025-03-01.txt   # required: the document quoted
        date: 2025-03-01            # required: when the words were said
        speaker: fm                 # optional: a speaker above
        quote: "The river is the least we can live with."   # required: the words
        basis: on_record            # on_record, reported or inferred
    # note: The analyst's reading of the stance, if any.
)";

const char* const kSouth = R"(# yaml-language-server: $schema=schema/party.schema.json
# Another party. Reported words need no speaker.
code: south
name: Southland
stances:
  - issue: border
    date: 2025-03-05
    wants: [north_line]
    accepts: [river]
    rules_out: [south_line]
    priority: red_line
    evidence:
      - source: south-daily-2025-03-05.txt
        date: 2025-03-05
        quote: "officials said the river was acceptable as a last resort"
        basis: reported
)";

const char* const kScenario = R"(# yaml-language-server: $schema=../positions/schema/scenario.schema.json
# A scenario: a dated lens on the parties; each party's latest stances on or
# before the date count. Its name is the file's name: spring-2025.
title: Spring talks, March 2025     # required: what the briefing calls it
date: 2025-03-10                    # required (unless builds_on gives it)
parties: [north, south]             # required (unless builds_on gives it): party codes
description: The first round of talks.   # optional
# A what-if builds on another scenario and assumes stances in place of stated ones:
# builds_on: spring-2025
# assume:
#   - party: north
#     issue: border
#     wants: [river]
#     priority: medium
#     rationale: What if Northland settles for the river?
)";

}  // namespace

int run_init(Invocation& inv) {
  po::options_description options("Options");
  options.add_options()("help,h", "this help");
  po::variables_map vm = parse_command("init", inv.args, options, true);
  if (vm.count("help")) {
    inv.out << "Usage: positions init DIR\n"
               "\n"
               "Writes a small, valid data folder to start from: a catalog with one issue,\n"
               "two parties and one scenario, every key shown with a comment, and the JSON\n"
               "Schemas (DIR/positions/schema) that the files' editor modelines point at.\n"
               "DIR must be new or empty; nothing is ever overwritten.\n"
               "\n"
            << options
            << "\nExample:\n"
               "  positions init ~/talks && positions --data ~/talks compare north south\n";
    return 0;
  }
  std::vector<std::string> words;
  if (vm.count("positional")) words = vm["positional"].as<std::vector<std::string>>();
  if (words.size() != 1) throw UsageError("init takes one folder: positions init DIR", try_help("init"));
  const std::string dir = words[0];
  const std::string shown = visible_inline(dir);
  auto refuse = [&](const std::string& why) { return WriteError("cannot initialise '" + shown + "': " + why); };
  std::error_code ec;
  const fs::file_status st = fs::status(dir, ec);
  if (fs::exists(st)) {
    if (!fs::is_directory(st)) throw refuse("it exists and is not a folder");
    if (!fs::is_empty(dir, ec) || ec)
      throw refuse("the folder is not empty; name a new or empty folder, nothing is overwritten");
  }
  for (const char* sub : {"/positions/schema", "/scenarios"}) {
    fs::create_directories(dir + sub, ec);
    if (ec) throw refuse("cannot make the folder '" + visible_inline(dir + sub) + "': " + ec.message());
  }
  write_file_atomically(dir + "/positions/catalog.yaml", kCatalog);
  write_file_atomically(dir + "/positions/north.yaml", kNorth);
  write_file_atomically(dir + "/positions/south.yaml", kSouth);
  write_file_atomically(dir + "/scenarios/spring-2025.yaml", kScenario);
  for (const auto& schema : kBuiltInSchemas)
    write_file_atomically(dir + "/positions/schema/" + schema.name, schema.text);
  inv.out << "wrote a data folder in " << dir
          << ": a catalog with one issue, two parties, one scenario, and the schemas\n"
             "next: positions --data "
          << dir << " validate && positions --data " << dir << " compare north south\n";
  inv.out_is_confirmation = true;
  return 0;
}

}  // namespace positions::cli
