// SPDX-License-Identifier: Apache-2.0
// Reads typed values out of a yaml::Tree, reporting every problem as a positioned finding.
// Shared by the journey, model and configuration loaders so they speak with one voice.
#pragma once

#include <functional>
#include <string>
#include <vector>

#include "journey/finding.hpp"
#include "journey/journey.hpp"
#include "journey/yaml_tree.hpp"

namespace journey::load {

using yaml::Node;
using yaml::NodeId;
using yaml::NodeKind;

class Reader {
 public:
  Reader(const yaml::Tree& tree, Findings& findings) : tree_(tree), findings_(findings) {}

  const yaml::Tree& tree() const { return tree_; }
  const Node& node(NodeId id) const { return tree_.node(id); }
  Findings& findings() { return findings_; }

  void report(const char* rule, const SourceSpan& span, std::string path, std::string message,
              std::string suggestion = {});

  // Calls visit(key, value) for each pair of a map. Keys that are not scalars are reported.
  // Keys starting with "x-" are extensions and skipped. At most k_max_list_items pairs are read.
  void each_pair(NodeId map, const std::string& path,
                 const std::function<void(const Node& key, NodeId value)>& visit);

  // Reports `key` as unknown, suggesting the closest of `known`.
  void unknown_key(const Node& key, const std::string& path, const std::vector<std::string>& known);
  // Reports the required `key` as missing; `what` says what it holds, a noop_tr-marked phrase
  // ("the title of the journey") shown in the reader's language.
  void missing(const SourceSpan& parent, const std::string& path, const std::string& key,
               const char* what);

  // True when the document's root is a map; otherwise reports wrong-type with `pattern`, a
  // noop_tr-marked sentence whose %1$s is what was found ("a journey file is a map with keys such
  // as ...; found %1$s").
  bool root_is_map(const char* pattern);

  // `expected` is a noop_tr-marked phrase ("a list of phases"), shown in the reader's language.
  bool expect(NodeId id, NodeKind kind, const std::string& path, const char* expected);
  // A list; a scalar is reported with the brackets it lacks ("write [slow]").
  bool expect_list(NodeId id, const std::string& path);

  // The end of a list's items (a map's pairs) to read: at most `max`, reporting input-limit at
  // the first one left out, so that a hostile file cannot make the journey grow without bound.
  // `too_many` is the noop_tr-marked message, %1$s the limit ("more than %1$s items; ...").
  const NodeId* capped_end(NodeId list, std::size_t max, const std::string& path,
                           const char* too_many);

  // Typed readers: each returns false (after reporting wrong-type) when the value does not fit.
  bool text(NodeId id, const std::string& path, Text& out);
  bool text_list(NodeId id, const std::string& path, TextList& out);
  bool integer(NodeId id, const std::string& path, Field<int>& out);
  bool number(NodeId id, const std::string& path, Field<double>& out);
  bool boolean(NodeId id, const std::string& path, Field<bool>& out);
  // Identifiers: letters, digits, '-', '_' and '.' (reported as invalid-value otherwise).
  bool identifier(NodeId id, const std::string& path, Text& out);

  // What a node is ("a list", "a quoted string"), in the reader's language.
  static const char* describe(const Node& node);

 private:
  const yaml::Tree& tree_;
  Findings& findings_;
};

std::string join_path(const std::string& parent, const std::string& key);

// Limits on what one journey holds (see docs/format.md, "Limits").
constexpr std::size_t k_max_touchpoints = 10'000;
constexpr std::size_t k_max_list_items = 1'000;  // personas, KPIs, phases, and every list field

// Plain YAML numbers only: 4, -2, 0.25, 1e3. No quotes, hex, octal, inf or nan.
bool parse_number(const std::string& text, double& out);
bool parse_integer(const std::string& text, long long& out);
bool is_identifier(const std::string& text);

}  // namespace journey::load
