// SPDX-License-Identifier: Apache-2.0
#include "personas.hpp"

#include "journey/fields.hpp"
#include "journey/messages.hpp"

namespace journey::load {

namespace {

void read_persona(Reader& r, NodeId item, const std::string& path, Persona& p) {
  r.each_pair(item, path, [&](const yaml::Node& key, NodeId value) {
    const std::string& k = key.value;
    std::string field = join_path(path, k);
    if (k == "id") {
      r.identifier(value, field, p.id);
    } else if (k == "name") {
      r.text(value, field, p.name);
    } else if (k == "description") {
      r.text(value, field, p.description);
    } else if (k == "goals") {
      r.text_list(value, field, p.goals);
    } else if (k == "frustrations") {
      r.text_list(value, field, p.frustrations);
    } else if (k == "needs") {
      r.text_list(value, field, p.needs);
    } else if (k == "channels") {
      r.text_list(value, field, p.channels);
    } else {
      r.unknown_key(key, path, persona_shape().keys());
    }
  });
}

}  // namespace

std::string item_selector(const Reader& r, NodeId item, std::size_t index) {
  const auto& n = r.node(item);
  if (n.kind == NodeKind::map) {
    for (const NodeId* it = r.tree().begin(n); it != r.tree().end(n); it += 2) {
      const auto& key = r.node(it[0]);
      const auto& value = r.node(it[1]);
      if (key.kind == NodeKind::scalar && key.value == "id" && value.kind == NodeKind::scalar &&
          is_identifier(value.value)) {
        return "[id=" + value.value + "]";
      }
    }
  }
  return "[" + std::to_string(index) + "]";
}

void read_personas(Reader& r, NodeId list, std::vector<Persona>& out) {
  if (!r.expect(list, NodeKind::sequence, "personas", noop_tr("a list of personas"))) return;
  const auto& n = r.node(list);
  std::size_t index = 0;
  const NodeId* end = r.capped_end(list, k_max_list_items, "personas",
                                   noop_tr("more than %1$s personas; journey reads the first %1$s "
                                           "and refuses the rest: split the journey"));
  for (const NodeId* it = r.tree().begin(n); it != end; ++it, ++index) {
    std::string path = "personas" + item_selector(r, *it, index);
    if (!r.expect(*it, NodeKind::map, path, noop_tr("a persona (a map with 'id' and 'name')"))) {
      continue;
    }
    Persona p;
    p.span = r.node(*it).span;
    read_persona(r, *it, path, p);
    if (!p.id.present) {
      r.missing(p.span, path, "id", noop_tr("a short id that touchpoints refer to"));
    }
    if (!p.name.present) r.missing(p.span, path, "name", noop_tr("the persona's name"));
    out.push_back(std::move(p));
  }
}

}  // namespace journey::load
