#include "list_report.hpp"

#include <algorithm>

#include "json_shapes.hpp"
#include "text_layout.hpp"
#include "wording.hpp"

namespace positions {

void write_list_text(std::ostream& out, const Dataset& data) {
  out << "PARTIES\n";
  for (const auto& p : data.parties) {
    std::string head = "  " + p.code;
    head.resize(std::max<size_t>(head.size() + 2, 12), ' ');
    out << wrap(p.name + " (" + plural(p.stances.size(), "stance", "stances") + ")", head,
                std::string(head.size(), ' '));
  }
  out << "\nISSUES\n";
  for (const auto& i : data.catalog.issues) {
    std::vector<std::string> ids;
    for (const auto& o : i.options) ids.push_back(o.id);
    out << wrap(i.id + ": " + i.title, "  ", "    ");
    out << wrap(join(ids, i.ordered ? " < " : ", "), "    options: ", "             ");
  }
  out << "\nSCENARIOS\n";
  if (data.scenarios.empty()) out << "  none\n";
  for (const auto& s : data.scenarios) {
    std::vector<std::string> codes;
    for (int p : s.parties) codes.push_back(data.parties[p].code);
    out << wrap(s.name + " (" + s.date.str() + "): " + s.title, "  ", "    ");
    out << wrap(join(codes), "    parties: ", "             ");
    if (!s.builds_on.empty()) {
      const size_t shifts = s.inherited.size() + s.assume.size();
      out << wrap(join(s.lineage, " -> ") + " (" + plural(shifts, "shift", "shifts") + ")",
                  "    what-if: ", "             ");
    }
  }
}

void write_list_json(std::ostream& out, const Dataset& data) {
  JsonWriter w(out);
  begin_json_document(w, "list");
  w.key("parties").begin_array();
  for (const auto& p : data.parties) {
    w.begin_object();
    w.key("code").value(p.code);
    w.key("name").value(p.name);
    w.key("stances").value(static_cast<int>(p.stances.size()));
    w.end_object();
  }
  w.end_array();
  w.key("issues").begin_array();
  for (const auto& i : data.catalog.issues) {
    w.begin_object();
    w.key("id").value(i.id);
    w.key("title").value(i.title);
    w.key("ordered").value(i.ordered);
    w.key("options").begin_array();
    for (const auto& o : i.options) {
      w.begin_object();
      w.key("id").value(o.id);
      w.key("label").value(o.label);
      w.end_object();
    }
    w.end_array();
    w.end_object();
  }
  w.end_array();
  w.key("scenarios").begin_array();
  for (const auto& s : data.scenarios) write_scenario_json(w, data, s);
  w.end_array();
  w.end_object();
  w.finish();
}

}  // namespace positions
