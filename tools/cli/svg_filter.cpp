#include "svg_filter.hpp"

#include <algorithm>
#include <cctype>
#include <set>
#include <vector>

namespace positions::cli {

namespace {

// What a drawing of a graph by `dot -Tsvg` uses, and nothing that runs,
// loads or links: no script, style, foreignObject, image, use, animate, set.
const std::set<std::string>& kept_elements() {
  static const std::set<std::string> s = {"svg",  "g",        "title",    "desc",   "path",
                                          "polygon", "polyline", "ellipse", "circle", "line",
                                          "rect", "text",     "tspan",    "defs",   "linearGradient",
                                          "radialGradient", "stop"};
  return s;
}

// Presentation and geometry only: no on* handler, no href, no style.
const std::set<std::string>& kept_attributes() {
  static const std::set<std::string> s = {
      "id", "class", "transform", "fill", "fill-opacity", "stroke", "stroke-width", "stroke-dasharray",
      "stroke-opacity", "stroke-linecap", "stroke-linejoin", "opacity", "font-family", "font-size",
      "font-weight", "font-style", "text-anchor", "text-decoration", "dominant-baseline", "points", "d",
      "x", "y", "x1", "y1", "x2", "y2", "cx", "cy", "r", "rx", "ry", "width", "height", "viewBox",
      "preserveAspectRatio", "offset", "stop-color", "stop-opacity", "gradientUnits", "gradientTransform"};
  return s;
}

struct Attribute {
  std::string name, value;
};

bool is_name_char(char c) {
  return std::isalnum(static_cast<unsigned char>(c)) || c == '-' || c == '_' || c == ':' || c == '.';
}

// A value that can only draw: no entity (which could spell anything), no ':'
// (javascript:, http:), and url(...) only as a reference inside the picture.
bool safe_value(const std::string& v) {
  if (v.find_first_of("&:<>\\") != std::string::npos) return false;
  for (size_t at = v.find('('); at != std::string::npos; at = v.find('(', at + 1)) {
    std::string before = v.substr(at >= 3 ? at - 3 : 0, at >= 3 ? 3 : at);
    std::transform(before.begin(), before.end(), before.begin(), [](unsigned char c) { return std::tolower(c); });
    if (before == "url" && (at + 1 >= v.size() || v[at + 1] != '#')) return false;
  }
  return true;
}

std::string prefixed_urls(const std::string& v, const std::string& prefix) {
  std::string out;
  for (size_t i = 0; i < v.size();) {
    if (v.compare(i, 5, "url(#") == 0) {
      out += "url(#" + prefix + "-";
      i += 5;
    } else {
      out += v[i++];
    }
  }
  return out;
}

class Filter {
 public:
  Filter(const std::string& text, const std::string& prefix) : s_(text), prefix_(prefix) {}

  std::string run() {
    while (i_ < s_.size()) {
      if (s_[i_] != '<') {
        const size_t end = std::min(s_.find('<', i_), s_.size());
        if (shown()) out_.append(s_, i_, end - i_);
        i_ = end;
      } else if (skip("<!--", "-->") || skip("<![CDATA[", "]]>") || skip("<?", "?>") || skip("<!", ">")) {
      } else if (s_.compare(i_, 2, "</") == 0) {
        end_tag();
      } else {
        start_tag();
      }
    }
    // Close what a truncated picture left open, so the page stays well formed.
    while (!stack_.empty()) {
      const auto [name, kind] = stack_.back();
      stack_.pop_back();
      if (kind == Kind::dropped) --dropped_depth_;
      else if (kind == Kind::kept && shown()) out_ += "</" + name + ">";
    }
    return out_;
  }

 private:
  enum class Kind { kept, unwrapped, dropped };

  bool shown() const { return dropped_depth_ == 0; }

  bool skip(const char* open, const char* close) {
    if (s_.compare(i_, std::char_traits<char>::length(open), open) != 0) return false;
    const size_t end = s_.find(close, i_);
    i_ = end == std::string::npos ? s_.size() : end + std::char_traits<char>::length(close);
    return true;
  }

