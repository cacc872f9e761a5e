// SPDX-License-Identifier: Apache-2.0
// Builds a journey::yaml::Tree from yaml-cpp parser events.
#include <yaml-cpp/depthguard.h>
#include <yaml-cpp/eventhandler.h>
#include <yaml-cpp/exceptions.h>
#include <yaml-cpp/mark.h>
#include <yaml-cpp/parser.h>

#include <algorithm>
#include <cctype>
#include <cstdio>
#include <cstring>
#include <istream>
#include <streambuf>
#include <string_view>
#include <unordered_map>
#include <unordered_set>

#include "encoding.hpp"
#include "journey/utf8.hpp"
#include "journey/yaml_tree.hpp"

namespace journey::yaml {

namespace {

// Code points in UTF-8 text: every byte that does not continue a sequence.
int code_points(std::string_view text) {
  return static_cast<int>(std::min<std::size_t>(count_code_points(text), 1u << 30));
}

// Reads a string in place; yaml-cpp wants a std::istream.
class MemoryBuffer : public std::streambuf {
 public:
  MemoryBuffer(const char* data, std::size_t size) {
    char* p = const_cast<char*>(data);
    setg(p, p, p + size);
  }
};

// Thrown from the event handler to stop the parse at a limit or a structural error.
struct StopParse {
  std::string rule;
  std::size_t offset;
  std::string message;
};

}  // namespace

class TreeBuilder final : public YAML::EventHandler {
 public:
  TreeBuilder(const SourceText& source, const Limits& limits, Findings& findings)
      : source_(source), limits_(limits), findings_(findings) {}

  Tree take() { return std::move(tree_); }
  bool has_root() const { return has_root_; }
  std::size_t documents() const { return documents_; }
  std::size_t second_document_offset() const { return second_document_offset_; }

  void OnDocumentStart(const YAML::Mark& mark) override {
    ++documents_;
    if (documents_ == 2) second_document_offset_ = static_cast<std::size_t>(mark.pos);
  }
  void OnDocumentEnd() override {}

  void OnNull(const YAML::Mark& mark, YAML::anchor_t anchor) override {
    if (ignoring()) return;
    Node node;
    node.kind = NodeKind::null;
    node.span = point_span(mark);
    finish(add(std::move(node)), anchor);
  }

  void OnAlias(const YAML::Mark& mark, YAML::anchor_t anchor) override {
    if (ignoring()) return;
    auto it = anchors_.find(anchor);
    if (it == anchors_.end()) {
      throw StopParse{"yaml-syntax", static_cast<std::size_t>(mark.pos),
                      "this alias refers to the node that contains it (a recursive alias)"};
    }
    expansion_ += sizes_[it->second];
    if (expansion_ > limits_.max_alias_expansion) {
      throw StopParse{"input-limit", static_cast<std::size_t>(mark.pos),
                      "aliases expand this document to more than " +
                          std::to_string(limits_.max_alias_expansion) +
                          " nodes (a YAML alias bomb?); journey refuses it"};
    }
    attach(it->second);
  }

  void OnScalar(const YAML::Mark& mark, const std::string& tag, YAML::anchor_t anchor,
                const std::string& value) override {
    if (ignoring()) return;
    Node node;
    node.kind = NodeKind::scalar;
    // yaml-cpp tags quoted and block scalars "!" and plain ones "?"; other tags are explicit.
    node.plain = tag != "!";
    node.value = value;
    node.span = scalar_span(mark, value);
    finish(add(std::move(node)), anchor);
  }

  void OnSequenceStart(const YAML::Mark& mark, const std::string&, YAML::anchor_t anchor,
                       YAML::EmitterStyle::value) override {
    open(NodeKind::sequence, mark, anchor);
  }
  void OnSequenceEnd() override { close(); }

  void OnMapStart(const YAML::Mark& mark, const std::string&, YAML::anchor_t anchor,
                  YAML::EmitterStyle::value) override {
    open(NodeKind::map, mark, anchor);
  }
  void OnMapEnd() override { close(); }

 private:
  struct Open {
    NodeId id;
    YAML::anchor_t anchor;
    std::vector<NodeId> children;
  };

  bool ignoring() const { return documents_ > 1; }

