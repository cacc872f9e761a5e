// SPDX-License-Identifier: Apache-2.0
// The model of `journey import mermaid --model auto`: a model of the catalog whose phases the
// diagram's sections name, else one made from the sections themselves.
#pragma once

#include <string>
#include <unordered_map>
#include <vector>

#include "journey/import.hpp"
#include "journey/model.hpp"

namespace journey::import_detail {

// The model's phases by folded id, then name, then alias (fold_key), so that an id wins over
// another phase's alias: how sections are matched to phases.
std::unordered_map<std::string, int> phase_keys(const Model& model);

// The model whose phases the sections name one each, in the model's order (so that the map
// shows the diagram's columns in the diagram's order); of several, the one with the fewest
// phases, then the first. Null when there are no sections or no model fits.
const Model* model_naming_sections(const std::vector<Text>& sections,
                                   const std::vector<const Model*>& models);

// A model file (YAML) with one phase per section, in order, named as written, with ASCII ids
// (`section-N` where a name has no ASCII letter or digit, unique with -2, -3, ...). Without
// sections: one phase, `tasks`. `id` must be a valid model id.
std::string model_from_sections(const MermaidDiagram& diagram, const std::string& id,
                                const std::string& name, const std::string& origin);

// A model id from the model file's name ("maps/shop.model.yaml": shop; "sections" when the name
// has no ASCII letter or digit).
std::string model_id_from_file(const std::string& model_file);

}  // namespace journey::import_detail
