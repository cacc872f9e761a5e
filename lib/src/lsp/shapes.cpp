// SPDX-License-Identifier: Apache-2.0
#include "shapes.hpp"

#include <sstream>

#include "cursor.hpp"
#include "journey/numbers.hpp"

namespace journey::lsp {

using Kind = ValueSpec::Kind;

FileKind file_kind(const std::string& path, const TextDocument& doc, bool journey) {
  if (journey) return FileKind::journey;
  std::string name = path.substr(path.find_last_of('/') + 1);
  if (name == ".journeylint.yaml" || name == ".journeylint.yml") return FileKind::config;
  bool phases = false, journey_key = false;
  for (int n = 0; n < doc.line_count(); ++n) {
    std::string_view line = doc.line(n);
    if (line.rfind("phases:", 0) == 0) phases = true;
    if (line.rfind("journey:", 0) == 0) journey_key = true;
  }
  if (journey_key) return FileKind::journey;
  return phases ? FileKind::model : FileKind::catalog;
}

namespace {

ValueSpec object_of(const Shape& shape) {
  ValueSpec v;
  v.kind = Kind::object;
  v.shape = &shape;
  return v;
}

// The alternative of `spec` that a step into it needs: a list for an item, else an object or map.
const ValueSpec* pick(const ValueSpec* spec, bool item) {
  if (spec == nullptr) return nullptr;
  if (spec->kind != Kind::any_of) return spec;
  for (const ValueSpec& alternative : spec->alternatives) {
    bool fits = item ? alternative.kind == Kind::list
                     : alternative.kind == Kind::object || alternative.kind == Kind::map;
    if (fits) return &alternative;
  }
  return nullptr;
}

}  // namespace

const ValueSpec& root_spec(FileKind kind) {
  static const ValueSpec journey = object_of(journey_shape());
  static const ValueSpec catalog = object_of(catalog_shape());
  static const ValueSpec model = object_of(model_shape());
  static const ValueSpec config = object_of(config_shape());
  switch (kind) {
    case FileKind::journey:
      return journey;
    case FileKind::catalog:
      return catalog;
    case FileKind::model:
      return model;
    case FileKind::config:
      return config;
  }
  return journey;
}

Slot resolve(const ValueSpec& root, const std::vector<std::string>& path) {
  Slot slot;
  slot.spec = &root;
  for (const std::string& step : path) {
    bool item = step == k_item;
    const ValueSpec* v = pick(slot.spec, item);
    if (v == nullptr) return {};
    if (item) {
      if (v->kind != Kind::list) return {};
      slot.spec = v->items.get();
    } else if (v->kind == Kind::object) {
      const FieldSpec* field = nullptr;
      for (const FieldSpec& f : v->shape->fields) {
        if (f.key == step) field = &f;
      }
      if (field == nullptr) return {};
      slot.owner = v->shape;
      slot.key = step;
      slot.spec = &field->value;
      slot.map_keys = ValueSpec::Keys::any;
    } else if (v->kind == Kind::map) {
      slot.map_keys = v->keys;
      slot.spec = v->items.get();
    } else {
      return {};
    }
  }
  return slot;
}

const ValueSpec* container_of(const ValueSpec* spec) {
  const ValueSpec* v = pick(spec, false);
  return v != nullptr && (v->kind == Kind::object || v->kind == Kind::map) ? v : nullptr;
}

std::vector<const ValueSpec*> scalars_of(const ValueSpec* spec) {
  std::vector<const ValueSpec*> out;
  if (spec == nullptr) return out;
  if (spec->kind == Kind::any_of) {
    for (const ValueSpec& a : spec->alternatives) {
      for (const ValueSpec* s : scalars_of(&a)) out.push_back(s);
    }
  } else if (spec->kind == Kind::list) {
    return scalars_of(spec->items.get());
  } else if (spec->kind != Kind::object && spec->kind != Kind::map && spec->kind != Kind::null) {
    out.push_back(spec);
  }
  return out;
}

std::string describe(const ValueSpec& spec) {
  switch (spec.kind) {
    case Kind::null:
      return "empty";
    case Kind::identifier:
      return "identifier";
    case Kind::date:
      return "date (YYYY-MM-DD)";
    case Kind::duration:
      return "duration (30m, 1d, 7d)";
    case Kind::boolean:
      return "true or false";
    case Kind::object:
      return spec.shape->name;
    case Kind::list:
      return "list of " + describe(*spec.items);
    case Kind::map:
      return "map of " + describe(*spec.items);
    case Kind::any_of: {
      std::string out;
      for (const ValueSpec& a : spec.alternatives) {
        if (a.kind == Kind::null) continue;
        out += (out.empty() ? "" : " or ") + describe(a);
      }
      return out;
    }
    case Kind::integer:
    case Kind::number: {
      std::string out = spec.kind == Kind::integer ? "integer" : "number";
      if (spec.minimum && spec.maximum) {
        out += " " + format_number(*spec.minimum) + ".." + format_number(*spec.maximum);
      }
      return out;
    }
    case Kind::text:
      break;
  }
  if (spec.choices.empty()) return "text";
  std::string out = "one of";
  for (std::size_t i = 0; i < spec.choices.size(); ++i) out += (i ? ", " : " ") + spec.choices[i];
  return out;
}

}  // namespace journey::lsp
