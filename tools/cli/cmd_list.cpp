#include <sstream>

#include "commands.hpp"
#include "json_writer.hpp"
#include "positions/load.hpp"
#include "text_layout.hpp"
#include "selection.hpp"

namespace positions::cli {

namespace {

void list_text(std::ostream& out, const Dataset& data) {
  out << "PARTIES\n";
  for (const auto& p : data.parties) {
    std::string head = "  " + p.code;
    head.resize(std::max<size_t>(head.size() + 2, 12), ' ');
    out << wrap(p.name + " (" + std::to_string(p.stances.size()) + " stances)", head,
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
      out << wrap(join(s.lineage, " -> ") + " (" + std::to_string(shifts) + (shifts == 1 ? " shift)" : " shifts)"),
                  "    what-if: ", "             ");
    }
  }
}

void list_json(std::ostream& out, const Dataset& data) {
  JsonWriter w(out);
  w.begin_object();
  w.key("format").value("positions-list");
  w.key("version").value(1);
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
  for (const auto& s : data.scenarios) {
    w.begin_object();
    w.key("name").value(s.name);
    w.key("title").value(s.title);
    w.key("date").value(s.date.str());
    w.key("parties").begin_array();
    for (int p : s.parties) w.value(data.parties[p].code);
    w.end_array();
    w.end_object();
  }
  w.end_array();
  w.end_object();
  w.finish();
}

}  // namespace

int run_list(Invocation& inv) {
  po::options_description options("Options");
  options.add_options()("help,h", "this help")(
      "format", po::value<std::string>()->value_name("FORMAT")->default_value("text"), "text or json")(
      "data", po::value<std::string>()->value_name("DIR"), "the data folder (default: .)");
  po::variables_map vm = parse_command("list", inv.args, options, false);
  if (vm.count("help")) {
    inv.out << "Usage: positions list [options]\n\nThe parties, issues and scenarios in the data.\n\n"
            << options << "\nExample:\n  positions list\n";
    return 0;
  }
  const Format format = format_option("list", vm);
  const Dataset data = load_dataset(data_dir(vm, inv.data_dir));
  std::ostringstream text;
  if (format == Format::json) list_json(text, data);
  else list_text(text, data);
  inv.out << text.str();
  return 0;
}

}  // namespace positions::cli
