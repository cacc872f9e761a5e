// SPDX-License-Identifier: Apache-2.0
#include "csv_exports.hpp"

#include <algorithm>
#include <cmath>
#include <cstdlib>
#include <map>
#include <set>

#include "journey/data.hpp"
#include "journey/escape.hpp"
#include "journey/messages.hpp"

namespace journey::funnel {

namespace {

const std::vector<std::string> k_users = {"active users", "users", "activeusers"};
const std::vector<std::string> k_ga4_metrics = {"completion rate", "abandonments",
                                                "abandonment rate", "elapsed time", "step"};

int column(const std::vector<std::string>& header, const std::vector<std::string>& names) {
  for (std::size_t i = 0; i < header.size(); ++i) {
    if (std::find(names.begin(), names.end(), header[i]) != names.end()) {
      return static_cast<int>(i);
    }
  }
  return -1;
}

bool has(const std::vector<std::string>& header, const std::vector<std::string>& names) {
  return column(header, names) >= 0;
}

// A number as a CSV export writes it; a decimal comma in a file separated by ';'.
std::optional<double> parse(std::string text, char separator) {
  text = fold(text);
  if (separator == ';') std::replace(text.begin(), text.end(), ',', '.');
  if (text.empty()) return std::nullopt;
  char* end = nullptr;
  double d = std::strtod(text.c_str(), &end);
  if (end != text.c_str() + text.size() || !std::isfinite(d)) return std::nullopt;
  return d;
}

class CsvExportReader {
 public:
  CsvExportReader(const SourceText& source, ExportBuilder& out) : source_(source), out_(out) {}

  void read(FunnelFormat format) {
    csv::Options options;
    options.max_records = k_max_export_counts;
    csv::Reader reader(source_, options);
    csv::Record record;
    if (!reader.next(record)) {
      problems(reader);
      if (reader.problems().empty()) out_.syntax({1, 1, 1, 1}, tr("the file is empty"));
      return;
    }
    separator_ = reader.separator();
    if (!columns(header_names(record), format, record)) {
      while (reader.next(record)) {
      }
      problems(reader);
      return;
    }
    while (reader.next(record)) row(record);
    problems(reader);
  }

 private:
  void problems(const csv::Reader& reader) {
    for (const csv::Problem& p : reader.problems()) out_.syntax(p.span, p.message);
  }

  bool columns(const std::vector<std::string>& h, FunnelFormat format, const csv::Record& header) {
    if (format == FunnelFormat::ga4) {
      name_ = column(h, {"step"});
      count_ = column(h, k_users);
      segment_ = column(h, {"segment"});
      for (std::size_t i = 0; i < h.size(); ++i) {
        bool known =
            static_cast<int>(i) == count_ || static_cast<int>(i) == segment_ ||
            std::find(k_ga4_metrics.begin(), k_ga4_metrics.end(), h[i]) != k_ga4_metrics.end();
        if (!known && h[i].compare(0, 2, "x-") != 0) breakdowns_.push_back(i);
      }
    } else {
      name_ = column(h, {"name", "step", "event"});
      count_ = column(h, {"count"});
      segment_ = column(h, {"breakdown_value", "breakdown"});
      time_ = column(h, {"average_conversion_time"});
    }
    if (name_ >= 0 && count_ >= 0) return true;
    SourceSpan at = header.cells.front().span;
    at.end_column = header.cells.back().span.end_column;
    out_.syntax(at, format == FunnelFormat::ga4
                        ? tr("a GA4 funnel exploration has the columns Step and Active users")
                        : tr("a PostHog funnel has the columns name and count (breakdown_value "
                             "and average_conversion_time are optional)"));
    return false;
  }

  const csv::Cell* cell(const csv::Record& r, int c) const {
    return c >= 0 && static_cast<std::size_t>(c) < r.cells.size()
               ? &r.cells[static_cast<std::size_t>(c)]
               : nullptr;
  }

