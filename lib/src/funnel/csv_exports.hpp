// SPDX-License-Identifier: Apache-2.0
// The CSV exports other than event logs (csv_exports.cpp): GA4's funnel exploration, PostHog's
// funnel insight, and the metric rows of the generic data CSV (data.hpp).
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "export_builder.hpp"
#include "journey/csv.hpp"

namespace journey::funnel {

// The header's names, folded.
std::vector<std::string> header_names(const csv::Record& header);

// The shape a CSV header says; nothing when it is none of them.
std::optional<FunnelFormat> detect_csv(const std::vector<std::string>& header);

// GA4 starts its exports with '#' comment lines: the text with those lines emptied, so that
// positions stay those of the file.
std::string without_comments(const std::string& text);

void read_csv_export(const SourceText& source, FunnelFormat format, ExportBuilder& out);

}  // namespace journey::funnel
