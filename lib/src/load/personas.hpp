// SPDX-License-Identifier: Apache-2.0
// Personas and the other lists of id'd maps that journeys and catalogs share.
#pragma once

#include <string>
#include <vector>

#include "reader.hpp"

namespace journey::load {

// The id of a list item for its path ("[id=sam]"), or its index ("[3]") when it has no usable id.
std::string item_selector(const Reader& r, NodeId item, std::size_t index);

// Reads `personas:`, a list of persona maps, appending to `out`.
void read_personas(Reader& r, NodeId list, std::vector<Persona>& out);

}  // namespace journey::load
