// SPDX-License-Identifier: Apache-2.0
// Every id of a linted journey with where it stands: the definitions (a persona's, touchpoint's,
// KPI's, catalog channel's or owner's `id:`, a phase's key) and the references to them (`next`,
// `personas`, emotion maps, `channel`, `owner`, a KPI's `phase`), in the journey and in the
// catalogs it uses. Definition, references and rename are lookups in it.
#pragma once

#include <string>
#include <vector>

#include "journey/journey.hpp"
#include "journey/model.hpp"

namespace journey::lsp {

enum class IdKind { persona, touchpoint, phase, channel, owner, kpi };
const char* to_string(IdKind kind);

struct Occurrence {
  IdKind kind = IdKind::persona;
  std::string id;    // for a phase: the model's phase id when bound, else the key as written
  std::string file;  // empty: the journey itself; else a catalog, as Finding::file names it
  SourceSpan span;
  bool definition = false;
};

struct IdIndex {
  std::vector<Occurrence> occurrences;

  // The occurrence at a 1-based line and code-point column of `file`, or null.
  const Occurrence* at(const std::string& file, int line, int column) const;
  // Every occurrence of the same id and kind, definitions first.
  std::vector<const Occurrence*> all_of(const Occurrence& which) const;
};

IdIndex build_index(const Journey& journey, const Model* model);

}  // namespace journey::lsp