  NodeId add(Node node) {
    if (tree_.nodes_.size() >= limits_.max_nodes) {
      throw StopParse{"input-limit", offset_of(node.span),
                      "more than " + std::to_string(limits_.max_nodes) +
                          " YAML values; journey refuses it: split the journey"};
    }
    tree_.nodes_.push_back(std::move(node));
    sizes_.push_back(1);
    return static_cast<NodeId>(tree_.nodes_.size() - 1);
  }

  void open(NodeKind kind, const YAML::Mark& mark, YAML::anchor_t anchor) {
    if (ignoring()) return;
    if (static_cast<int>(stack_.size()) >= limits_.max_depth) {
      throw StopParse{"input-limit", static_cast<std::size_t>(mark.pos),
                      "nesting deeper than " + std::to_string(limits_.max_depth) +
                          " levels; journey refuses it"};
    }
    Node node;
    node.kind = kind;
    node.span = point_span(mark);
    NodeId id = add(std::move(node));
    stack_.push_back(Open{id, anchor, {}});
    if (!spare_.empty()) {
      stack_.back().children.swap(spare_.back());
      spare_.pop_back();
    }
  }

  void close() {
    if (ignoring()) return;
    Open top = std::move(stack_.back());
    stack_.pop_back();
    Node& node = tree_.nodes_[top.id];
    if (node.kind == NodeKind::map) drop_duplicate_keys(top.children);
    node.first = static_cast<std::uint32_t>(tree_.children_.size());
    node.count = static_cast<std::uint32_t>(top.children.size());
    std::uint64_t size = 1;
    for (NodeId child : top.children) {
      tree_.children_.push_back(child);
      size += sizes_[child];
    }
    sizes_[top.id] = size;
    if (!top.children.empty()) {
      const SourceSpan& last = tree_.nodes_[top.children.back()].span;
      node.span.end_line = last.end_line;
      node.span.end_column = last.end_column;
    }
    top.children.clear();
    spare_.push_back(std::move(top.children));
    finish(top.id, top.anchor);
  }

  // A node is complete: register its anchor and hang it under its parent.
  void finish(NodeId id, YAML::anchor_t anchor) {
    if (anchor != YAML::NullAnchor) anchors_[anchor] = id;
    attach(id);
  }

  void attach(NodeId id) {
    if (stack_.empty()) {
      tree_.root_ = id;
      has_root_ = true;
    } else {
      stack_.back().children.push_back(id);
    }
  }

  // YAML forbids duplicate keys; yaml-cpp keeps both. Keep the first, report the second.
  void drop_duplicate_keys(std::vector<NodeId>& pairs) {
    if (pairs.size() < 4) return;
    std::unordered_map<std::string_view, NodeId> seen;
    std::vector<NodeId> kept;
    bool dropped = false;
    for (std::size_t i = 0; i + 1 < pairs.size(); i += 2) {
      const Node& key = tree_.nodes_[pairs[i]];
      if (key.kind != NodeKind::scalar) {
        kept.push_back(pairs[i]);
        kept.push_back(pairs[i + 1]);
        continue;
      }
      auto [it, inserted] = seen.emplace(key.value, pairs[i]);
      if (inserted) {
        kept.push_back(pairs[i]);
        kept.push_back(pairs[i + 1]);
        continue;
      }
      dropped = true;
      if (findings_.size() >= k_max_findings) continue;
      const SourceSpan& first = tree_.nodes_[it->second].span;
      findings_.push_back(make_finding("duplicate-key", key.span, "",
                                       "key '" + key.value + "' is already set at line " +
                                           std::to_string(first.line) + ", column " +
                                           std::to_string(first.column) +
                                           "; this second value is ignored: remove one of them"));
    }
    if (dropped) pairs.swap(kept);
  }

  std::size_t offset_of(const SourceSpan& span) const {
    return source_.offset_of(span.line, span.column);
  }

  SourceSpan point_span(const YAML::Mark& mark) const {
    SourceSpan span;
    source_.position_of(static_cast<std::size_t>(mark.pos), span.line, span.column);
    span.end_line = span.line;
    span.end_column = span.column + 1;
    return span;
  }

