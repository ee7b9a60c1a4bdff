#include "yaml_shape.hpp"

#include <yaml-cpp/eventhandler.h>
#include <yaml-cpp/node/impl.h>
#include <yaml-cpp/parser.h>

#include <istream>
#include <streambuf>
#include <vector>

namespace positions {
struct BuiltNode;
}  // namespace positions

// yaml-cpp 0.7 keeps its NodeBuilder private and gives Node no public way to
// wrap a node it did not build itself; Node befriends every as_if, so this
// one specialization, for a type of ours, is the door. It is what lets the
// limits be checked in the same pass that builds the tree.
template <>
struct YAML::as_if<positions::BuiltNode, void> {
  static Node wrap(detail::node& n, const detail::shared_memory_holder& memory) { return Node(n, memory); }
};

namespace positions {

namespace {

struct LimitHit {
  ShapeProblem problem;
};

// Builds what YAML::Load would build, counting it with aliases expanded, and
// stops (by throwing LimitHit) as soon as a limit is passed, so a bomb is
// never walked. Only the first document is built; later ones are counted to
// be refused.
class LimitedBuilder : public YAML::EventHandler {
 public:
  explicit LimitedBuilder(const std::string& text) : text_(text) {}

  int documents = 0;
  YAML::Mark document_start[3];
  bool root_is_null = false;

  YAML::Node root() const {
    if (!root_) return YAML::Node();
    return YAML::as_if<BuiltNode, void>::wrap(*root_, memory_);
  }

  void OnDocumentStart(const YAML::Mark& mark) override {
    if (documents < 3) document_start[documents] = mark;
    ++documents;
    root_is_null = false;
    at_root_ = true;
  }
  void OnDocumentEnd() override {}

  void OnNull(const YAML::Mark& mark, YAML::anchor_t anchor) override {
    if (at_root_) root_is_null = true;
    YAML::detail::node* n = leaf(mark, anchor);
    if (n) n->set_null();
    done(n);
  }
  void OnScalar(const YAML::Mark& mark, const std::string& tag, YAML::anchor_t anchor,
                const std::string& value) override {
    check_closed(mark);
    check_tag(mark, tag);
    // A NUL can only come from a "\0" escape; it is never text, and the
    // terminal boundary (visible.hpp) keeps NUL for its own colour marks.
    if (value.find('\0') != std::string::npos)
      throw LimitHit{{mark, "the value contains a NUL character (\\0), which is not text",
                      "remove the \\0 escape"}};
    YAML::detail::node* n = leaf(mark, anchor);
    if (n) {
      n->set_scalar(value);
      n->set_tag(tag);
    }
    done(n);
  }
  void OnAlias(const YAML::Mark& mark, YAML::anchor_t anchor) override {
    at_root_ = false;
    if (anchor == 0 || anchor >= anchors_.size() || anchors_[anchor].open) {
      throw LimitHit{{mark, "an alias refers to the node that contains it, which would make a loop",
                      "aliases may only name a node that is complete before them"}};
    }
    const Anchored& a = anchors_[anchor];
    add_nodes(mark, a.nodes);
    reach(mark, depth_ + a.depth);
    done(a.node);  // shared, as YAML::Load shares it
  }
  void OnSequenceStart(const YAML::Mark& mark, const std::string& tag, YAML::anchor_t anchor,
                       YAML::EmitterStyle::value style) override {
    check_tag(mark, tag);
    open(mark, anchor, YAML::NodeType::Sequence, tag, style);
  }
  void OnSequenceEnd() override { close(); }
  void OnMapStart(const YAML::Mark& mark, const std::string& tag, YAML::anchor_t anchor,
                  YAML::EmitterStyle::value style) override {
    check_tag(mark, tag);
    open(mark, anchor, YAML::NodeType::Map, tag, style);
  }
  void OnMapEnd() override { close(); }

