// SPDX-License-Identifier: Apache-2.0
// The journey templates, embedded at build time from templates/journeys/.
#pragma once

#include <vector>

namespace journey {

struct EmbeddedTemplate {
  const char* name;  // MODEL.LANG
  const char* text;
};

const std::vector<EmbeddedTemplate>& builtin_journey_templates();

}  // namespace journey
