// SPDX-License-Identifier: Apache-2.0
// The JSON exports (json_exports.cpp): GA4's runFunnelReport response, Mixpanel's funnels query,
// PostHog's funnel insight and Amplitude's Dashboard REST funnel, each documented in
// tests/data/README.md with where the vendor describes it.
#pragma once

#include <optional>

#include "export_builder.hpp"
#include "json_tree.hpp"

namespace journey::funnel {

// The shape of a parsed document by its keys; nothing when it is none of them.
std::optional<FunnelFormat> detect_json(const JsonDocument& doc);

// Reads `doc` (parsed from `source`) as `format`'s export into the builder.
void read_json_export(const SourceText& source, const JsonDocument& doc, FunnelFormat format,
                      ExportBuilder& out);

}  // namespace journey::funnel