 private:
  struct Anchored {
    std::size_t nodes = 0;  // in the anchored node, aliases expanded
    int depth = 0;          // levels of nesting inside it
    bool open = true;
    YAML::detail::node* node = nullptr;
  };
  struct Frame {
    YAML::anchor_t anchor;
    std::size_t nodes_before;
    int depth;
    int deepest;
    YAML::detail::node* collection;  // null past the first document
    YAML::detail::node* key;         // a map's key waiting for its value
  };

  // yaml-cpp gives "?" for an untagged plain value and "!" for a quoted one;
  // anything else was written as a tag (!!binary, !!int, !custom). The loader
  // reads every value as text, so a tag would be silently ignored: refuse it.
  static void check_tag(const YAML::Mark& mark, const std::string& tag) {
    if (tag.empty() || tag == "?" || tag == "!") return;
    std::string shown = tag;
    const std::string core = "tag:yaml.org,2002:";
    if (shown.rfind(core, 0) == 0) shown = "!!" + shown.substr(core.size());
    throw LimitHit{{mark, "the YAML tag '" + shown + "' is not read; data files use plain values",
                    "remove the tag: every value is read as text, then checked"}};
  }
  // A new node at `mark`, or null past the first document.
  YAML::detail::node* create(const YAML::Mark& mark) {
    if (documents > 1) return nullptr;
    YAML::detail::node& n = memory_->create_node();
    n.set_mark(mark);
    return &n;
  }
  YAML::detail::node* leaf(const YAML::Mark& mark, YAML::anchor_t anchor) {
    at_root_ = false;
    add_nodes(mark, 1);
    YAML::detail::node* n = create(mark);
    if (anchor) define(anchor, {1, 0, false, n});
    return n;
  }
  // A complete node goes into the collection being read, or is the root.
  void done(YAML::detail::node* n) {
    if (!n) return;
    if (frames_.empty()) {
      root_ = n;
      return;
    }
    Frame& f = frames_.back();
    if (!f.collection) return;
    if (f.collection->type() == YAML::NodeType::Sequence) {
      f.collection->push_back(*n, memory_);
    } else if (!f.key) {
      f.key = n;
    } else {
      f.collection->insert(*f.key, *n, memory_);
      f.key = nullptr;
    }
  }
  void open(const YAML::Mark& mark, YAML::anchor_t anchor, YAML::NodeType::value type, const std::string& tag,
            YAML::EmitterStyle::value style) {
    at_root_ = false;
    add_nodes(mark, 1);
    YAML::detail::node* n = create(mark);
    if (n) {
      n->set_type(type);
      n->set_tag(tag);
      n->set_style(style);
    }
    if (anchor) define(anchor, {0, 0, true, n});
    ++depth_;
    reach(mark, depth_);
    frames_.push_back({anchor, nodes_ - 1, depth_, depth_, n, nullptr});
  }
  void close() {
    if (frames_.empty()) return;
    Frame f = frames_.back();
    frames_.pop_back();
    --depth_;
    if (f.anchor) define(f.anchor, {nodes_ - f.nodes_before, f.deepest - f.depth + 1, false, f.collection});
    if (!frames_.empty() && f.deepest > frames_.back().deepest) frames_.back().deepest = f.deepest;
    done(f.collection);
  }
  void define(YAML::anchor_t anchor, Anchored a) {
    if (anchor >= anchors_.size()) anchors_.resize(anchor + 1);
    anchors_[anchor] = a;
  }
  void add_nodes(const YAML::Mark& mark, std::size_t n) {
    nodes_ += n;
    if (nodes_ > YamlLimits::max_nodes) {
      throw LimitHit{{mark, "the file has more than " + std::to_string(YamlLimits::max_nodes) +
                                " values (counting each alias as a copy of what it names); "
                                "at most that many are read",
                      "split the data into smaller files, or use fewer aliases"}};
    }
  }
  void reach(const YAML::Mark& mark, int depth) {
    if (depth > YamlLimits::max_depth) {
      throw LimitHit{{mark, "maps and lists are nested more than " +
                                std::to_string(YamlLimits::max_depth) + " deep here; at most that is read",
                      "the data format needs only a few levels: check the indentation and brackets"}};
    }
    if (!frames_.empty() && depth > frames_.back().deepest) frames_.back().deepest = depth;
  }

