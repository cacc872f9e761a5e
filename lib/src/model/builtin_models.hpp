// SPDX-License-Identifier: Apache-2.0
// The YAML of the built-in models, embedded at build time from templates/models/.
#pragma once

#include <vector>

namespace journey {

struct EmbeddedModel {
  const char* name;  // file stem
  const char* text;
};

const std::vector<EmbeddedModel>& builtin_model_sources();

}  // namespace journey
