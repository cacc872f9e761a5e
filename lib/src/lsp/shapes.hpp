// SPDX-License-Identifier: Apache-2.0
// A cursor's YAML path read against the field tables (journey/fields.hpp), so that completion
// and hover know the keys of a map and the values a key takes, as the loaders do.
#pragma once

#include <string>
#include <vector>

#include "journey/fields.hpp"
#include "text_document.hpp"

namespace journey::lsp {

enum class FileKind { journey, catalog, model, config };
FileKind file_kind(const std::string& path, const TextDocument& doc, bool journey);
const ValueSpec& root_spec(FileKind kind);

struct Slot {
  const ValueSpec* spec = nullptr;  // what stands at the path; null when the path leads nowhere
  const Shape* owner = nullptr;     // the shape whose field is the last key of the path
  std::string key;                  // that key
  ValueSpec::Keys map_keys = ValueSpec::Keys::any;  // the path's last key is a key of such a map
};

Slot resolve(const ValueSpec& root, const std::vector<std::string>& path);

// The alternative of a value that holds keys (an object or a map), or null.
const ValueSpec* container_of(const ValueSpec* spec);
// The scalar a value takes, past "or empty", alternatives and list items: its choices, booleans.
std::vector<const ValueSpec*> scalars_of(const ValueSpec* spec);

// "text", "list of identifiers", "integer 1..5 or map of persona to integer 1..5", ...
std::string describe(const ValueSpec& spec);

}  // namespace journey::lsp
