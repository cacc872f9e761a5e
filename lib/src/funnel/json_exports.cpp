// SPDX-License-Identifier: Apache-2.0
#include "json_exports.hpp"

#include <cmath>
#include <cstdlib>

#include "journey/date.hpp"
#include "journey/escape.hpp"
#include "journey/messages.hpp"

namespace journey::funnel {

namespace {

using Kind = JsonValue::Kind;

class JsonReader {
 public:
  JsonReader(const SourceText& source, const JsonDocument& doc, ExportBuilder& out)
      : source_(source), doc_(doc), out_(out) {}

  void ga4(const JsonValue& root);
  void mixpanel(const JsonValue& root);
  void posthog(const JsonValue& root);
  void amplitude(const JsonValue& root);

 private:
  SourceSpan span(const JsonValue& v) const { return span_of(source_, v.begin, v.end); }
  const JsonValue* member(const JsonValue& o, const char* key) const { return doc_.member(o, key); }
  const JsonValue& item(const JsonValue& v, std::size_t i) const { return doc_.at(v.items[i]); }
  const std::string& key_of(const JsonValue& v) const { return doc_.keys[&v - &doc_.values[0]]; }

  // `key` of `o`, which must be of `kind`: reported (at `o`) when missing or of another kind.
  const JsonValue* need(const JsonValue& o, const char* key, Kind kind, const char* what) {
    const JsonValue* v = member(o, key);
    if (v != nullptr && v->kind == kind) return v;
    // TRANSLATORS: %1$s is a JSON key of the export; %2$s what it should hold, as "a list of
    // metrics" (translated separately).
    if (v == nullptr) {
      out_.syntax(span(o), translate("no '%1$s': the export needs %2$s", key, tr(what)));
    } else {
      out_.syntax(span(*v), translate("'%1$s' should be %2$s", key, tr(what)));
    }
    return nullptr;
  }

  // A count: a JSON number, or a string holding one (GA4 writes numbers as strings).
  std::optional<double> number(const JsonValue& v) {
    if (v.kind == Kind::number) return v.number;
    if (v.kind == Kind::string && !v.text.empty()) {
      char* end = nullptr;
      double d = std::strtod(v.text.c_str(), &end);
      if (end == v.text.c_str() + v.text.size() && std::isfinite(d)) return d;
    }
    out_.invalid(span(v), tr("expected a number of users here"));
    return std::nullopt;
  }

  std::optional<double> seconds(const JsonValue* v, double scale) {
    if (v == nullptr || v->kind != Kind::number) return std::nullopt;
    return v->number * scale;
  }

  void add(const JsonValue& name, const JsonValue& count, ExportCount c) {
    if (name.kind != Kind::string) {
      out_.syntax(span(name), tr("a step name is a string"));
      return;
    }
    std::optional<double> n = number(count);
    if (!n) return;
    ExportStep* step = out_.step(name.text, span(name));
    if (step == nullptr) return;
    c.count = *n;
    c.span = span(count);
    out_.add(*step, std::move(c));
  }

  void mixpanel_steps(const JsonValue& steps, const std::string& period,
                      const std::string& segment);
  void posthog_steps(const JsonValue& steps);
  std::string text_of(const JsonValue& v) const;