  // The span of a scalar from its first character: quoted scalars up to the closing quote, plain
  // ones as long as their text, block scalars to the end of the indicator line.
  SourceSpan scalar_span(const YAML::Mark& mark, const std::string& value) const {
    const std::string& text = source_.text();
    std::size_t start = static_cast<std::size_t>(mark.pos);
    std::size_t end = start;
    if (start < text.size()) {
      char c = text[start];
      if (c == '"' || c == '\'') {
        end = start + 1;
        while (end < text.size()) {
          if (c == '"' && text[end] == '\\') {
            end += 2;
            continue;
          }
          if (text[end] == c) {
            if (c == '\'' && end + 1 < text.size() && text[end + 1] == '\'') {
              end += 2;
              continue;
            }
            ++end;
            break;
          }
          ++end;
        }
      } else if (text.compare(start, value.size(), value) == 0 && !value.empty()) {
        end = start + value.size();
      } else {
        end = text.find('\n', start);
        if (end == std::string::npos) end = text.size();
        if (end > start && text[end - 1] == '\r') --end;
      }
    }
    SourceSpan span;
    source_.position_of(start, span.line, span.column);
    std::size_t stop = std::min(std::max(end, start + 1), text.size());
    if (start < stop && std::memchr(text.data() + start, '\n', stop - start) == nullptr) {
      // The usual case, a scalar on one line: its end is counted from its start.
      span.end_line = span.line;
      span.end_column =
          span.column + code_points(std::string_view(text).substr(start, stop - start));
    } else {
      source_.position_of(std::max(end, start + 1), span.end_line, span.end_column);
    }
    return span;
  }

  const SourceText& source_;
  const Limits& limits_;
  Findings& findings_;
  Tree tree_;
  std::vector<std::uint64_t> sizes_;  // nodes each node stands for, aliases expanded
  std::uint64_t expansion_ = 0;
  std::unordered_map<YAML::anchor_t, NodeId> anchors_;
  std::vector<Open> stack_;
  std::vector<std::vector<NodeId>> spare_;
  bool has_root_ = false;
  std::size_t documents_ = 0;
  std::size_t second_document_offset_ = 0;
};

namespace {

Finding at_offset(const SourceText& source, std::string rule, std::size_t offset,
                  std::string message) {
  Finding f;
  f.rule = std::move(rule);
  source.position_of(offset, f.span.line, f.span.column);
  f.span.end_line = f.span.line;
  f.span.end_column = f.span.column + 1;
  f.message = std::move(message);
  return f;
}

}  // namespace

ParseResult parse(const SourceText& source, const Limits& limits) {
  ParseResult result;
  const std::string& text = source.text();
  if (text.size() > limits.max_bytes) {
    result.findings.push_back(at_offset(source, "input-limit", 0,
                                        "the file is " + describe_size(text.size()) +
                                            "; journey files are limited to " +
                                            describe_size(limits.max_bytes)));
    return result;
  }
  EncodingProblem problem = check_encoding(text);
  if (!problem.message.empty()) {
    result.findings.push_back(at_offset(source, "yaml-syntax", problem.offset, problem.message));
    return result;
  }

  MemoryBuffer buffer(text.data(), text.size());
  std::istream in(&buffer);
  TreeBuilder builder(source, limits, result.findings);
  try {
    YAML::Parser parser(in);
    while (parser.HandleNextDocument(builder)) {
      if (builder.documents() > 1) break;
    }
  } catch (const StopParse& stop) {
    result.findings.push_back(at_offset(source, stop.rule, stop.offset, stop.message));
    return result;
  } catch (const YAML::DeepRecursion& e) {
    result.findings.push_back(
        at_offset(source, "input-limit", static_cast<std::size_t>(std::max(0, e.mark.pos)),
                  "nesting deeper than the YAML parser allows; journey refuses it"));
    return result;
  } catch (const YAML::Exception& e) {
    std::string message = e.msg;
    if (!message.empty()) message[0] = static_cast<char>(std::tolower(message[0]));
    result.findings.push_back(at_offset(source, "yaml-syntax",
                                        static_cast<std::size_t>(std::max(0, e.mark.pos)),
                                        "YAML syntax error: " + message));
    return result;
  }
  if (builder.documents() > 1) {
    result.findings.push_back(at_offset(
        source, "yaml-syntax", builder.second_document_offset(),
        "a second YAML document starts here; a journey file holds exactly one: remove the "
        "'---' or split the file"));
    return result;
  }
  result.ok = builder.has_root();
  result.empty = !result.ok;
  if (!result.ok) {
    result.findings.push_back(at_offset(source, "yaml-syntax", 0,
                                        "the file is empty; a journey needs at least 'journey', "
                                        "'model' and 'phases'"));
  }
  result.tree = builder.take();
  return result;
}

}  // namespace journey::yaml
