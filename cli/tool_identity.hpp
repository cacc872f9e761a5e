// SPDX-License-Identifier: Apache-2.0
// What identifies this binary to the caches (lint --cache, the report's diagrams).
#pragma once

#include <string>

namespace journey::cli {

// The version and the binary's size and time on disk, which change with every build, so that no
// build trusts what another one stored.
std::string tool_identity();

}  // namespace journey::cli