  std::string name_at() {
    const size_t start = i_;
    while (i_ < s_.size() && is_name_char(s_[i_])) ++i_;
    return s_.substr(start, i_ - start);
  }
  void spaces() {
    while (i_ < s_.size() && std::isspace(static_cast<unsigned char>(s_[i_]))) ++i_;
  }

  void end_tag() {
    i_ += 2;
    const std::string name = name_at();
    const size_t close = s_.find('>', i_);
    i_ = close == std::string::npos ? s_.size() : close + 1;
    // Only the innermost open element can close; anything else is ignored.
    if (stack_.empty() || stack_.back().first != name) return;
    const Kind k = stack_.back().second;
    stack_.pop_back();
    if (k == Kind::dropped) --dropped_depth_;
    else if (k == Kind::kept && shown()) out_ += "</" + name + ">";
  }

  void start_tag() {
    ++i_;
    const std::string name = name_at();
    std::vector<Attribute> attrs;
    bool self_closing = false;
    while (i_ < s_.size()) {
      spaces();
      if (i_ >= s_.size()) break;
      if (s_[i_] == '>') {
        ++i_;
        break;
      }
      if (s_.compare(i_, 2, "/>") == 0) {
        self_closing = true;
        i_ += 2;
        break;
      }
      const std::string an = name_at();
      if (an.empty()) {  // not a name: skip the character
        ++i_;
        continue;
      }
      spaces();
      std::string value;
      if (i_ < s_.size() && s_[i_] == '=') {
        ++i_;
        spaces();
        if (i_ < s_.size() && (s_[i_] == '"' || s_[i_] == '\'')) {
          const char q = s_[i_++];
          const size_t end = std::min(s_.find(q, i_), s_.size());
          value = s_.substr(i_, end - i_);
          i_ = std::min(end + 1, s_.size());
        } else {
          const size_t start = i_;
          while (i_ < s_.size() && !std::isspace(static_cast<unsigned char>(s_[i_])) && s_[i_] != '>') ++i_;
          value = s_.substr(start, i_ - start);
        }
      }
      attrs.push_back({an, value});
    }
    Kind kind = Kind::dropped;
    if (name.empty() || !shown()) kind = Kind::dropped;
    else if (name == "a") kind = Kind::unwrapped;
    else if (kept_elements().count(name)) kind = Kind::kept;
    if (kind == Kind::kept) {
      out_ += "<" + name;
      if (name == "svg") out_ += " xmlns=\"http://www.w3.org/2000/svg\"";
      for (const auto& a : attrs) {
        if (!kept_attributes().count(a.name) || !safe_value(a.value)) continue;
        std::string v = a.name == "id" ? prefix_ + "-" + a.value : prefixed_urls(a.value, prefix_);
        out_ += " " + a.name + "=\"" + v + "\"";
      }
      out_ += self_closing ? "/>" : ">";
    }
    if (self_closing) return;
    stack_.push_back({name, kind});
    if (kind == Kind::dropped) ++dropped_depth_;
  }

  const std::string& s_;
  const std::string& prefix_;
  size_t i_ = 0;
  std::string out_;
  std::vector<std::pair<std::string, Kind>> stack_;
  int dropped_depth_ = 0;
};

}  // namespace

Figure filter_svg(const std::string& svg, const std::string& id_prefix, const std::string& program) {
  const size_t start = svg.find("<svg");
  const size_t end = svg.rfind("</svg>");
  if (start == std::string::npos || end == std::string::npos || end < start)
    return {{}, "Graphviz '" + program + "' gave no picture"};
  const std::string body = svg.substr(start, end + 6 - start);
  std::string out = Filter(body, id_prefix).run();
  if (out.rfind("<svg", 0) != 0) return {{}, "Graphviz '" + program + "' gave no picture"};
  return {out, {}};
}

}  // namespace positions::cli
