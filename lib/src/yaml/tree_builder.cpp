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
#include "journey/messages.hpp"
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
                      tr("this alias refers to the node that contains it (a recursive alias)")};
    }
    expansion_ += sizes_[it->second];
    if (expansion_ > limits_.max_alias_expansion) {
      throw StopParse{"input-limit", static_cast<std::size_t>(mark.pos),
                      translate("aliases expand this document to more than %1$s nodes (a YAML "
                                "alias bomb?); journey refuses it",
                                limits_.max_alias_expansion)};
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
                      translate("more than %1$s YAML values; journey refuses it: split the journey",
                                limits_.max_nodes)};
    }
    tree_.nodes_.push_back(std::move(node));
    sizes_.push_back(1);
    return static_cast<NodeId>(tree_.nodes_.size() - 1);
  }

  void open(NodeKind kind, const YAML::Mark& mark, YAML::anchor_t anchor) {
    if (ignoring()) return;
    if (static_cast<int>(stack_.size()) >= limits_.max_depth) {
      throw StopParse{
          "input-limit", static_cast<std::size_t>(mark.pos),
          translate("nesting deeper than %1$s levels; journey refuses it", limits_.max_depth)};
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
      findings_.push_back(
          make_finding("duplicate-key", key.span, "",
                       translate("key '%1$s' is already set at line %2$s, column %3$s; this "
                                 "second value is ignored: remove one of them",
                                 key.value, first.line, first.column)));
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

// yaml-cpp's parse errors (ErrorMsg in yaml-cpp/exceptions.h) in the reader's language; a
// message not listed here stays as yaml-cpp wrote it.
std::string yaml_cpp_message(const std::string& message) {
  static const char* const whole[] = {
      noop_tr("YAML directives must have exactly one argument"),
      noop_tr("YAML major version too large"),
      noop_tr("repeated YAML directive"),
      noop_tr("TAG directives must have exactly two arguments"),
      noop_tr("repeated TAG directive"),
      noop_tr("illegal character found while scanning tag handle"),
      noop_tr("tag handle with no suffix"),
      noop_tr("end of verbatim tag not found"),
      noop_tr("end of map not found"),
      noop_tr("end of map flow not found"),
      noop_tr("end of sequence not found"),
      noop_tr("end of sequence flow not found"),
      noop_tr("cannot assign multiple tags to the same node"),
      noop_tr("cannot assign multiple anchors to the same node"),
      noop_tr("cannot assign multiple aliases to the same node"),
      noop_tr("aliases can't have any content, *including* tags"),
      noop_tr("bad character found while scanning hex number"),
      noop_tr("unknown token"),
      noop_tr("illegal document indicator in scalar"),
      noop_tr("illegal EOF in scalar"),
      noop_tr("illegal character in scalar"),
      noop_tr("illegal tab when looking for indentation"),
      noop_tr("illegal flow end"),
      noop_tr("illegal block entry"),
      noop_tr("illegal map key"),
      noop_tr("illegal map value"),
      noop_tr("alias not found after *"),
      noop_tr("anchor not found after &"),
      noop_tr("illegal character found while scanning alias"),
      noop_tr("illegal character found while scanning anchor"),
      noop_tr("cannot set zero indentation for a block scalar"),
      noop_tr("unexpected character in block scalar"),
      noop_tr("cannot assign the same alias to multiple nodes"),
      noop_tr("the referenced anchor is not defined"),
      noop_tr("invalid character in single-quoted string"),
  };
  for (const char* known : whole) {
    if (message == known) return tr(known);
  }
  // Messages that end in what was read: {yaml-cpp's start, the pattern for the rest}.
  static const char* const started[][2] = {
      {"bad YAML version: ", noop_tr("bad YAML version: %1$s")},
      {"invalid unicode: ", noop_tr("invalid unicode: %1$s")},
      {"unknown escape character: ", noop_tr("unknown escape character: %1$s")},
  };
  for (const auto& [start, pattern] : started) {
    std::size_t n = std::strlen(start);
    if (message.compare(0, n, start) == 0) return translate(pattern, message.substr(n));
  }
  return message;
}

}  // namespace

ParseResult parse(const SourceText& source, const Limits& limits) {
  ParseResult result;
  const std::string& text = source.text();
  if (text.size() > limits.max_bytes) {
    result.findings.push_back(
        at_offset(source, "input-limit", 0,
                  translate("the file is %1$s; journey files are limited to %2$s",
                            describe_size(text.size()), describe_size(limits.max_bytes))));
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
                  tr("nesting deeper than the YAML parser allows; journey refuses it")));
    return result;
  } catch (const YAML::Exception& e) {
    // yaml-cpp starts its messages with a capital sometimes; a translation is used as written.
    std::string message = yaml_cpp_message(e.msg);
    if (!message.empty() && message == e.msg) {
      message[0] = static_cast<char>(std::tolower(message[0]));
    }
    result.findings.push_back(at_offset(source, "yaml-syntax",
                                        static_cast<std::size_t>(std::max(0, e.mark.pos)),
                                        translate("YAML syntax error: %1$s", message)));
    return result;
  }
  if (builder.documents() > 1) {
    result.findings.push_back(at_offset(
        source, "yaml-syntax", builder.second_document_offset(),
        tr("a second YAML document starts here; a journey file holds exactly one: remove the "
           "'---' or split the file")));
    return result;
  }
  result.ok = builder.has_root();
  result.empty = !result.ok;
  if (!result.ok) {
    result.findings.push_back(at_offset(source, "yaml-syntax", 0,
                                        tr("the file is empty; a journey needs at least 'journey', "
                                           "'model' and 'phases'")));
  }
  result.tree = builder.take();
  return result;
}

}  // namespace journey::yaml
