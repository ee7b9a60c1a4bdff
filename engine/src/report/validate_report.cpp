#include "validate_report.hpp"

#include "ansi.hpp"
#include "json_shapes.hpp"
#include "wording.hpp"

namespace positions {

void write_validate_text(std::ostream& out, const Validation& v, bool color) {
  for (const auto& d : v.problems) out << format(d, color) << '\n';
  const std::string files = plural(v.files, "file", "files");
  if (v.problems.empty()) {
    out << "no problems found in " << files << '\n';
    return;
  }
  out << paint(plural(v.errors(), "error", "errors"), Tint::red, color && v.errors() > 0) << ", "
      << plural(v.warnings(), "warning", "warnings") << " in " << files << '\n';
}

void write_validate_json(std::ostream& out, const Validation& v) {
  JsonWriter w(out);
  begin_json_document(w, "validate");
  w.key("files").value(v.files);
  w.key("errors").value(v.errors());
  w.key("warnings").value(v.warnings());
  w.key("problems").begin_array();
  for (const auto& d : v.problems) {
    w.begin_object();
    w.key("file").value(d.where.file);
    w.key("line").value(d.where.line);
    w.key("column").value(d.where.column);
    w.key("severity").value(d.severity == Severity::error ? "error" : "warning");
    w.key("message").value(d.message);
    w.key("hint").value(d.hint);
    w.end_object();
  }
  w.end_array();
  w.end_object();
  w.finish();
}

}  // namespace positions
