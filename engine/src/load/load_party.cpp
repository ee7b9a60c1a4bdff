#include <algorithm>
#include <functional>
#include <optional>
#include <string_view>
#include <unordered_map>

#include "load_parts.hpp"
#include "lookalike.hpp"
#include "suggest.hpp"

namespace positions {

namespace {

// A list of option ids of one issue, as a set; reports unknown and repeated ones.
OptionSet read_options(YamlReader& r, const Fields& f, const std::string& key, const Issue& issue) {
  OptionSet set = 0;
  if (!f.has(key)) return set;
  std::vector<std::string> ids;
  for (const auto& o : issue.options) ids.push_back(o.id);
  for (const auto& item : r.items(f[key], "'" + key + "'", f.key_at(key))) {
    auto s = r.text(item, "an option in '" + key + "'", f.key_at(key));
    if (!s) continue;
    int o = issue.option_index(*s);
    if (o < 0) {
      std::string hint = did_you_mean(without_lookalikes(*s), ids);
      if (std::string odd = describe_lookalike(*s); !odd.empty())
        hint = "it " + odd + (hint.empty() ? "; retype it" : "; " + hint);
      else if (s->find('.') != std::string::npos) hint = "write the bare option id of issue '" + issue.id + "', without 'issue.'";
      r.error(r.at(item), "unknown option '" + *s + "' for issue '" + issue.id + "'",
              hint.empty() ? "its options: " + [&] {
                std::string all;
                for (const auto& i : ids) all += (all.empty() ? "" : ", ") + i;
                return all;
              }() : hint);
      continue;
    }
    const OptionSet bit = OptionSet{1} << o;
    if (set & bit) r.error(r.at(item), "option '" + *s + "' is listed twice in '" + key + "'");
    set |= bit;
  }
  return set;
}

// Reports options of `later` already in `earlier`: a stance cannot both want
// and rule out a term.
void check_disjoint(YamlReader& r, const Fields& f, const Issue& issue, OptionSet earlier,
                    const std::string& earlier_key, OptionSet later, const std::string& later_key) {
  for (int o : options_in(earlier & later))
    r.error(f.key_at(later_key), "option '" + issue.options[o].id + "' of issue '" + issue.id +
                                     "' is in both '" + earlier_key + "' and '" + later_key + "'",
            "a stance lists each option once: wanted, accepted or ruled out");
}

// A speaker id of the party, or a voice of the sources file; an error naming
// what is declared when it is neither.
std::optional<Speaker> read_voice(YamlReader& r, const Fields& f, const std::string& key, const Party& party,
                                  const Dataset* data) {
  auto s = r.id(f[key], "'" + key + "'", f.key_at(key));
  if (!s) return std::nullopt;
  if (const Speaker* sp = party.speaker(*s)) return *sp;
  std::vector<std::string> ids;
  for (const auto& sp : party.speakers) ids.push_back(sp.id);
  if (data)
    for (const auto& v : data->voices) {
      if (v.id == *s) return v;
      ids.push_back(v.id);
    }
  std::string hint = did_you_mean(*s, ids);
  r.error(r.at(f[key]), "unknown speaker '" + *s + "' for party '" + party.code + "'",
          !hint.empty() ? hint
          : data && !data->sources_file.empty()
              ? "add it under 'speakers:' in the party file, or under 'voices:' in " + data->sources_file +
                    " if it speaks for no party"
              : "add it under 'speakers:' in the party file");
  return std::nullopt;
}

Evidence read_evidence(YamlReader& r, const YAML::Node& node, const Party& party, const Dataset* data, bool& good) {
  Evidence ev;
  Fields f(r, node, "an evidence entry",
           {"source", "date", "date_note", "speaker", "about", "relayed_by", "quote", "basis"}, {});
  if (!f.ok()) { good = false; return ev; }
  ev.where = f.where();
  good &= f.require("source", "a source id of positions/sources.yaml (or the source document's file name)") &
          f.require("date", "when it was said or reported: YYYY-MM-DD, YYYY-MM or YYYY, optionally after 'about '") &
          f.require("quote", "the words, verbatim from the source") &
          f.require("basis", "on_record, reported or inferred");
  if (f.has("source")) {
    if (auto s = r.text(f["source"], "'source'", f.key_at("source"))) {
      ev.source = *s;
      if (data && !data->documents.empty()) {
        std::vector<std::string> ids;
        for (const auto& d : data->documents) {
          if (d->id == *s || d->file == *s) ev.doc = d;
          ids.push_back(d->id);
        }
        if (!ev.doc) {
          r.error(r.at(f["source"]), "unknown source '" + *s + "'",
                  [&] {
                    std::string h = did_you_mean(*s, ids);
                    return h.empty() ? "declare it under 'sources:' in " + data->sources_file : h;
                  }());
          good = false;
        }
      }
    } else {
      good = false;
    }
  }
  if (f.has("date")) {
    if (auto d = r.when(f["date"], "evidence date", f.key_at("date"))) ev.date = *d; else good = false;
  }
  if (f.has("date_note")) {
    if (auto n = r.text(f["date_note"], "'date_note'", f.key_at("date_note"))) ev.date_note = *n; else good = false;
  }
  if (ev.date.about && ev.date_note.empty() && f.has("date")) {
    r.error(f.key_at("date"), "an approximate date needs 'date_note' saying where it comes from",
            "for example: date_note: \"'last week' in a report published about 2025-10-23\"");
    good = false;
  }
  if (f.has("quote")) {
    if (auto q = r.text(f["quote"], "'quote'", f.key_at("quote"))) ev.quote = *q; else good = false;
  }
  for (const char* key : {"speaker", "about", "relayed_by"}) {
    if (!f.has(key)) continue;
    auto who = read_voice(r, f, key, party, data);
    if (!who) { good = false; continue; }
    const std::string k = key;
    if (k == "speaker") ev.speaker = who->id, ev.speaker_who = *who;
    else if (k == "about") ev.about = who->id, ev.about_who = *who;
    else ev.relayed_by = who->id, ev.relayed_by_who = *who;
  }
  if (!ev.about.empty() && ev.about == ev.speaker) {
    r.error(f.key_at("about"), "'about' names the speaker itself",
            "leave 'about' out when the speaker gives its own view");
    good = false;
  }
  if (f.has("basis")) {
    static const std::vector<std::string> names = {"on_record", "reported", "inferred"};
    if (auto b = r.text(f["basis"], "'basis'", f.key_at("basis"))) {
      if (*b == "on_record") ev.basis = Basis::on_record;
      else if (*b == "reported") ev.basis = Basis::reported;
      else if (*b == "inferred") ev.basis = Basis::inferred;
      else {
        std::string hint = did_you_mean(*b, names);
        r.error(r.at(f["basis"]), "unknown basis '" + *b + "'; expected on_record, reported or inferred", hint);
        good = false;
      }
    } else {
      good = false;
    }
  }
  return ev;
}

}  // namespace

std::optional<Priority> read_priority(YamlReader& r, const YAML::Node& v, const Location& where) {
  static const std::vector<std::string> names = {"low", "medium", "high", "red_line"};
  auto s = r.text(v, "'priority'", where);
  if (!s) return std::nullopt;
  for (size_t i = 0; i < names.size(); ++i)
    if (*s == names[i]) return static_cast<Priority>(i + 1);
  std::string hint = did_you_mean(*s, names);
  r.error(r.at(v, where), "unknown priority '" + *s + "'; expected low, medium, high or red_line", hint);
  return std::nullopt;
}

// Shared by party files and what-if assumptions: the part of a stance that says
// what a party wants, accepts and rules out on one issue.
bool read_stance_terms(YamlReader& r, const Fields& f, const Catalog& cat, Stance& st, const IssueIds* ids) {
  bool good = true;
  const Issue& issue = cat.issues[st.issue];
  st.wants = read_options(r, f, "wants", issue);
  st.accepts = read_options(r, f, "accepts", issue);
  st.rules_out = read_options(r, f, "rules_out", issue);
  check_disjoint(r, f, issue, st.wants, "wants", st.accepts, "accepts");
  check_disjoint(r, f, issue, st.wants, "wants", st.rules_out, "rules_out");
  check_disjoint(r, f, issue, st.accepts, "accepts", st.rules_out, "rules_out");
  if (f.has("conditional")) {
    for (const auto& c : r.items(f["conditional"], "'conditional'", f.key_at("conditional"))) {
      Fields cf(r, c, "a conditional acceptance", {"accepts", "if"}, f.key_at("conditional"));
      if (!cf.ok()) { good = false; continue; }
      Conditional cond;
      cond.where = cf.where();
      good &= cf.require("accepts", "the options accepted on this condition") &
              cf.require("if", "the terms (issue.option) that must hold");
      cond.accepts = read_options(r, cf, "accepts", issue);
      for (int o : options_in(cond.accepts & (st.acceptable() | st.rules_out)))
        r.error(cf.key_at("accepts"), "option '" + issue.options[o].id +
                                          "' is accepted on a condition but already " +
                                          (st.rules_out >> o & 1 ? "ruled out" : "acceptable") +
                                          " without one"), good = false;
      for (const auto& t : r.items(cf["if"], "'if'", cf.key_at("if"))) {
        auto term = read_term(r, t, "a condition", cf.key_at("if"), cat, ids);
        if (!term) { good = false; continue; }
        if (term->issue == st.issue) {
          r.error(r.at(t), "a condition must be a term of another issue than '" + issue.id + "'");
          good = false;
          continue;
        }
        cond.if_all.push_back(*term);
      }
      if (cond.accepts && !cond.if_all.empty()) st.conditional.push_back(std::move(cond));
    }
  }
  if (f.has("must_get")) {
    st.must_get = read_options(r, f, "must_get", issue);
    const YAML::Node v = f["must_get"];
    if (v.IsNull() || (v.IsSequence() && v.size() == 0)) {
      r.error(r.at(v, f.key_at("must_get")), "'must_get' is empty; expected the options the party will not sign without",
              "leave 'must_get' out if the party has no red line on this issue");
      good = false;
    }
    for (int o : options_in(st.must_get & ~(st.acceptable() | st.conditional_options()))) {
      const bool ruled = (st.rules_out >> o) & 1;
      r.error(f.key_at("must_get"), "option '" + issue.options[o].id + "' is in 'must_get' but " +
                                        (ruled ? "ruled out" : "not wanted or accepted") +
                                        "; expected options the party wants or accepts",
              ruled ? "a party cannot demand what it refuses" : "add it to 'wants' or 'accepts'");
      good = false;
    }
  }
  // Only when nothing was written: a key with a bad value has its own error.
  const bool written = f.has("wants") || f.has("accepts") || f.has("rules_out") || f.has("conditional");
  if (!written && !st.wants && !st.accepts && !st.rules_out && st.conditional.empty()) {
    r.error(f.where(), "the stance on '" + issue.id + "' says nothing",
            "give at least one of wants, accepts, rules_out or conditional");
    good = false;
  }
  return good;
}

namespace {

void read_stance(YamlReader& r, const YAML::Node& node, const Catalog& cat, const IssueIds& ids, Party& party,
                 const Dataset* data) {
  Fields f(r, node, "a stance",
           {"issue", "date", "wants", "accepts", "rules_out", "must_get", "priority", "conditional", "evidence", "note"}, {});
  if (!f.ok()) return;
  Stance st;
  st.where = f.where();
  bool good = f.require("issue", "the issue id from the catalog") &
              f.require("date", "the day the stance takes effect, YYYY-MM-DD") &
              f.require("priority", "low, medium, high or red_line");
  if (!f.has("issue")) return;
  auto issue_id = r.text(f["issue"], "'issue'", f.key_at("issue"));
  if (!issue_id) return;
  const auto known = ids.find(*issue_id);
  st.issue = known == ids.end() ? -1 : known->second;
  if (st.issue < 0) {
    r.error(r.at(f["issue"]), "unknown issue '" + *issue_id + "'", did_you_mean(*issue_id, cat.issue_ids()));
    return;
  }
  if (f.has("date")) {
    if (auto d = r.when(f["date"], "stance date", f.key_at("date"))) st.when = *d, st.date = d->day; else good = false;
  }
  if (f.has("priority")) {
    if (auto p = read_priority(r, f["priority"], f.key_at("priority"))) st.priority = *p; else good = false;
  }
  good &= read_stance_terms(r, f, cat, st, &ids);
  if (f.has("evidence")) {
    for (const auto& e : r.items(f["evidence"], "'evidence'", f.key_at("evidence")))
      st.evidence.push_back(read_evidence(r, e, party, data, good));
  }
  if (f.has("note")) {
    if (auto n = r.text(f["note"], "'note'", f.key_at("note"))) st.note = *n; else good = false;
  }
  for (const auto& other : party.stances) {
    if (good && other.issue == st.issue && other.date == st.date) {
      r.error(st.where, "a second stance on '" + *issue_id + "' dated " + st.when.str(),
              "the first is at line " + std::to_string(other.where.line) +
                  "; a party has one stance per issue and day");
      good = false;
    }
  }
  if (good) party.stances.push_back(std::move(st));
}

// An entry of a party's `speakers:` or `governments:`: the list's key, what
// an entry is, the hints for its required id and name, and what each is.
struct EntryWords {
  const char* list;
  const char* what;
  const char* id_hint;
  const char* name_hint;
  const char* id_what;
  const char* name_what;
};

// Reads each entry of the list: its keys checked, its id and name required
// and read, an id already `taken` reported as a duplicate, then `rest` reads
// the others from the entry's fields, given the id and name read.
template <class Rest>
void read_entries(YamlReader& r, const Fields& f, const EntryWords& w, std::vector<std::string> keys,
                  const std::function<bool(const std::string&)>& taken, Rest rest) {
  if (!f.has(w.list)) return;
  for (const auto& node : r.items(f[w.list], std::string("'") + w.list + "'", f.key_at(w.list))) {
    Fields ef(r, node, w.what, keys, f.key_at(w.list));
    if (!ef.ok()) continue;
    ef.require("id", w.id_hint);
    ef.require("name", w.name_hint);
    std::optional<std::string> id, name;
    if (ef.has("id")) {
      id = r.id(ef["id"], w.id_what, ef.key_at("id"));
      if (id && taken(*id)) r.error(r.at(ef["id"]), std::string("duplicate ") + w.id_what + " '" + *id + "'");
    }
    if (ef.has("name")) name = r.text(ef["name"], w.name_what, ef.key_at("name"));
    rest(ef, id, name);
  }
}

}  // namespace

Party read_party(YamlReader& r, const YAML::Node& root, const Catalog& cat, const Dataset* data) {
  Party party;
  party.file = r.file();
  if (!root) return party;
  Fields f(r, root, "the party file", {"code", "name", "speakers", "governments", "stances"}, {});
  if (!f.ok()) return party;
  f.require("code", "the party's short code, like ru");
  f.require("name", "the party's name");
  if (f.has("code")) {
    if (auto c = r.id(f["code"], "party code", f.key_at("code"))) party.code = *c;
  }
  if (f.has("name")) {
    if (auto n = r.text(f["name"], "the party's name", f.key_at("name"))) party.name = *n;
  }
  read_entries(r, f, {"speakers", "a speaker", "an identifier for evidence to refer to", "the person's name",
                      "speaker id", "the speaker's name"},
               {"id", "name", "role"}, [&](const std::string& id) { return party.speaker(id) != nullptr; },
               [&](const Fields& sf, const std::optional<std::string>& id, const std::optional<std::string>& name) {
                 Speaker sp;
                 if (id) {
                   sp.id = *id;
                   sp.party = party.code;
                 }
                 if (name) sp.name = *name;
                 if (sf.has("role")) {
                   if (auto n = r.text(sf["role"], "the speaker's role", sf.key_at("role"))) sp.role = *n;
                 }
                 if (!sp.id.empty()) party.speakers.push_back(std::move(sp));
               });
  read_entries(r, f, {"governments", "a government", "an identifier, like trump_admin",
                      "who represents the party, like Trump administration", "government id", "the government's name"},
               {"id", "name", "from", "continues"},
               [&](const std::string& id) {
                 return std::any_of(party.governments.begin(), party.governments.end(),
                                    [&](const Government& g) { return g.id == id; });
               },
               [&](const Fields& gf, const std::optional<std::string>& id, const std::optional<std::string>& name) {
                 Government gov;
                 gov.where = gf.where();
                 if (id) gov.id = *id;
                 if (name) gov.name = *name;
                 if (gf.has("from")) {
                   if (auto d = r.date(gf["from"], "'from'", gf.key_at("from"))) gov.from = *d;
                 } else if (!party.governments.empty()) {
                   r.error(gov.where, "missing key 'from' in a government after the first",
                           "the day it takes office, YYYY-MM-DD; only the first may leave it out");
                 }
                 if (gf.has("continues")) {
                   if (auto c = r.id(gf["continues"], "'continues'", gf.key_at("continues"))) gov.continues = *c;
                 }
                 if (!party.governments.empty() && gov.from && party.governments.back().from &&
                     *gov.from <= *party.governments.back().from)
                   r.error(gf.key_at("from"), "governments are listed in the order they take office",
                           "this one takes office on or before the one above it");
                 party.governments.push_back(std::move(gov));
               });
  if (f.require("stances", "a list of stances")) {
    YAML::Node stances = f["stances"];
    if (!stances.IsSequence())
      r.error(r.at(stances, f.key_at("stances")), "'stances' is not a list; expected a list of stances");
    else {
      const IssueIds ids = issue_ids(cat);
      for (const auto& s : stances) read_stance(r, s, cat, ids, party, data);
    }
  }
  for (auto& st : party.stances) st.government = party.government_at(st.date);
  std::stable_sort(party.stances.begin(), party.stances.end(), [](const Stance& a, const Stance& b) {
    return std::tie(a.issue, a.date) < std::tie(b.issue, b.date);
  });
  return party;
}


}  // namespace positions