  const SourceText& source_;
  const JsonDocument& doc_;
  ExportBuilder& out_;
};

std::string JsonReader::text_of(const JsonValue& v) const {
  switch (v.kind) {
    case Kind::string:
      return v.text;
    case Kind::number:
      return source_.text().substr(v.begin, v.end - v.begin);
    case Kind::array: {
      std::string out;
      for (std::size_t i = 0; i < v.items.size(); ++i) {
        out += (i ? ", " : "") + text_of(item(v, i));
      }
      return out;
    }
    default:
      return {};
  }
}

// funnelTable: dimensionHeaders (funnelStepName, then segment or a breakdown), metricHeaders
// (activeUsers, ...), rows of dimensionValues and metricValues, every value a string.
void JsonReader::ga4(const JsonValue& root) {
  const JsonValue* table = need(root, "funnelTable", Kind::object, noop_tr("an object"));
  if (table == nullptr) return;
  const JsonValue* dims =
      need(*table, "dimensionHeaders", Kind::array, noop_tr("a list of dimensions"));
  const JsonValue* metrics =
      need(*table, "metricHeaders", Kind::array, noop_tr("a list of metrics"));
  if (dims == nullptr || metrics == nullptr) return;
  auto find = [&](const JsonValue& headers, const char* name) -> int {
    for (std::size_t i = 0; i < headers.items.size(); ++i) {
      const JsonValue* n = member(item(headers, i), "name");
      if (n != nullptr && n->kind == Kind::string && n->text == name) return static_cast<int>(i);
    }
    return -1;
  };
  int step = find(*dims, "funnelStepName"), users = find(*metrics, "activeUsers");
  if (step < 0 || users < 0) {
    out_.syntax(span(step < 0 ? *dims : *metrics),
                step < 0 ? tr("no funnelStepName dimension: request it in the runFunnelReport")
                         : tr("no activeUsers metric: the funnel table counts active users"));
    return;
  }
  const JsonValue* rows = member(*table, "rows");
  if (rows == nullptr || rows->kind != Kind::array) return;  // an empty report has no rows
  for (std::size_t r = 0; r < rows->items.size(); ++r) {
    const JsonValue& row = item(*rows, r);
    const JsonValue* dv = member(row, "dimensionValues");
    const JsonValue* mv = member(row, "metricValues");
    if (dv == nullptr || mv == nullptr || dv->kind != Kind::array || mv->kind != Kind::array ||
        dv->items.size() != dims->items.size() || mv->items.size() != metrics->items.size()) {
      out_.syntax(span(row), tr("a row needs one dimensionValues entry per dimension and one "
                                "metricValues entry per metric"));
      continue;
    }
    ExportCount c;
    for (std::size_t d = 0; d < dv->items.size(); ++d) {
      const JsonValue* value = member(item(*dv, d), "value");
      if (static_cast<int>(d) == step || value == nullptr) continue;
      std::string s = text_of(*value);
      if (fold(s) == "all users" || fold(s) == "reserved_total") continue;
      c.segment += (c.segment.empty() ? "" : " / ") + s;
    }
    const JsonValue* name = member(item(*dv, static_cast<std::size_t>(step)), "value");
    const JsonValue* count = member(item(*mv, static_cast<std::size_t>(users)), "value");
    if (name == nullptr || count == nullptr) {
      out_.syntax(span(row), tr("a dimension or metric value without 'value'"));
      continue;
    }
    add(*name, *count, c);
  }
}

// data: {date: {steps: [...]}} or, segmented, {date: {segment: [...]}} with "$overall".
void JsonReader::mixpanel(const JsonValue& root) {
  const JsonValue* data = need(root, "data", Kind::object, noop_tr("an object of dates"));
  if (data == nullptr) return;
  for (std::size_t d = 0; d < data->items.size(); ++d) {
    const JsonValue& day = item(*data, d);
    std::string period = key_of(day);
    if (!is_iso_date(period)) {
      out_.invalid(span_of(source_, day.key_begin, day.key_begin + period.size() + 2),
                   translate("'%1$s' is not a date (YYYY-MM-DD)", excerpt(period)));
      continue;
    }
    if (day.kind != Kind::object) {
      out_.syntax(span(day), tr("a date's funnel is an object with 'steps'"));
      continue;
    }
    const JsonValue* steps = member(day, "steps");
    if (steps != nullptr) {
      mixpanel_steps(*steps, period, "");
      continue;
    }
    for (std::size_t s = 0; s < day.items.size(); ++s) {
      const JsonValue& seg = item(day, s);
      std::string segment = key_of(seg) == "$overall" ? "" : key_of(seg);
      if (seg.kind == Kind::array) mixpanel_steps(seg, period, segment);
    }
  }
}

void JsonReader::mixpanel_steps(const JsonValue& steps, const std::string& period,
                                const std::string& segment) {
  if (steps.kind != Kind::array) {
    out_.syntax(span(steps), tr("'steps' is a list of steps"));
    return;
  }
  for (std::size_t i = 0; i < steps.items.size(); ++i) {
    const JsonValue& s = item(steps, i);
    const JsonValue* name = member(s, "event");
    if (name == nullptr || name->kind != Kind::string) name = member(s, "goal");
    const JsonValue* count = member(s, "count");
    if (name == nullptr || count == nullptr) {
      out_.syntax(span(s), tr("a step needs 'event' (or 'goal') and 'count'"));
      continue;
    }
    ExportCount c;
    c.period = period;
    c.segment = segment;
    if (i > 0) c.seconds = seconds(member(s, "avg_time"), 1);
    add(*name, *count, c);
  }
}

// result (or results): the steps, or one list of steps per breakdown value.
void JsonReader::posthog(const JsonValue& root) {
  const JsonValue* result = member(root, "result");
  if (result == nullptr) result = member(root, "results");
  if (result == nullptr || result->kind != Kind::array) {
    out_.syntax(span(result != nullptr ? *result : root),
                tr("no 'result' list: export the funnel insight as JSON"));
    return;
  }
  if (!result->items.empty() && item(*result, 0).kind == Kind::array) {
    for (std::size_t b = 0; b < result->items.size(); ++b) posthog_steps(item(*result, b));
    return;
  }
  posthog_steps(*result);
}

void JsonReader::posthog_steps(const JsonValue& steps) {
  if (steps.kind != Kind::array) {
    out_.syntax(span(steps), tr("a breakdown's steps are a list"));
    return;
  }
  for (std::size_t i = 0; i < steps.items.size(); ++i) {
    const JsonValue& s = item(steps, i);
    const JsonValue* name = member(s, "name");
    const JsonValue* count = member(s, "count");
    if (name == nullptr || count == nullptr) {
      out_.syntax(span(s), tr("a step needs 'name' and 'count'"));
      continue;
    }
    ExportCount c;
    if (const JsonValue* b = member(s, "breakdown_value")) c.segment = text_of(*b);
    if (fold(c.segment) == "baseline") c.segment.clear();
    if (i > 0) c.seconds = seconds(member(s, "average_conversion_time"), 1);
    add(*name, *count, c);
  }
}

// data: one entry per segment, each with events, cumulativeRaw (users per step), stepByStep and
// cumulative (ratios) and avgTransTimes (milliseconds).
void JsonReader::amplitude(const JsonValue& root) {
  const JsonValue* data = need(root, "data", Kind::array, noop_tr("a list of segments"));
  if (data == nullptr) return;
  for (std::size_t g = 0; g < data->items.size(); ++g) {
    const JsonValue& seg = item(*data, g);
    const JsonValue* events = need(seg, "events", Kind::array, noop_tr("the list of step events"));
    const JsonValue* raw = need(seg, "cumulativeRaw", Kind::array, noop_tr("the users per step"));
    if (events == nullptr || raw == nullptr) continue;
    if (events->items.size() != raw->items.size()) {
      out_.syntax(span(*raw), translate("cumulativeRaw has %1$s counts for %2$s events",
                                        raw->items.size(), events->items.size()));
      continue;
    }
    std::string segment;
    const JsonValue* group = member(seg, "groupValue");
    if (group != nullptr && group->kind == Kind::string) {
      segment = group->text;
    } else if (data->items.size() > 1) {
      segment = "segment " + std::to_string(g + 1);
    }
    const JsonValue* times = member(seg, "avgTransTimes");
    for (std::size_t i = 0; i < events->items.size(); ++i) {
      ExportCount c;
      c.segment = segment;
      if (i > 0 && times != nullptr && times->kind == Kind::array && i < times->items.size()) {
        c.seconds = seconds(&item(*times, i), 0.001);
      }
      add(item(*events, i), item(*raw, i), c);
    }
  }
}

}  // namespace

std::optional<FunnelFormat> detect_json(const JsonDocument& doc) {
  const JsonValue& root = doc.root();
  if (doc.member(root, "funnelTable") != nullptr) return FunnelFormat::ga4;
  if (doc.member(root, "result") != nullptr || doc.member(root, "results") != nullptr) {
    return FunnelFormat::posthog;
  }
  const JsonValue* data = doc.member(root, "data");
  if (data != nullptr && data->kind == Kind::object) return FunnelFormat::mixpanel;
  if (data != nullptr && data->kind == Kind::array) return FunnelFormat::amplitude;
  return std::nullopt;
}

void read_json_export(const SourceText& source, const JsonDocument& doc, FunnelFormat format,
                      ExportBuilder& out) {
  JsonReader reader(source, doc, out);
  const JsonValue& root = doc.root();
  if (root.kind != Kind::object) {
    out.syntax(span_of(source, root.begin, root.end), tr("an export is a JSON object"));
    return;
  }
  switch (format) {
    case FunnelFormat::ga4:
      reader.ga4(root);
      break;
    case FunnelFormat::mixpanel:
      reader.mixpanel(root);
      break;
    case FunnelFormat::posthog:
      reader.posthog(root);
      break;
    case FunnelFormat::amplitude:
      reader.amplitude(root);
      break;
    default:
      out.syntax(span_of(source, root.begin, root.end),
                 translate("a %1$s export is CSV, not JSON", to_string(format)));
  }
}

}  // namespace journey::funnel