  // yaml-cpp 0.7 reads a quoted value that is never closed to the end of the
  // file, without an error, when a line break follows it.
  void check_closed(const YAML::Mark& mark) {
    if (mark.pos < 0 || static_cast<std::size_t>(mark.pos) >= text_.size()) return;
    const char quote = text_[static_cast<std::size_t>(mark.pos)];
    if (quote != '"' && quote != '\'') return;
    for (std::size_t i = static_cast<std::size_t>(mark.pos) + 1; i < text_.size(); ++i) {
      if (quote == '"' && text_[i] == '\\') ++i;
      else if (text_[i] == quote && quote == '\'' && i + 1 < text_.size() && text_[i + 1] == '\'') ++i;
      else if (text_[i] == quote) return;
    }
    throw LimitHit{{mark, std::string("YAML syntax error: the quote opened here is never closed"),
                    std::string("end the value with ") + quote}};
  }

  const std::string& text_;
  bool at_root_ = false;
  int depth_ = 0;
  std::size_t nodes_ = 0;
  std::vector<Frame> frames_;
  std::vector<Anchored> anchors_;
  YAML::detail::shared_memory_holder memory_ = std::make_shared<YAML::detail::memory_holder>();
  YAML::detail::node* root_ = nullptr;
};

bool same_place(const YAML::Mark& a, const YAML::Mark& b) {
  return a.pos == b.pos && a.line == b.line && a.column == b.column;
}

}  // namespace

namespace {

// The parser reads the text where it is: an istringstream would copy it.
class TextBuffer : public std::streambuf {
 public:
  explicit TextBuffer(const std::string& text) {
    char* begin = const_cast<char*>(text.data());  // only ever read
    setg(begin, begin, begin + text.size());
  }
};

}  // namespace

ParsedYaml parse_yaml_within_limits(const std::string& text) {
  TextBuffer buffer(text);
  std::istream in(&buffer);
  YAML::Parser parser(in);
  LimitedBuilder builder(text);
  auto refused = [](ShapeProblem p) { return ParsedYaml{YAML::Node(), std::move(p)}; };
  try {
    // At most three documents are asked for: LoadAll's endless loop (yaml-cpp
    // 0.7) comes from a parser that returns the same empty document forever
    // when a token does not start a node; a document that starts where the
    // one before it did is that case, a syntax error.
    if (!parser.HandleNextDocument(builder))
      return refused({YAML::Mark::null_mark(), "the file is empty; expected a YAML map", ""});
    const bool empty = builder.root_is_null;
    for (int k = 1; k < 3 && parser.HandleNextDocument(builder); ++k) {
      if (same_place(builder.document_start[k], builder.document_start[k - 1])) {
        const YAML::Mark& m = builder.document_start[k];
        const char c = m.pos >= 0 && static_cast<std::size_t>(m.pos) < text.size() ? text[m.pos] : '?';
        return refused({m, std::string("YAML syntax error: unexpected '") + c + "' where a value was expected", ""});
      }
    }
    if (empty && builder.documents == 1)
      return refused({YAML::Mark::null_mark(), "the file is empty; expected a YAML map", ""});
    if (builder.documents > 1) {
      return refused({builder.document_start[1], "a second YAML document starts here; a file holds one document",
                      "remove the '---' line (or split the documents into separate files)"});
    }
  } catch (const LimitHit& hit) {
    return refused(hit.problem);
  }
  return {builder.root(), std::nullopt};
}

}  // namespace positions