  void row(const csv::Record& r) {
    const csv::Cell* name = cell(r, name_);
    const csv::Cell* count = cell(r, count_);
    if (name == nullptr || count == nullptr) return;
    if (fold(name->text).empty()) {
      out_.invalid(name->span, tr("no step name"));
      return;
    }
    std::optional<double> n = parse(count->text, separator_);
    if (!n) {
      out_.invalid(count->span, translate("'%1$s' is not a number of users", excerpt(count->text)));
      return;
    }
    ExportCount c;
    c.count = *n;
    c.span = count->span;
    c.segment = segment(r);
    if (const csv::Cell* t = cell(r, time_)) c.seconds = parse(t->text, separator_);
    if (ExportStep* step = out_.step(name->text, name->span)) out_.add(*step, std::move(c));
  }

  std::string segment(const csv::Record& r) const {
    std::string s;
    if (const csv::Cell* c = cell(r, segment_)) s = c->text;
    for (std::size_t b : breakdowns_) {
      if (b < r.cells.size() && !r.cells[b].text.empty()) {
        s += (s.empty() ? "" : " / ") + r.cells[b].text;
      }
    }
    std::string f = fold(s);
    return f == "all users" || f == "baseline" || f == "total" ? std::string() : s;
  }

  const SourceText& source_;
  ExportBuilder& out_;
  char separator_ = ',';
  int name_ = -1, count_ = -1, segment_ = -1, time_ = -1;
  std::vector<std::size_t> breakdowns_;
};

// Metric rows of the generic data CSV: a count metric per touchpoint is its step count (the
// first count metric a touchpoint has in a segment and period; a persona is a segment).
void read_metrics(const SourceText& source, ExportBuilder& out) {
  DataLoadResult loaded = load_data(source);
  for (Finding& f : loaded.findings) out.result().findings.push_back(std::move(f));
  for (const auto& [rule, n] : loaded.dropped) out.result().dropped[rule] += n;
  std::set<std::string> seen;  // touchpoint, segment, period
  for (const DataRow& row : loaded.rows) {
    if (row.kind != DataRow::Kind::metric || !is_count_metric(row.metric.value)) continue;
    std::string key = row.touchpoint.value + '\n' + row.persona.value + '\n' + row.date.value;
    if (!seen.insert(key).second) continue;
    ExportStep* step = out.step(row.touchpoint.value, row.touchpoint.span);
    if (step == nullptr) continue;
    ExportCount c;
    c.count = row.value.value;
    c.span = row.value.span;
    c.segment = row.persona.value;
    c.period = row.date.value;
    out.add(*step, std::move(c));
  }
}

}  // namespace

std::vector<std::string> header_names(const csv::Record& header) {
  std::vector<std::string> names;
  for (const csv::Cell& c : header.cells) names.push_back(fold(c.text));
  return names;
}

std::optional<FunnelFormat> detect_csv(const std::vector<std::string>& h) {
  if (has(h, {"user", "user_id", "userid", "distinct_id", "person_id", "client_id"}) &&
      has(h, {"event", "event_name", "name"}) &&
      has(h, {"timestamp", "time", "event_timestamp", "ts"})) {
    return FunnelFormat::events;
  }
  if (has(h, {"touchpoint"}) && has(h, {"metric"})) return FunnelFormat::metrics;
  if (has(h, {"step"}) && has(h, k_users)) return FunnelFormat::ga4;
  if (has(h, {"name"}) && has(h, {"count"})) return FunnelFormat::posthog;
  return std::nullopt;
}

std::string without_comments(const std::string& text) {
  std::string out;
  out.reserve(text.size());
  bool line_start = true;
  bool comment = false;
  for (char c : text) {
    if (line_start) comment = c == '#';
    line_start = c == '\n';
    if (!comment || c == '\n') out += c;
  }
  return out;
}

void read_csv_export(const SourceText& source, FunnelFormat format, ExportBuilder& out) {
  if (format == FunnelFormat::metrics) {
    read_metrics(source, out);
    return;
  }
  CsvExportReader(source, out).read(format);
}

}  // namespace journey::funnel
