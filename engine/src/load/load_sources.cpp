// positions/sources.yaml: each source document once (title, outlet, author,
// publication date, the file it is kept in), the voices that speak for no
// party, and the folder the files are in. And the governments of a party:
// which stances belong to which, and what a government takes over.
#include <algorithm>

#include "load_parts.hpp"
#include "suggest.hpp"
#include "table.hpp"

namespace positions {

namespace {

std::optional<std::string> opt_text(YamlReader& r, const Fields& f, const std::string& key, const std::string& what) {
  if (!f.has(key)) return std::nullopt;
  return r.text(f[key], what, f.key_at(key));
}

}  // namespace

void read_sources(YamlReader& r, const YAML::Node& root, Dataset& data) {
  data.sources_file = r.file();
  if (!root) return;
  Fields f(r, root, "the sources file", {"folder", "sources", "voices"}, {});
  if (!f.ok()) return;
  f.require("folder", "the folder the source files are kept in, relative to the data folder, like ../shared/seeds");
  if (auto s = opt_text(r, f, "folder", "'folder'")) data.documents_folder = *s;
  if (f.require("sources", "a list of source documents")) {
    for (const auto& n : r.items(f["sources"], "'sources'", f.key_at("sources"))) {
      Fields sf(r, n, "a source", {"id", "title", "outlet", "author", "published", "file", "url"}, f.key_at("sources"));
      if (!sf.ok()) continue;
      auto doc = std::make_shared<SourceDoc>();
      doc->where = sf.where();
      sf.require("id", "an identifier for evidence to cite");
      sf.require("title", "the document's title");
      sf.require("outlet", "who published it");
      sf.require("published", "the publication date (YYYY-MM-DD, YYYY-MM or YYYY), or unknown");
      sf.require("file", "the file it is kept in, in the sources folder");
      if (sf.has("id")) {
        if (auto id = r.id(sf["id"], "source id", sf.key_at("id"))) {
          for (const auto& d : data.documents)
            if (d->id == *id) r.error(r.at(sf["id"]), "duplicate source id '" + *id + "'");
          doc->id = *id;
        }
      }
      if (auto s = opt_text(r, sf, "title", "the source's title")) doc->title = *s;
      if (auto s = opt_text(r, sf, "outlet", "the source's outlet")) doc->outlet = *s;
      if (auto s = opt_text(r, sf, "author", "the source's author")) doc->author = *s;
      if (auto s = opt_text(r, sf, "file", "the source's file")) {
        if (s->find('/') != std::string::npos || *s == "." || *s == "..")
          r.error(r.at(sf["file"]), "'file' is a file name in the sources folder, not a path",
                  "set the folder with 'folder:' at the top of the file");
        doc->file = *s;
      }
      if (auto s = opt_text(r, sf, "url", "the source's URL")) doc->url = *s;
      if (sf.has("published")) {
        if (auto s = r.text(sf["published"], "'published'", sf.key_at("published")); s && *s != "unknown")
          doc->published = r.when(sf["published"], "'published'", sf.key_at("published"));
      }
      if (!doc->id.empty()) data.documents.push_back(std::move(doc));
    }
  }
  if (f.has("voices")) {
    for (const auto& n : r.items(f["voices"], "'voices'", f.key_at("voices"))) {
      Fields vf(r, n, "a voice", {"id", "name", "role"}, f.key_at("voices"));
      if (!vf.ok()) continue;
      Speaker v;
      vf.require("id", "an identifier for evidence to name");
      vf.require("name", "who it is: a person, an office, unnamed officials, an outlet");
      if (vf.has("id")) {
        if (auto id = r.id(vf["id"], "voice id", vf.key_at("id"))) {
          for (const auto& o : data.voices)
            if (o.id == *id) r.error(r.at(vf["id"]), "duplicate voice id '" + *id + "'");
          v.id = *id;
        }
      }
      if (auto s = opt_text(r, vf, "name", "the voice's name")) v.name = *s;
      if (auto s = opt_text(r, vf, "role", "the voice's role")) v.role = *s;
      if (!v.id.empty()) data.voices.push_back(std::move(v));
    }
  }
}

std::vector<Diagnostic> resolve_governments(Dataset& data) {
  std::vector<Diagnostic> problems;
  for (auto& p : data.parties) {
    for (size_t g = 0; g < p.governments.size(); ++g) {
      const Government& gov = p.governments[g];
      if (gov.continues.empty()) continue;
      const int q = data.party_index(gov.continues);
      if (q < 0 || gov.continues == p.code) {
        problems.push_back({gov.where,
                            q < 0 ? "government '" + gov.id + "' continues '" + gov.continues + "', which is not a party"
                                  : "government '" + gov.id + "' continues its own party",
                            did_you_mean(gov.continues, data.party_codes()), {}, Severity::error});
        continue;
      }
      if (!gov.from) continue;
      const Party& from = data.parties[static_cast<size_t>(q)];
      std::vector<Stance> carried;
      for (int i = 0; i < static_cast<int>(data.catalog.issues.size()); ++i) {
        const Stance* own = nullptr;
        for (const auto& st : p.stances)
          if (st.issue == i && st.date == *gov.from) own = &st;
        if (own) continue;
        // The day before taking office: what the team had said until then.
        const Stance* last = nullptr;
        for (const auto& st : from.stances)
          if (st.issue == i && st.date < *gov.from && from.in_force(st, st.date)) last = &st;
        if (!last) continue;
        Stance copy = *last;
        copy.date = *gov.from;
        copy.when = When::on(*gov.from);
        copy.government = static_cast<int>(g);
        copy.carried_from = from.code;
        carried.push_back(std::move(copy));
      }
      for (auto& c : carried) p.stances.push_back(std::move(c));
    }
    std::stable_sort(p.stances.begin(), p.stances.end(), [](const Stance& a, const Stance& b) {
      return std::tie(a.issue, a.date) < std::tie(b.issue, b.date);
    });
  }
  return problems;
}

}  // namespace positions
