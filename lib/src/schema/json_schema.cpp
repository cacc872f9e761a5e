// SPDX-License-Identifier: Apache-2.0
#include "journey/schema.hpp"

#include <map>
#include <set>

#include "journey/diff.hpp"
#include "journey/fields.hpp"
#include "journey/rule.hpp"
#include "journey/score.hpp"
#include "journey/version.hpp"
#include "json.hpp"

namespace journey {

namespace {

using schema::Json;
using Kind = ValueSpec::Kind;
using Keys = ValueSpec::Keys;

// Loaders read any YAML scalar as text (`name: 2026` is the text "2026"), and ids may be numbers.
const std::vector<std::string> k_scalar_types = {"string", "number", "boolean"};
const char* k_identifier_pattern = "^([A-Za-z0-9._-]|[^\\x00-\\x7F])+$";

std::string def_name(const Shape& shape) {
  std::string out;
  for (char c : shape.name) out += c == ' ' ? '-' : c;
  return out;
}

class Generator {
 public:
  explicit Generator(const ModelCatalog& catalog) : catalog_(catalog) {}

  // The schema of a file whose top level is `shape`.
  Json document(const Shape& top, const std::string& title) {
    Json root = Json::object();
    root["$schema"] = "https://json-schema.org/draft/2020-12/schema";
    root["title"] = title;
    Json body = object_schema(top);
    for (const char* key : {"description", "type", "properties", "required", "patternProperties",
                            "additionalProperties"}) {
      if (body.has(key)) root[key] = body[key];
    }
    if (&top == &journey_shape()) {
      root["properties"]["model"] = model_reference();
      root["allOf"] = phases_per_model();
    }
    Json defs = Json::object();
    for (const auto& [name, def] : defs_) defs[name] = def;
    if (!defs_.empty()) root["$defs"] = defs;
    return root;
  }

 private:
  Json object_schema(const Shape& shape) {
    Json out = Json::object();
    out["description"] = shape.description;
    out["type"] = "object";
    Json properties = Json::object();
    std::vector<std::string> required;
    for (const FieldSpec& f : shape.fields) {
      Json p = value_schema(f.value, f.key);
      p["description"] = f.description;
      properties[f.key] = p;
      if (f.required) required.push_back(f.key);
    }
    out["properties"] = properties;
    if (!required.empty()) out["required"] = Json::strings(required);
    out["patternProperties"]["^x-"] = Json::object();  // extension keys, never read
    out["additionalProperties"] = false;
    return out;
  }

  // A reference to the shape's definition, made on first use.
  Json reference(const Shape& shape) {
    std::string name = def_name(shape);
    if (defs_.count(name) == 0) {
      defs_[name] = Json::object();  // reserved first: shapes may refer to each other
      defs_[name] = object_schema(shape);
    }
    Json out = Json::object();
    out["$ref"] = "#/$defs/" + name;
    return out;
  }

  Json value_schema(const ValueSpec& v, const std::string& key) {
    Json out = Json::object();
    switch (v.kind) {
      case Kind::null:
        out["type"] = "null";
        break;
      case Kind::text:
        if (v.choices.empty()) {
          out["type"] = Json::strings(k_scalar_types);
        } else {
          out["enum"] = Json::strings(v.choices);
        }
        break;
      case Kind::identifier:
        out["type"] = Json::strings({"string", "number"});
        out["pattern"] = k_identifier_pattern;
        break;
      case Kind::date:
        out["type"] = "string";
        out["format"] = "date";
        out["pattern"] = "^[0-9]{4}-[0-9]{2}-[0-9]{2}$";
        break;
      case Kind::duration:
        out["type"] = "string";
        out["pattern"] = "^[0-9]{1,11}[smhdw]$";
        break;
      case Kind::integer:
      case Kind::number:
        out["type"] = v.kind == Kind::integer ? "integer" : "number";
        if (v.minimum) out["minimum"] = *v.minimum;
        if (v.maximum) out["maximum"] = *v.maximum;
        break;
      case Kind::boolean:
        if (v.choices.empty()) {
          out["type"] = "boolean";
        } else {
          out["const"] = false;
        }
        break;
      case Kind::list:
        out["type"] = "array";
        out["items"] = value_schema(*v.items, key);
        break;
      case Kind::map:
        out = map_schema(v, key);
        break;
      case Kind::object:
        out = reference(*v.shape);
        break;
      case Kind::any_of:
        for (const ValueSpec& alternative : v.alternatives) {
          out["anyOf"].push(value_schema(alternative, key));
        }
        break;
    }
    return out;
  }

