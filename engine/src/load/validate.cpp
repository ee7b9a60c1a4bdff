#include "positions/load.hpp"

#include <algorithm>
#include <map>
#include <set>

#include "positions/load.hpp"
#include "table.hpp"
#include "source_text.hpp"

namespace positions {

namespace fs = std::filesystem;

namespace {

Diagnostic warning(Location where, std::string message, std::string hint) {
  return {std::move(where), std::move(message), std::move(hint), {}, Severity::warning};
}

void sort_by_place(std::vector<Diagnostic>& ds) {
  std::stable_sort(ds.begin(), ds.end(), [](const Diagnostic& a, const Diagnostic& b) {
    return std::tie(a.where.file, a.where.line, a.where.column) <
           std::tie(b.where.file, b.where.line, b.where.column);
  });
}

// The data files the loader reads in `dir` (a folder that cannot be listed
// has its own error from the loader, and counts none here).
int count_yaml(const Files& files, const fs::path& dir) {
  int n = 0;
  try {
    if (files.type(dir.string()) != Files::Type::folder) return 0;
    for (const auto& name : files.list(dir.string()))
      if (name[0] != '.' && name.size() > 5 && name.compare(name.size() - 5, 5, ".yaml") == 0) ++n;
  } catch (const Error&) {
  }
  return n;
}

// Marks every option of `issue` in `set` as mentioned.
void mention(std::vector<std::vector<bool>>& seen, int issue, OptionSet set) {
  for (int o : options_in(set)) seen[static_cast<size_t>(issue)][static_cast<size_t>(o)] = true;
}

void mention_stance(std::vector<std::vector<bool>>& seen, const Stance& st) {
  mention(seen, st.issue, st.wants | st.accepts | st.rules_out);
  for (const auto& c : st.conditional) {
    mention(seen, st.issue, c.accepts);
    for (Term t : c.if_all) mention(seen, t.issue, OptionSet{1} << t.option);
  }
}

}  // namespace

int Validation::errors() const {
  return static_cast<int>(std::count_if(problems.begin(), problems.end(),
                                        [](const Diagnostic& d) { return d.severity == Severity::error; }));
}

int Validation::warnings() const { return static_cast<int>(problems.size()) - errors(); }

std::vector<Diagnostic> warnings(const Dataset& data) {
  std::vector<Diagnostic> out;
  const Catalog& cat = data.catalog;
  for (const auto& p : data.parties) {
    for (const auto& st : p.stances) {
      const std::string& issue = cat.issues[static_cast<size_t>(st.issue)].id;
      if (st.evidence.empty())
        out.push_back(warning(st.where,
                              "the stance of '" + p.code + "' on '" + issue + "' dated " + st.date.str() +
                                  " cites no evidence",
                              "add an evidence entry with source, date, quote and basis"));
      for (const auto& ev : st.evidence)
        if (ev.speaker.empty() && ev.basis == Basis::on_record)
          out.push_back(warning(ev.where, "an on-record quote with no speaker, in the stance of '" + p.code +
                                              "' on '" + issue + "'",
                                "add 'speaker:' naming one of the party's speakers, or say the basis is "
                                "'reported' if the source names nobody"));
    }
  }

  for (const auto& sc : data.scenarios) {
    // A what-if's assumptions only add stances to its base's, so what it
    // leaves silent its base (a dated scenario) already reports.
    if (!sc.builds_on.empty()) continue;
    const Table table = make_table(data, sc.parties, sc.date, &sc);
    for (int s = 0; s < table.slots(); ++s) {
      std::string silent;
      for (int i = 0; i < table.issues(); ++i)
        if (table.at[static_cast<size_t>(s)][static_cast<size_t>(i)].silent())
          silent += (silent.empty() ? "" : ", ") + cat.issues[static_cast<size_t>(i)].id;
      if (silent.empty()) continue;
      const Party& party = table.party(s);
      const size_t k = static_cast<size_t>(s);
      Location where = k < sc.party_where.size() ? sc.party_where[k] : Location{sc.file};
      out.push_back(warning(where,
                            "party '" + party.code + "' states nothing as of " + sc.date.str() + " on: " + silent,
                            "its options there count as open; add stances to " + party.file +
                                " if it has spoken"));
    }
  }

  // Dates: evidence after its stance; a quote cited with two dates.
  std::map<std::pair<std::string, std::string>, std::pair<std::string, Location>> quote_dates;
  std::set<std::string> used;  // "party:id" for speakers, ":id" for voices
  for (const auto& p : data.parties) {
    for (const auto& st : p.stances) {
      if (!st.carried_from.empty()) continue;  // a copy; its original is checked
      const std::string& issue = cat.issues[static_cast<size_t>(st.issue)].id;
      bool all_inferred = !st.evidence.empty();
      for (const auto& ev : st.evidence) {
        all_inferred &= ev.basis == Basis::inferred;
        if (ev.date.day > st.date)
          out.push_back(warning(ev.where, "evidence dated " + ev.date.str() + ", after its stance of '" + p.code +
                                              "' on '" + issue + "' (" + st.when.str() + ")",
                                "a stance takes effect once its words are said: date the stance on or after its "
                                "latest evidence"));
        const std::string src = ev.doc ? ev.doc->id : ev.source;
        auto [it, fresh] = quote_dates.try_emplace({src, ev.quote}, ev.date.str(), ev.where);
        if (!fresh && it->second.first != ev.date.str())
          out.push_back(warning(ev.where, "the same quote is cited with two dates: " + ev.date.str() + " here, " +
                                              it->second.first + " at " + it->second.second.file + ":" +
                                              std::to_string(it->second.second.line),
                                "words said once have one date; use the same date (and date_note) in both"));
        for (const Speaker* who : {&ev.speaker_who, &ev.about_who, &ev.relayed_by_who})
          if (!who->id.empty()) used.insert(who->party + ":" + who->id);
      }
      if (all_inferred && st.priority == Priority::red_line)
        out.push_back(warning(st.where, "the stance of '" + p.code + "' on '" + issue +
                                            "' is a red line, but all its evidence is inferred",
                              "a red line needs words that say so: cite them, or lower the priority"));
    }
  }
  for (const auto& p : data.parties)
    for (const auto& sp : p.speakers)
      if (!used.count(p.code + ":" + sp.id))
        out.push_back(warning(Location{p.file}, "speaker '" + sp.id + "' of party '" + p.code + "' is declared but no evidence names it",
                              "remove it, or cite its words"));
  for (const auto& v : data.voices)
    if (!used.count(":" + v.id))
      out.push_back(warning(Location{data.sources_file}, "voice '" + v.id + "' is declared but no evidence names it",
                            "remove it, or cite its words"));
  for (const auto& d : data.documents)
    if (!d->found)
      out.push_back(warning(d->where, "source '" + d->id + "': no file " + d->path,
                            "the quotes cannot be checked or shown in context; put the file there, or set 'folder:'"));

  // Evidence after the date of a scenario that shows it.
  for (const auto& sc : data.scenarios) {
    if (!sc.builds_on.empty()) continue;
    const Table table = make_table(data, sc.parties, sc.date, &sc);
    for (int s = 0; s < table.slots(); ++s)
      for (int i = 0; i < table.issues(); ++i)
        if (const Stance* st = table.at[static_cast<size_t>(s)][static_cast<size_t>(i)].stance)
          for (const auto& ev : st->evidence)
            if (ev.date.day > sc.date)
              out.push_back(warning(ev.where, "evidence dated " + ev.date.str() + ", after scenario '" + sc.name +
                                                  "' (" + sc.date.str() + ") that shows it",
                                    "the lens would show words not yet said; check the dates"));
  }

  std::vector<std::vector<bool>> seen;
  for (const auto& is : cat.issues) seen.emplace_back(is.options.size(), false);
  for (const auto& r : cat.rules) {
    mention(seen, r.term.issue, OptionSet{1} << r.term.option);
    mention(seen, r.other.issue, OptionSet{1} << r.other.option);
  }
  for (const auto& p : data.parties)
    for (const auto& st : p.stances) mention_stance(seen, st);
  for (const auto& sc : data.scenarios)
    for (const auto& a : sc.assume) mention_stance(seen, a.stance);
  for (size_t i = 0; i < cat.issues.size(); ++i)
    for (size_t o = 0; o < cat.issues[i].options.size(); ++o)
      if (!seen[i][o])
        out.push_back(warning(cat.issues[i].options[o].where,
                              "option '" + cat.issues[i].options[o].id + "' of issue '" + cat.issues[i].id +
                                  "' is mentioned by no stance, condition or rule",
                              "remove it, or add the stances that speak to it"));
  data.sources.attach(out);
  sort_by_place(out);
  return out;
}

Validation validate_folder(const fs::path& dir) { return validate_folder(DiskFiles(), dir); }

Validation validate_folder(const Files& files, const fs::path& dir) {
  Validation v;
  v.files = count_yaml(files, dir / "positions") + count_yaml(files, dir / "scenarios");
  try {
    const Dataset data = load_dataset(files, dir);
    v.problems = warnings(data);
  } catch (const Error& e) {
    v.problems = e.problems();
    sort_by_place(v.problems);
  }
  return v;
}

FileKind file_kind(const fs::path& file) {
  std::error_code ec;  // only when the working folder is gone; then the path as given
  fs::path abs = fs::absolute(file, ec);
  abs = (ec ? file : abs).lexically_normal();
  const std::string folder = abs.parent_path().filename().string();
  if (abs.extension() != ".yaml") return FileKind::unknown;
  if (folder == "positions" && abs.filename() == "sources.yaml") return FileKind::sources;
  if (folder == "positions") return abs.filename() == "catalog.yaml" ? FileKind::catalog : FileKind::party;
  if (folder == "scenarios") return FileKind::scenario;
  return FileKind::unknown;
}

Validation validate_file(const fs::path& file) { return validate_file(DiskFiles(), file); }

Validation validate_file(const Files& files, const fs::path& file) {
  const fs::path normal = file.lexically_normal();
  const fs::path dir = normal.parent_path().parent_path();
  Validation all = validate_folder(files, dir);
  Validation v;
  v.files = 1;
  const std::string name = normal.string();
  for (const auto& d : all.problems)
    if (d.where.file == name) v.problems.push_back(d);
  if (v.problems.empty() && all.errors() > 0) {
    // The file was never reached: what it depends on has errors.
    for (const auto& d : all.problems)
      if (d.severity == Severity::error) v.problems.push_back(d);
  }
  return v;
}

}  // namespace positions
