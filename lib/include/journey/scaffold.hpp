// SPDX-License-Identifier: Apache-2.0
// New journeys (journey init): a start that lints without errors, with every phase of a model, an
// example touchpoint per phase in comments showing each lane, two personas and a KPI, so that the
// warnings of lint say what to fill in.
#pragma once

#include <optional>
#include <string>

#include "journey/model.hpp"

namespace journey {

struct ScaffoldOptions {
  std::string title;  // the journey's title; empty: "New journey" ("Nieuwe klantreis")
  Language language = Language::en;  // the comments, examples and phase keys
  std::string reviewed;              // YYYY-MM-DD, usually today
  // What `model:` says: the model id, or a path to the model file relative to the new journey;
  // empty: the model's id.
  std::string model_reference;
  // The schema editors should use (yaml-language-server modeline on the first line); empty: none.
  std::string schema;
};

// The new journey's YAML. Built-in models come from their template (templates/journeys/
// MODEL.LANG.journey.yaml); any other model is laid out the same way from its phases.
std::string scaffold_journey(const Model& model, const ScaffoldOptions& options);

// The model a new journey follows: an id of `catalog`, or a model file (see is_model_path).
struct ScaffoldModel {
  std::optional<Model> model;
  std::string error;  // "unknown model 'x'; did you mean 'y'?", or the model file's first problem
                      // as FILE:LINE:COLUMN: message
};
ScaffoldModel find_scaffold_model(const std::string& reference, const ModelCatalog& catalog);

// The path of `target` as seen from the folder of `journey_file`, for `model:` and the schema
// modeline ("models/mine.yaml", "../journey.schema.json").
std::string path_from(const std::string& journey_file, const std::string& target);

// Whether `model` has a written template in `language` (else its journey is generated).
bool has_journey_template(const Model& model, Language language);

}  // namespace journey
