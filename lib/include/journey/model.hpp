// SPDX-License-Identifier: Apache-2.0
// Journey models: the ordered phases a journey goes through (See-Think-Do-Care, AIDA, ...).
#pragma once

#include <memory>
#include <optional>
#include <ostream>
#include <string>
#include <vector>

#include "journey/finding.hpp"
#include "journey/source.hpp"
#include "journey/words.hpp"

namespace journey {

enum class Stage { pre_purchase, purchase, post_purchase };
const char* to_string(Stage stage);

struct ModelPhase {
  std::string id;
  std::string name_en;
  std::string name_nl;  // empty when the model has no Dutch name
  std::vector<std::string> aliases;
  Stage stage = Stage::pre_purchase;
  std::string description;
  std::vector<std::string> channels;
  // The customer's usual role in the phase (stranger, visitor, lead, customer, promoter,
  // ambassador, or free text); a journey's phase may say otherwise. Empty when not given.
  std::string role_en;
  std::string role_nl;

  // The name in a language, falling back to English.
  const std::string& name(Language language) const;
  const std::string& role(Language language) const;
};

struct Model {
  std::string id;
  std::string name;  // English
  std::string name_nl;
  std::string description;  // English, optional
  std::string description_nl;
  std::string source;
  std::string reference;
  std::vector<ModelPhase> phases;
  // When the journey loops, the phases it loops from and back to (indices into phases).
  std::optional<std::pair<int, int>> loop;
  std::string origin;  // "built-in" or the path of the model file
  std::string text;    // the model's YAML source, for `journey models show`

  const std::string& display_name(Language language) const;
  const std::string& display_description(Language language) const;
  // Index of the phase whose id or alias is `key`, or -1.
  int find_phase(const std::string& key) const;
  bool has_post_purchase() const;
};

struct ModelLoadResult {
  std::optional<Model> model;  // absent when the file has errors
  Findings findings;           // every problem, positioned in the model file
};

// Whether a journey's `model:` names a file rather than an id: it holds a '/' or ends in .yaml or
// .yml.
bool is_model_path(const std::string& model);

// Reads a model from YAML. Every problem is an error: a model must be right to be used.
ModelLoadResult load_model(const SourceText& source);

// The built-in models and any added from model files, looked up by id.
class ModelCatalog {
 public:
  // The catalog of built-in models. Each is parsed the first time it is looked up, once per
  // process (thread-safe): linting a file reads only the model it uses.
  static const ModelCatalog& builtin();

  // The model with this id, parsed if it was not yet; null when there is none.
  const Model* find(const std::string& id) const;
  // Every model, in catalog order (parses the built-in ones not parsed yet).
  std::vector<const Model*> models() const;
  std::vector<std::string> ids() const;
  // The models added to the built-in ones (from model directories), in catalog order.
  std::vector<const Model*> added() const;
  void add(std::shared_ptr<const Model> model);

  struct Entry;  // an id with its model, or the YAML to parse it from

 private:
  std::vector<std::shared_ptr<Entry>> entries_;  // shared by copies: parsed once
};

// Models as JSON (`journey models --format json`): {"version": 1, "models": [...]}, each with its
// id, names (English, Dutch or null), description, origin ("built-in" or its file), phases (id,
// names, aliases, stage) and loop ({"from", "to"} phase ids, or null), in the order given.
void write_models_json(const std::vector<const Model*>& models, std::ostream& out);

}  // namespace journey
