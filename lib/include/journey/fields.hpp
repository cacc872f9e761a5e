// SPDX-License-Identifier: Apache-2.0
// The fields of journey files, model files and .journeylint.yaml, as one table per kind of map:
// the loaders take their keys and allowed values from it (unknown keys, did-you-means) and
// `journey schema` describes it as JSON Schema, so the two cannot drift apart. A test loads a
// journey with every field of the table and validates every shipped journey against the schema.
#pragma once

#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace journey {

struct Shape;

// What a value may be.
struct ValueSpec {
  enum class Kind {
    null,
    text,
    identifier,
    date,
    duration,  // a whole number and s, m, h, d or w: 30m, 1d
    integer,
    number,
    boolean,
    list,
    map,
    object,
    any_of
  };
  // What the keys of a map are, so that a schema can name them (a phase, a rule, ...).
  enum class Keys { any, phase, persona, rule, change_kind, score_weight, score_minimum };

  Kind kind = Kind::text;
  std::vector<std::string>
      choices;  // text: one of these, empty for any; boolean: {"false"} for false only
  std::optional<double> minimum, maximum;
  std::shared_ptr<const ValueSpec> items;  // a list's items, a map's values
  Keys keys = Keys::any;                   // a map's keys
  const Shape* shape = nullptr;            // an object's fields
  std::vector<ValueSpec> alternatives;     // any_of: one of these
};

struct FieldSpec {
  std::string key;
  ValueSpec value;
  bool required = false;
  std::string description;  // one sentence, shown by editors on hover
};

// A kind of map (a journey, a touchpoint, a model phase, ...). Keys starting with "x-" are
// extensions everywhere: never reported, never read.
struct Shape {
  std::string name;
  std::string description;
  std::vector<FieldSpec> fields;

  std::vector<std::string> keys() const;
  // The field named `key`; it must exist (the loaders ask only for their own keys).
  const FieldSpec& field(std::string_view key) const;
  // The choices of a text field, or of the items of a list field.
  const std::vector<std::string>& choices(std::string_view key) const;
};

// Journey files.
const Shape& journey_shape();
const Shape& persona_shape();
const Shape& phase_shape();
const Shape& touchpoint_shape();
const Shape& pain_shape();
const Shape& backstage_shape();
const Shape& kpi_shape();
const Shape& funnel_shape();

// Catalog files (`use:`): personas, channels and owners shared by journeys.
const Shape& catalog_shape();
const Shape& channel_shape();
const Shape& owner_shape();

// Model files.
const Shape& model_shape();
const Shape& model_phase_shape();
const Shape& translated_shape();  // {en, nl}
const Shape& loop_shape();

// .journeylint.yaml.
const Shape& config_shape();
const Shape& override_shape();
const Shape& config_diff_shape();
const Shape& config_score_shape();
const Shape& config_render_shape();

// Every shape, for tests and the schema.
std::vector<const Shape*> all_shapes();

}  // namespace journey
