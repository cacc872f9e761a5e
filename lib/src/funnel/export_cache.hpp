// SPDX-License-Identifier: Apache-2.0
// Exports read once per version of their file. `journey lsp`, `journey serve` and `render --watch`
// analyse a journey again on every edit, and a funnel's event log can take seconds to read (10
// million rows: 7.7 s); an unchanged file is not read again.
#pragma once

#include <optional>
#include <string>

#include "journey/funnel.hpp"

namespace journey::funnel {

// read_funnel_export(path, format, steps), or the copy kept from the last read of the same file
// for the same format and steps, when the file is unchanged: the same device, inode, size,
// modification and change times (taken before reading, so a write during the read is seen on the
// next call). Keeps at most 8 files and 64 MiB of their text; thread-safe.
FunnelExport cached_funnel_export(const std::string& path, std::optional<FunnelFormat> format,
                                  const EventSteps& steps);

}  // namespace journey::funnel
