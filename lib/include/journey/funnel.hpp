// SPDX-License-Identifier: Apache-2.0
// Conversion funnels (docs/format.md, "Funnels"): the step counts of a journey's `funnels:` read
// from analytics exports (GA4, Mixpanel, PostHog, Amplitude, metric rows of the generic CSV, or a
// raw event log that is computed here), matched to touchpoints, and the funnel computed from them:
// per step reached, step conversion, drop-off, cumulative conversion and time between steps, per
// phase, per segment and per period, and the biggest leak. The lint engine reads the exports of a
// journey (lint.hpp, Analysis::funnels); a caller with its own files uses read_funnel_export and
// compute_funnel directly.
#pragma once

#include <map>
#include <memory>
#include <optional>
#include <ostream>
#include <string>
#include <vector>

#include "journey/finding.hpp"
#include "journey/flow.hpp"
#include "journey/journey.hpp"
#include "journey/source.hpp"

namespace journey {

enum class FunnelFormat { ga4, mixpanel, posthog, amplitude, metrics, events };
const char* to_string(FunnelFormat format);
// "ga4", "mixpanel", ... as `format:` writes them; false for anything else.
bool parse_funnel_format(const std::string& name, FunnelFormat& out);

// Whether a metric name counts people or events (visits, users, orders; bezoeken, gebruikers,
// bestellingen; anything ending in _count), so that its values along a flow are a funnel.
bool is_count_metric(const std::string& name);

// One count of an export step: for all users, or one segment (a GA4 segment, a breakdown value),
// over the whole export or one period (a date of a Mixpanel export).
struct ExportCount {
  std::string segment;  // empty: all users
  std::string period;   // YYYY-MM-DD or YYYY-MM; empty: the whole export
  double count = 0;
  std::optional<double> seconds;  // the time from the previous step, where the export has it
  SourceSpan span;                // the count in the export
};

// A step of an export as the export names it (an event, or a GA4 step name).
struct ExportStep {
  std::string name;
  SourceSpan span;  // where the name first stands
  std::vector<ExportCount> counts;
};

struct FunnelExport {
  std::string file;   // the name findings give it
  std::string error;  // when the file could not be read at all: why ("is not a regular file")
  FunnelFormat format = FunnelFormat::metrics;
  std::vector<ExportStep> steps;  // in the export's order
  // The text, for carets; null for an event log read in pieces.
  std::shared_ptr<const SourceText> source;
  // data-syntax and data-invalid-value, `file` set; past k_max_findings only counted, by rule.
  Findings findings;
  std::map<std::string, std::size_t> dropped;
};

// What an event log needs from the funnel it is read for: which events make each step (folded
// to lower case), the window and whether the funnel is closed.
struct EventSteps {
  std::vector<std::vector<std::string>> events;  // per step
  long long window_seconds = 0;                  // 0: none
  bool closed = true;
};

// Reads an export file: `format` forces the shape, else it is detected from the JSON keys or the
// CSV header. JSON and exports other than event logs are read whole, up to k_max_input_bytes; an
// event log is read in pieces, up to k_max_event_log_bytes, with memory by users, not events.
FunnelExport read_funnel_export(const std::string& path, std::optional<FunnelFormat> format,
                                const EventSteps& steps);
// The same, for text in memory (tests, fuzzing).
FunnelExport read_funnel_export(std::shared_ptr<const SourceText> source,
                                std::optional<FunnelFormat> format, const EventSteps& steps);

// Seconds since 1970 of an event log's timestamp: Unix seconds (milliseconds or microseconds when
// that large; a fraction allowed) or ISO 8601 (2026-10-01T12:00:00Z, a space for the T, a
// fraction, an offset; UTC without one). False when it is none of them.
bool parse_event_timestamp(const std::string& text, long long& seconds);

// What an event log is read for: the funnel's steps (its `steps:`, else the touchpoints that
// list `events:`, else every touchpoint, in flow order) and the events of each (a touchpoint's
// `events:`, else its id and its name).
EventSteps event_steps(const Journey& journey, const Funnel& funnel, const Flow& flow);

struct FunnelStep {
  std::size_t touchpoint = 0;  // index into Journey::touchpoints
  std::optional<double> reached;
  double conversion = 1;          // reached / reached at the step before (1 at the first step)
  double cumulative = 1;          // reached / reached at the first step
  double drop_off = 0;            // users lost since the step before
  double drop_share = 0;          // drop_off / reached at the step before
  std::optional<double> seconds;  // mean time from the step before, where the export has it
  std::string file;               // the export that gave the count, and where it stands
  SourceSpan span;
};

struct FunnelPhase {
  std::size_t phase = 0;            // index into Journey::phases
  std::size_t first = 0, last = 0;  // its steps (indices into FunnelSeries::steps)
  double entered = 0;               // reached at its first step
  double left = 0;                  // reached at its last step
  double conversion = 1;            // left / entered
};

// A funnel over one slice of the data: everyone over the whole export, a segment or a period.
struct FunnelSeries {
  std::string segment;  // empty: all users
  std::string period;   // empty: every period
  std::vector<FunnelStep> steps;
  std::vector<FunnelPhase> phases;
  std::optional<std::size_t> biggest_leak;  // the step that loses the most users
};

// An export step no touchpoint claims.
struct UnclaimedStep {
  std::string name;
  std::string file;
  SourceSpan span;
};

struct FunnelResult {
  std::size_t funnel = 0;  // index into Journey::funnels
  FunnelSeries total;
  std::vector<FunnelSeries> segments;  // per segment, every period
  std::vector<FunnelSeries> periods;   // per period in date order, all users
  std::vector<UnclaimedStep> unclaimed;
  bool has_data() const;
};

// The funnel that stands for a journey where one is shown (score's conversion, the map's funnel
// lane, the report's table): the first with counts; null when none has any.
const FunnelResult* first_with_data(const std::vector<FunnelResult>& funnels);

// The funnel's steps: its `steps:` (ids the journey has), else every touchpoint in file order
// (phases bound to a model: in model order) that some export claims.
std::vector<std::size_t> funnel_steps(const Journey& journey, const Funnel& funnel,
                                      const Flow& flow, const std::vector<FunnelExport>& exports);

FunnelResult compute_funnel(const Journey& journey, std::size_t funnel, const Flow& flow,
                            const std::vector<FunnelExport>& exports);

enum class FunnelOutput { text, json };
struct FunnelReportOptions {
  FunnelOutput format = FunnelOutput::text;
  std::string segment;  // only this segment; empty: all users and every segment
};
// The funnels of one journey file, as `journey funnel` prints them.
void write_funnels(const Journey& journey, const std::string& file,
                   const std::vector<FunnelResult>& funnels, const FunnelReportOptions& options,
                   std::ostream& out);

// Limits (docs/format.md, "Limits").
constexpr std::size_t k_max_funnel_steps = 32;             // steps of a funnel and of an export
constexpr std::size_t k_max_export_counts = 100'000;       // counts of one export
constexpr std::size_t k_max_event_log_bytes = 4ull << 30;  // an event log, read in pieces
constexpr std::size_t k_max_event_log_rows = 200'000'000;
constexpr std::size_t k_max_event_log_users = 20'000'000;
constexpr std::size_t k_max_funnel_segments = 1'000;  // distinct segments and periods

}  // namespace journey