  Json map_schema(const ValueSpec& v, const std::string& key) {
    Json out = Json::object();
    out["type"] = "object";
    Json values = value_schema(*v.items, key);
    std::vector<std::pair<std::string, std::string>> named = named_keys(v.keys);
    if (v.keys == Keys::phase) {
      for (const auto& [phase_key, description] : named) {
        Json p = values;
        p["description"] = description;
        out["properties"][phase_key] = p;
      }
      out["additionalProperties"] = values;  // a model file's phases
    } else if (named.empty()) {
      if (v.keys == Keys::persona) out["propertyNames"]["pattern"] = k_identifier_pattern;
      out["additionalProperties"] = values;
    } else {
      for (const auto& [name, description] : named) {
        Json p = values;
        p["description"] = description;
        out["properties"][name] = p;
      }
      out["additionalProperties"] = false;
    }
    return out;
  }

  std::vector<std::pair<std::string, std::string>> named_keys(Keys keys) const {
    std::vector<std::pair<std::string, std::string>> out;
    switch (keys) {
      case Keys::any:
      case Keys::persona:
        break;
      case Keys::phase:
        return phase_keys();
      case Keys::rule:
        for (const auto& rule : builtin_rules()) {
          RuleInfo info = rule->info();
          out.emplace_back(info.id, info.summary);
        }
        break;
      case Keys::change_kind:
        for (const ChangeKind& kind : change_kinds()) out.emplace_back(kind.id, kind.summary);
        break;
      case Keys::score_weight:
      case Keys::score_minimum:
        for (const auto& [id, weight] : score_categories()) {
          out.emplace_back(id, "The category " + id + ".");
        }
        for (const CheckInfo& check : score_checks()) out.emplace_back(check.id, check.summary);
        if (keys == Keys::score_minimum) out.emplace_back("total", "The total score, 0-100.");
        break;
    }
    return out;
  }

  // Every phase id and alias of the catalog's models, with the phases they name.
  std::vector<std::pair<std::string, std::string>> phase_keys() const {
    std::map<std::string, std::string> described;
    std::vector<std::string> order;
    for (const Model* m : catalog_.models()) {
      for (const ModelPhase& phase : m->phases) {
        std::vector<std::string> keys = {phase.id};
        keys.insert(keys.end(), phase.aliases.begin(), phase.aliases.end());
        for (const std::string& k : keys) {
          std::string text = phase.name(Language::en) + " (" + m->id + ")";
          if (described.count(k) == 0) {
            order.push_back(k);
            described[k] = text;
          } else {
            described[k] += ", " + text;
          }
        }
      }
    }
    std::vector<std::pair<std::string, std::string>> out;
    for (const std::string& k : order) out.emplace_back(k, "Phase " + described[k] + ".");
    return out;
  }

  // The model: one of the catalog's ids (for completion), or a path to a model file.
  Json model_reference() const {
    Json ids = Json::object();
    ids["enum"] = Json::strings(catalog_.ids());
    Json path = Json::object();
    path["type"] = "string";
    Json out = Json::object();
    out["anyOf"] = Json{ids, path};
    out["description"] = journey_shape().field("model").description;
    return out;
  }

  // A journey naming a model of the catalog uses that model's phase keys only.
  Json phases_per_model() const {
    Json all = Json::array();
    for (const Model* m : catalog_.models()) {
      std::vector<std::string> keys;
      for (const ModelPhase& phase : m->phases) {
        keys.push_back(phase.id);
        keys.insert(keys.end(), phase.aliases.begin(), phase.aliases.end());
      }
      Json rule = Json::object();
      rule["if"]["properties"]["model"]["const"] = m->id;
      rule["if"]["required"] = Json::strings({"model"});
      rule["then"]["properties"]["phases"]["propertyNames"]["enum"] = Json::strings(keys);
      rule["then"]["properties"]["kpis"]["items"]["properties"]["phase"]["enum"] =
          Json::strings(keys);
      all.push(rule);
    }
    return all;
  }

  const ModelCatalog& catalog_;
  std::map<std::string, Json> defs_;
};

}  // namespace

bool parse_schema_kind(const std::string& name, SchemaKind& out) {
  for (SchemaKind kind :
       {SchemaKind::journey, SchemaKind::model, SchemaKind::config, SchemaKind::catalog}) {
    if (name == to_string(kind)) {
      out = kind;
      return true;
    }
  }
  return false;
}

const char* to_string(SchemaKind kind) {
  switch (kind) {
    case SchemaKind::journey:
      return "journey";
    case SchemaKind::model:
      return "model";
    case SchemaKind::config:
      return "config";
    case SchemaKind::catalog:
      return "catalog";
  }
  return "journey";
}

std::string json_schema(SchemaKind kind, const ModelCatalog& catalog) {
  Generator generator(catalog);
  std::string version = std::string(" (journey ") + k_version + ")";
  switch (kind) {
    case SchemaKind::journey:
      return generator.document(journey_shape(), "Journey file" + version).dump();
    case SchemaKind::model:
      return generator.document(model_shape(), "Journey model file" + version).dump();
    case SchemaKind::config:
      return generator
          .document(config_shape(), "journey configuration, .journeylint.yaml" + version)
          .dump();
    case SchemaKind::catalog:
      return generator.document(catalog_shape(), "Journey catalog file" + version).dump();
  }
  return {};
}

}  // namespace journey
