// SPDX-License-Identifier: Apache-2.0
#include "reader.hpp"

#include <cctype>
#include <cmath>
#include <cstdlib>

#include "journey/messages.hpp"
#include "journey/suggest.hpp"

namespace journey::load {

std::string join_path(const std::string& parent, const std::string& key) {
  if (parent.empty()) return key;
  if (!key.empty() && key[0] == '[') return parent + key;
  return parent + "." + key;
}

bool parse_integer(const std::string& text, long long& out) {
  std::size_t i = 0;
  if (i < text.size() && (text[i] == '-' || text[i] == '+')) ++i;
  if (i == text.size() || text.size() - i > 15) return false;
  for (std::size_t j = i; j < text.size(); ++j) {
    if (!std::isdigit(static_cast<unsigned char>(text[j]))) return false;
  }
  out = std::strtoll(text.c_str(), nullptr, 10);
  return true;
}

bool parse_number(const std::string& text, double& out) {
  std::size_t i = 0;
  const std::size_t n = text.size();
  if (i < n && (text[i] == '-' || text[i] == '+')) ++i;
  std::size_t digits = 0;
  while (i < n && std::isdigit(static_cast<unsigned char>(text[i]))) ++i, ++digits;
  if (i < n && text[i] == '.') {
    ++i;
    while (i < n && std::isdigit(static_cast<unsigned char>(text[i]))) ++i, ++digits;
  }
  if (digits == 0) return false;
  if (i < n && (text[i] == 'e' || text[i] == 'E')) {
    ++i;
    if (i < n && (text[i] == '-' || text[i] == '+')) ++i;
    std::size_t exponent = 0;
    while (i < n && std::isdigit(static_cast<unsigned char>(text[i]))) ++i, ++exponent;
    if (exponent == 0) return false;
  }
  if (i != n) return false;
  out = std::strtod(text.c_str(), nullptr);
  return true;
}

bool is_identifier(const std::string& text) {
  if (text.empty()) return false;
  for (unsigned char c : text) {
    if (!(std::isalnum(c) || c == '-' || c == '_' || c == '.' || c >= 0x80)) return false;
  }
  return true;
}

bool Reader::root_is_map(const char* pattern) {
  const Node& n = node(tree_.root());
  if (n.kind == NodeKind::map) return true;
  report("wrong-type", n.span, "", translate(pattern, describe(n)));
  return false;
}

const char* Reader::describe(const Node& node) {
  switch (node.kind) {
    case NodeKind::null:
      return tr("nothing (null)");
    case NodeKind::scalar:
      return node.plain ? tr("a plain value") : tr("a quoted string");
    case NodeKind::sequence:
      return tr("a list");
    case NodeKind::map:
      return tr("a map");
  }
  return tr("a value");
}

void Reader::report(const char* rule, const SourceSpan& span, std::string path, std::string message,
                    std::string suggestion) {
  // Past the cap the engine reports the overflow once; limits are always kept (the journey is
  // not whole, and that must stay an error).
  if (findings_.size() >= k_max_findings && std::string(rule) != "input-limit") return;
  findings_.push_back(
      make_finding(rule, span, std::move(path), std::move(message), std::move(suggestion)));
}

void Reader::each_pair(NodeId map, const std::string& path,
                       const std::function<void(const Node& key, NodeId value)>& visit) {
  const NodeId* end = capped_end(
      map, k_max_list_items, path,
      noop_tr("more than %1$s keys; journey reads the first %1$s and refuses the rest: split the "
              "journey"));
  for (const NodeId* it = tree_.begin(tree_.node(map)); it != end; it += 2) {
    const Node& key = tree_.node(it[0]);
    if (key.kind != NodeKind::scalar) {
      report("wrong-type", key.span, path,
             translate("a key must be a plain name, not %1$s", describe(key)));
      continue;
    }
    if (key.value.compare(0, 2, "x-") == 0) continue;
    visit(key, it[1]);
  }
}

void Reader::unknown_key(const Node& key, const std::string& path,
                         const std::vector<std::string>& known) {
  if (findings_.size() >= k_max_findings) return;
  std::string suggestion = closest_match(key.value, known);
  std::string list;
  if (suggestion.empty()) {
    for (const auto& k : known) list += (list.empty() ? "" : ", ") + k;
  }
  std::string message =
      translate("unknown key '%1$s'", key.value) +
      did_you_mean(suggestion,
                   translate("; expected one of: %1$s (prefix your own keys with 'x-')", list));
  report("unknown-key", key.span, join_path(path, key.value), std::move(message),
         std::move(suggestion));
}

void Reader::missing(const SourceSpan& parent, const std::string& path, const std::string& key,
                     const char* what) {
  SourceSpan span = parent;
  span.end_line = span.line;
  span.end_column = span.column + 1;
  report("missing-field", span, join_path(path, key),
         translate("missing required key '%1$s': %2$s", key, tr(what)));
}

bool Reader::expect(NodeId id, NodeKind kind, const std::string& path, const char* expected) {
  const Node& n = tree_.node(id);
  if (n.kind == kind) return true;
  report("wrong-type", n.span, path,
         translate("expected %1$s, found %2$s", tr(expected), describe(n)));
  return false;
}

const NodeId* Reader::capped_end(NodeId list, std::size_t max, const std::string& path,
                                 const char* too_many) {
  const Node& n = tree_.node(list);
  std::size_t per_item = n.kind == NodeKind::map ? 2 : 1;
  if (n.count / per_item <= max) return tree_.end(n);
  const NodeId* end = tree_.begin(n) + max * per_item;
  report("input-limit", tree_.node(*end).span, path, translate(too_many, max));
  return end;
}

bool Reader::expect_list(NodeId id, const std::string& path) {
  const Node& n = tree_.node(id);
  if (n.kind == NodeKind::sequence) return true;
  report("wrong-type", n.span, path,
         translate("expected a list, found %1$s", describe(n)) +
             (n.kind == NodeKind::scalar ? translate("; write [%1$s]", n.value) : std::string()));
  return false;
}

bool Reader::text(NodeId id, const std::string& path, Text& out) {
  const Node& n = tree_.node(id);
  out.span = n.span;
  out.present = true;
  if (n.kind != NodeKind::scalar) {
    report("wrong-type", n.span, path, translate("expected a string, found %1$s", describe(n)));
    out.valid = false;
    return false;
  }
  out.value = n.value;
  return true;
}

bool Reader::identifier(NodeId id, const std::string& path, Text& out) {
  if (!text(id, path, out)) return false;
  if (!is_identifier(out.value)) {
    report("invalid-value", out.span, path,
           translate("'%1$s' is not a valid id: use letters, digits, '-', '_' and '.'", out.value));
    out.valid = false;
    return false;
  }
  return true;
}

bool Reader::text_list(NodeId id, const std::string& path, TextList& out) {
  const Node& n = tree_.node(id);
  out.span = n.span;
  out.present = true;
  if (n.kind == NodeKind::null) return true;  // "pains:" with nothing after it: an empty list
  if (!expect_list(id, path)) {
    out.valid = false;
    return false;
  }
  bool ok = true;
  std::size_t index = 0;
  const NodeId* end = capped_end(
      id, k_max_list_items, path,
      noop_tr("more than %1$s items; journey reads the first %1$s and refuses the rest: split the "
              "journey"));
  for (const NodeId* it = tree_.begin(n); it != end; ++it, ++index) {
    Text item;
    if (text(*it, path + "[" + std::to_string(index) + "]", item)) {
      out.value.push_back(std::move(item));
    } else {
      ok = false;
    }
  }
  return ok;
}

bool Reader::integer(NodeId id, const std::string& path, Field<int>& out) {
  const Node& n = tree_.node(id);
  out.span = n.span;
  out.present = true;
  long long value = 0;
  if (n.kind == NodeKind::scalar && n.plain && parse_integer(n.value, value)) {
    out.value = static_cast<int>(std::max(-1000000LL, std::min(1000000LL, value)));
    return true;
  }
  std::string message =
      n.kind == NodeKind::scalar
          ? translate("expected a whole number, found %1$s '%2$s'", describe(n), n.value)
          : translate("expected a whole number, found %1$s", describe(n));
  if (n.kind == NodeKind::scalar && !n.plain) message += tr("; remove the quotes");
  report("wrong-type", n.span, path, std::move(message));
  out.valid = false;
  return false;
}

bool Reader::number(NodeId id, const std::string& path, Field<double>& out) {
  const Node& n = tree_.node(id);
  out.span = n.span;
  out.present = true;
  if (n.kind == NodeKind::scalar && n.plain && parse_number(n.value, out.value)) {
    if (std::isfinite(out.value)) return true;
    // 1e999 reads as infinity, which no count, score or percentage can use.
    report("invalid-value", n.span, path,
           translate("'%1$s' is beyond the range of numbers (about 1.8e308): write a finite number",
                     n.value));
    out.valid = false;
    return false;
  }
  std::string message =
      n.kind == NodeKind::scalar
          ? translate("expected a number, found %1$s '%2$s'", describe(n), n.value)
          : translate("expected a number, found %1$s", describe(n));
  double ignored = 0;
  if (n.kind == NodeKind::scalar && !n.plain && parse_number(n.value, ignored)) {
    message += tr("; remove the quotes");
  }
  report("wrong-type", n.span, path, std::move(message));
  out.valid = false;
  return false;
}

bool Reader::boolean(NodeId id, const std::string& path, Field<bool>& out) {
  const Node& n = tree_.node(id);
  out.span = n.span;
  out.present = true;
  if (n.kind == NodeKind::scalar && n.plain) {
    if (n.value == "true" || n.value == "True" || n.value == "TRUE") {
      out.value = true;
      return true;
    }
    if (n.value == "false" || n.value == "False" || n.value == "FALSE") {
      out.value = false;
      return true;
    }
  }
  report("wrong-type", n.span, path, translate("expected true or false, found %1$s", describe(n)));
  out.valid = false;
  return false;
}

}  // namespace journey::load
