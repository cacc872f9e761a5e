// SPDX-License-Identifier: Apache-2.0
// Reading an export: its shape detected (or forced by `format:`), then the reader of that shape.
#include <algorithm>
#include <fstream>

#include "csv_exports.hpp"
#include "event_log.hpp"
#include "journey/messages.hpp"
#include "json_exports.hpp"
#include "json_tree.hpp"

namespace journey {

namespace {

using namespace funnel;

const char* const k_format_names[] = {"ga4",       "mixpanel", "posthog",
                                      "amplitude", "metrics",  "events"};

bool looks_like_json(const std::string& text) {
  for (char c : text) {
    if (c == ' ' || c == '\t' || c == '\r' || c == '\n') continue;
    return c == '{' || c == '[';
  }
  return false;
}

const char* k_shapes = noop_tr(
    "a GA4 funnel (runFunnelReport JSON or exploration CSV), a Mixpanel, PostHog or Amplitude "
    "funnel, metric rows (touchpoint,metric,value) or an event log (user,event,timestamp)");

void read_json(const SourceText& source, std::optional<FunnelFormat> format, ExportBuilder& out) {
  JsonDocument doc = parse_json(source);
  if (!doc.ok) {
    std::size_t at = std::min(doc.error_offset, source.text().size());
    out.syntax(span_of(source, at, std::min(at + 1, source.text().size())), doc.error);
    return;
  }
  if (!format) format = detect_json(doc);
  if (!format) {
    out.syntax(span_of(source, doc.root().begin, doc.root().begin + 1),
               translate("the JSON is none of the funnel exports journey reads: %1$s; or set the "
                         "funnel's format:",
                         tr(k_shapes)));
    return;
  }
  out.result().format = *format;
  read_json_export(source, doc, *format, out);
}

// The header of a CSV text, for detection; empty when it has none, with the reader's problems
// (binary data, invalid UTF-8) in `problems`.
std::vector<std::string> csv_header(const SourceText& source,
                                    std::vector<csv::Problem>* problems = nullptr) {
  csv::Options options;
  options.max_records = 0;
  csv::Reader reader(source, options);
  csv::Record header;
  bool found = reader.next(header);
  if (problems != nullptr) *problems = reader.problems();
  return found ? header_names(header) : std::vector<std::string>{};
}

void read_csv(std::shared_ptr<const SourceText> source, std::optional<FunnelFormat> format,
              const EventSteps& steps, ExportBuilder& out) {
  SourceText plain(source->name(), without_comments(source->text()));
  std::vector<csv::Problem> problems;
  std::vector<std::string> header = csv_header(plain, &problems);
  if (!format) format = detect_csv(header);
  if (!format && header.empty() && !problems.empty()) {
    for (const csv::Problem& p : problems) out.syntax(p.span, p.message);
    return;
  }
  if (!format) {
    out.syntax({1, 1, 1, 2}, translate("the header is none of the funnel exports journey reads: "
                                       "%1$s; or set the funnel's format:",
                                       tr(k_shapes)));
    return;
  }
  out.result().format = *format;
  if (*format == FunnelFormat::events) {
    read_event_log(*source, steps, out);
  } else if (*format == FunnelFormat::mixpanel || *format == FunnelFormat::amplitude) {
    out.syntax({1, 1, 1, 2}, translate("a %1$s export is JSON, not CSV", to_string(*format)));
  } else {
    read_csv_export(*format == FunnelFormat::ga4 ? plain : *source, *format, out);
  }
}

// The first bytes of a file that read_file found too large (so a regular file).
std::string read_head(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  std::string head(64 << 10, '\0');
  in.read(&head[0], static_cast<std::streamsize>(head.size()));
  head.resize(static_cast<std::size_t>(std::max<std::streamsize>(0, in.gcount())));
  return head;
}

}  // namespace

const char* to_string(FunnelFormat format) {
  return k_format_names[static_cast<int>(format)];
}

bool parse_funnel_format(const std::string& name, FunnelFormat& out) {
  for (int i = 0; i < 6; ++i) {
    if (name == k_format_names[i]) {
      out = static_cast<FunnelFormat>(i);
      return true;
    }
  }
  return false;
}

FunnelExport read_funnel_export(std::shared_ptr<const SourceText> source,
                                std::optional<FunnelFormat> format, const EventSteps& steps) {
  FunnelExport result;
  result.file = source->name();
  result.source = source;
  ExportBuilder out(result);
  if (looks_like_json(source->text())) {
    read_json(*source, format, out);
  } else {
    read_csv(source, format, steps, out);
  }
  return result;
}

FunnelExport read_funnel_export(const std::string& path, std::optional<FunnelFormat> format,
                                const EventSteps& steps) {
  FileRead read = read_file(path);
  if (read.status == FileRead::Status::ok) {
    return read_funnel_export(std::make_shared<const SourceText>(path, std::move(read.text)),
                              format, steps);
  }
  FunnelExport result;
  result.file = path;
  if (read.status == FileRead::Status::failed) {
    result.error = read.error;
    return result;
  }
  // Too large to hold: only an event log may be, read in pieces.
  std::string start = read_head(path);
  SourceText first(path, start.substr(0, start.rfind('\n') + 1));
  if (!format && !looks_like_json(start)) format = detect_csv(csv_header(first));
  if (format != FunnelFormat::events) {
    result.error = translate("is %1$s; the limit is %2$s (only an event log may be larger)",
                             describe_size(read.size), describe_size(k_max_input_bytes));
    return result;
  }
  result.format = FunnelFormat::events;
  ExportBuilder out(result);
  if (!read_event_log_file(path, steps, out, result.error)) result.steps.clear();
  return result;
}

}  // namespace journey
