// SPDX-License-Identifier: Apache-2.0
// Catalog files: personas, channels and owners that journeys share (`use: [catalog.yaml]`). The
// lint engine resolves a journey's catalogs (lint.hpp); this reads one file.
#pragma once

#include <optional>
#include <vector>

#include "journey/finding.hpp"
#include "journey/journey.hpp"
#include "journey/source.hpp"

namespace journey {

struct Catalog {
  TextList use;  // other catalogs, relative to this file
  std::vector<Persona> personas;
  Field<bool> channels_present;  // the key `channels`, even with an empty list
  std::vector<Channel> channels;
  Field<bool> owners_present;
  std::vector<Owner> owners;
  SourceSpan span;  // the root map
};

struct CatalogLoadResult {
  // Absent when the file is not usable at all (syntax error, limit, not a map); otherwise
  // possibly partial, with its problems reported.
  std::optional<Catalog> catalog;
  // yaml-syntax, input-limit, duplicate-key, unknown-key, missing-field, wrong-type,
  // invalid-value and duplicate-id, each with `file` set to the source's name. Personas,
  // channels and owners have their `file` set too.
  Findings findings;
};

CatalogLoadResult load_catalog(const SourceText& source);

// Limits on catalogs (docs/format.md, "Limits"): how deep catalogs may use catalogs, and how many
// different catalog files one journey may use in all.
constexpr int k_max_catalog_depth = 16;
constexpr std::size_t k_max_catalogs = 64;

}  // namespace journey
