// SPDX-License-Identifier: Apache-2.0
// A compact, position-carrying YAML tree built from yaml-cpp's event parser.
//
// Why not YAML::Node: building yaml-cpp's node tree costs more than parsing, it forgets duplicate
// keys, and walking it expands aliases. This tree keeps 1-based spans, reports duplicate keys,
// shares aliased nodes (a DAG, never a cycle) and enforces size, depth and alias-expansion limits.
#pragma once

#include <cstdint>
#include <string>
#include <vector>

#include "journey/finding.hpp"
#include "journey/source.hpp"

namespace journey::yaml {

using NodeId = std::uint32_t;

enum class NodeKind : std::uint8_t { null, scalar, sequence, map };

struct Node {
  NodeKind kind = NodeKind::null;
  bool plain = true;  // scalar written without quotes or block indicator
  std::string value;  // scalar text
  SourceSpan span;
  std::uint32_t first = 0;  // index of the first child in Tree::children_
  std::uint32_t count = 0;  // children; for maps, key/value pairs count as two
};

struct Limits {
  std::size_t max_bytes = k_max_input_bytes;
  int max_depth = 64;
  std::uint64_t max_alias_expansion = 1'000'000;  // nodes that aliases may add
  std::size_t max_nodes = 2'000'000;  // scalars, lists and maps ("[a,a,a,...]" is cheap to write)
};

class Tree {
 public:
  const Node& node(NodeId id) const { return nodes_[id]; }
  bool empty() const { return nodes_.empty(); }
  NodeId root() const { return root_; }

  // Children of a sequence, or alternating keys and values of a map.
  const NodeId* begin(const Node& n) const { return children_.data() + n.first; }
  const NodeId* end(const Node& n) const { return children_.data() + n.first + n.count; }

 private:
  friend class TreeBuilder;
  std::vector<Node> nodes_;
  std::vector<NodeId> children_;
  NodeId root_ = 0;
};

struct ParseResult {
  Tree tree;
  bool ok = false;     // false: the tree is unusable; findings say why
  bool empty = false;  // the input holds no document at all (only blanks and comments)
  Findings findings;   // yaml-syntax, input-limit (fatal) and duplicate-key (not fatal)
};

// Parses one YAML document. Never throws on bad input; reports it as findings with positions.
ParseResult parse(const SourceText& source, const Limits& limits = {});

}  // namespace journey::yaml
