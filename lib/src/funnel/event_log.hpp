// SPDX-License-Identifier: Apache-2.0
// Raw event logs (user,event,timestamp CSV; event_log.cpp): the funnel computed here, one row at
// a time, with memory by users, not by events. A file over k_max_input_bytes is read in pieces.
#pragma once

#include <string>

#include "export_builder.hpp"

namespace journey::funnel {

// The whole text at once (a file up to k_max_input_bytes).
void read_event_log(const SourceText& source, const EventSteps& steps, ExportBuilder& out);

// A regular file of any size up to k_max_event_log_bytes, in pieces; false with `error` when it
// cannot be read.
bool read_event_log_file(const std::string& path, const EventSteps& steps, ExportBuilder& out,
                         std::string& error);

}  // namespace journey::funnel
