// SPDX-License-Identifier: Apache-2.0
#include <algorithm>
#include <cstdio>

#include "cursor.hpp"
#include "features.hpp"
#include "ids.hpp"
#include "shapes.hpp"

namespace journey::lsp {

namespace {

// CompletionItemKind
constexpr int k_property = 10, k_value = 12, k_enum_member = 20, k_reference = 18, k_module = 9,
              k_keyword = 14;

struct Items {
  const CursorContext& context;
  json list = json::array();

  void add(const std::string& label, int kind, const std::string& detail, const std::string& insert,
           const std::string& documentation = {}) {
    if (label.empty()) return;
    char sort[16];
    std::snprintf(sort, sizeof sort, "%05zu", list.size());
    json item{{"label", label},
              {"kind", kind},
              {"sortText", sort},
              {"textEdit", {{"range", to_json(context.word)}, {"newText", insert}}}};
    if (!detail.empty()) item["detail"] = detail;
    if (!documentation.empty()) {
      item["documentation"] = {{"kind", "markdown"}, {"value", documentation}};
    }
    list.push_back(std::move(item));
  }
  void add_all(const std::vector<Choice>& choices, int kind) {
    for (const Choice& c : choices) add(c.id, kind, c.detail, c.id);
  }
};

std::vector<Choice> ids_for(const Slot& slot, const Snapshot* s) {
  std::string owner = slot.owner != nullptr ? slot.owner->name : "";
  const std::string& key = slot.key;
  if (key == "next" && owner == "touchpoint") return touchpoint_choices(s);
  if (key == "personas" && owner == "touchpoint") return persona_choices(s);
  if (key == "channel" && owner == "touchpoint") return channel_choices(s);
  if (key == "owner" &&
      (owner == "touchpoint" || owner == "journey" || owner == "backstage action")) {
    return owner_choices(s);
  }
  if (key == "phase" && owner == "kpi") return phase_choices(s);
  if (key == "model" && owner == "journey") return model_choices(s);
  return {};
}

// The keys already in the map being written (block style; flow style is not looked at).
std::vector<std::string> written_keys(const Items& items, const TextDocument& doc,
                                      Position position) {
  if (items.context.key_column < 0) return {};
  return sibling_keys(doc, position.line, items.context.key_column);
}

bool written(const std::vector<std::string>& keys, const std::string& key) {
  return std::find(keys.begin(), keys.end(), key) != keys.end();
}

// Keys of a map with named keys: the model's phases, personas in an emotion map, rules.
void add_map_keys(Items& items, const TextDocument& doc, Position position, ValueSpec::Keys keys,
                  const Snapshot* s) {
  std::vector<Choice> choices;
  if (keys == ValueSpec::Keys::phase) choices = phase_choices(s);
  if (keys == ValueSpec::Keys::persona) choices = persona_choices(s);
  if (keys == ValueSpec::Keys::rule) choices = rule_choices();
  std::vector<std::string> present = written_keys(items, doc, position);
  for (const Choice& c : choices) {
    if (!written(present, c.id)) items.add(c.id, k_property, c.detail, c.id + ": ");
  }
}

void add_keys(Items& items, const TextDocument& doc, Position position, const Shape& shape) {
  std::vector<std::string> present = written_keys(items, doc, position);
  for (int pass = 0; pass < 2; ++pass) {  // required keys first
    for (const FieldSpec& f : shape.fields) {
      if (f.required != (pass == 0)) continue;
      if (written(present, f.key)) continue;
      std::string doc_text =
          f.description + "\n\n*" + describe(f.value) + (f.required ? ", required" : "") + "*";
      items.add(f.key, k_property, describe(f.value), f.key + ": ", doc_text);
    }
  }
}

void add_values(Items& items, const Slot& slot, const Snapshot* s) {
  std::vector<Choice> ids = ids_for(slot, s);
  items.add_all(ids, slot.key == "model" ? k_module : k_reference);
  for (const ValueSpec* scalar : scalars_of(slot.spec)) {
    if (scalar->kind == ValueSpec::Kind::boolean) {
      for (const char* b : {"true", "false"}) items.add(b, k_value, "", b);
    }
    if (scalar->kind == ValueSpec::Kind::text) {
      for (const std::string& c : scalar->choices) items.add(c, k_enum_member, "", c);
    }
  }
}

void add_suppression(Items& items, const TextDocument& doc, Position position) {
  std::string_view line = doc.line(position.line);
  std::string_view before = line.substr(0, byte_of_utf16(line, position.character));
  std::size_t marker = before.find("journey-lint:");
  if (before.find('=', marker) == std::string_view::npos) {
    for (const char* scope : {"disable", "disable-next-line", "disable-file"}) {
      items.add(scope, k_keyword, "", std::string(scope) + "=");
    }
    return;
  }
  items.add_all(rule_choices(), k_value);
}

}  // namespace

json completion(const TextDocument& doc, const std::string& path, Position position,
                const Snapshot* ids, bool journey) {
  CursorContext context = context_at(doc, position);
  Items items{context};
  const ValueSpec& root = root_spec(file_kind(path, doc, journey));
  if (context.kind == CursorContext::Kind::suppression) {
    add_suppression(items, doc, position);
  } else if (context.kind != CursorContext::Kind::none) {
    Slot slot = resolve(root, context.path);
    const ValueSpec* container = container_of(slot.spec);
    if (context.kind == CursorContext::Kind::key && container != nullptr) {
      if (container->kind == ValueSpec::Kind::object) {
        add_keys(items, doc, position, *container->shape);
      } else {
        add_map_keys(items, doc, position, container->keys, ids);
      }
    } else if (slot.spec != nullptr) {
      add_values(items, slot, ids);
    }
  }
  return json{{"isIncomplete", false}, {"items", std::move(items.list)}};
}

}  // namespace journey::lsp
