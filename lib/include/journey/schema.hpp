// SPDX-License-Identifier: Apache-2.0
// JSON Schemas (draft 2020-12) of journey files, model files, .journeylint.yaml and catalog files
// (`use:`), generated from
// the loaders' field tables (journey/fields.hpp), for editors: completion, hover text and
// validation as you type (VS Code's YAML extension and any yaml-language-server client).
#pragma once

#include <string>

#include "journey/model.hpp"

namespace journey {

enum class SchemaKind { journey, model, config, catalog };

// "journey", "model", "config" or "catalog"; false when unknown.
bool parse_schema_kind(const std::string& name, SchemaKind& out);
const char* to_string(SchemaKind kind);

// The schema as pretty-printed JSON. For journeys, the models of `catalog` give the phase keys
// editors complete, and a journey naming one of them may use only its phase ids and aliases.
// Deterministic: the same catalog gives the same bytes.
std::string json_schema(SchemaKind kind, const ModelCatalog& catalog);

}  // namespace journey
