// SPDX-License-Identifier: Apache-2.0
// Loading a journey file: YAML text -> Journey, with positioned findings for what does not fit.
#pragma once

#include <optional>

#include "journey/finding.hpp"
#include "journey/journey.hpp"
#include "journey/source.hpp"
#include "journey/yaml_tree.hpp"

namespace journey {

struct LoadResult {
  // Absent when the file is not usable at all (syntax error, limit, not a map). Present, possibly
  // partial, otherwise: fields with wrong types are left unset and reported.
  std::optional<Journey> journey;
  // yaml-syntax, input-limit, duplicate-key, unknown-key, missing-field, wrong-type,
  // invalid-value. Severities are not set yet: the lint engine applies the configuration.
  Findings findings;
};

LoadResult load_journey(const SourceText& source, const yaml::Limits& limits = {});

}  // namespace journey
