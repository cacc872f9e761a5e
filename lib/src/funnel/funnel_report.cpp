// SPDX-License-Identifier: Apache-2.0
// `journey funnel`'s output: a table per funnel (text) or one JSON document.
#include <iomanip>
#include <nlohmann/json.hpp>
#include <sstream>

#include "journey/funnel.hpp"
#include "journey/messages.hpp"
#include "journey/numbers.hpp"
#include "journey/utf8.hpp"

namespace journey {

namespace {

using ojson = nlohmann::ordered_json;

std::string percent(double share) {
  return decimal(share * 100, 1) + "%";
}

// Seconds, minutes, hours and days in the units' short forms ("1m 5s", Dutch "1u 5m" for hours).
std::string duration(double seconds) {
  long long s = static_cast<long long>(seconds + 0.5);
  // TRANSLATORS: a time in short units (s seconds, m minutes, h hours, d days) in a table column
  // 10 characters wide, as "3d 4h".
  if (s < 60) return translate("%1$ss", s);
  if (s < 3600) return translate("%1$sm %2$ss", s / 60, s % 60);
  if (s < 86400) return translate("%1$sh %2$sm", s / 3600, s % 3600 / 60);
  return translate("%1$sd %2$sh", s / 86400, s % 86400 / 3600);
}

// A count of users as count_of writes it (whole counts in full), and the number that chooses its
// plural form (English: the singular for exactly 1 only).
std::string count_text(double n) {
  bool whole = n == std::floor(n) && std::fabs(n) < 1e15;
  return whole ? format_fixed(n, 0) : format_number(n);
}
unsigned long plural_count(double n) {
  return n == std::floor(n) && n >= 0 && n < 1e15 ? static_cast<unsigned long>(n) : 2;
}

std::string step_name(const Journey& j, const FunnelStep& s) {
  const Touchpoint& tp = j.touchpoints[s.touchpoint];
  return tp.name.value.empty() ? tp.id.value : tp.name.value;
}

// At most `width` bytes, cut with "~" (names are for a terminal table; the JSON has them whole).
std::string clip(std::string s, std::size_t width) {
  if (s.size() <= width) return s;
  s.resize(utf8_floor(s, width - 1));
  return s + "~";
}

std::string phase_name(const Journey& j, std::size_t phase) {
  return phase < j.phases.size() ? j.phases[phase].key.value : std::string();
}

void write_table(const Journey& j, const FunnelSeries& s, std::ostream& out) {
  // TRANSLATORS: the column headings of journey funnel's table (15, 28, 10, 10, 18, 11 and 10
  // characters wide): the phase, the step (touchpoint), the users who reached it, the share of
  // the step before that reached it ("step" again), the users lost, the share of the first step
  // that reached it, the time from the step before.
  out << "  " << std::left << std::setw(15) << tr("phase") << std::setw(28) << tr("step")
      << std::right << std::setw(10) << tr("reached") << std::setw(10) << tr("step")
      << std::setw(18) << tr("drop-off") << std::setw(11) << tr("overall") << std::setw(10)
      << tr("time") << "\n";
  for (std::size_t i = 0; i < s.steps.size(); ++i) {
    const FunnelStep& st = s.steps[i];
    out << "  " << std::left << std::setw(15)
        << clip(phase_name(j, j.touchpoints[st.touchpoint].phase), 14) << std::setw(28)
        << clip(step_name(j, st), 27) << std::right;
    if (!st.reached) {
      out << std::setw(10) << tr("no data") << "\n";
      continue;
    }
    bool first = st.cumulative == 1 && st.drop_off == 0 && st.conversion == 1;
    std::string drop =
        first ? "-" : format_number(st.drop_off) + " (" + percent(st.drop_share) + ")";
    out << std::setw(10) << format_number(*st.reached) << std::setw(10)
        << (first ? "-" : percent(st.conversion)) << std::setw(18) << drop << std::setw(11)
        << percent(st.cumulative);
    // No time and no mark: the line ends at the last number (no trailing blanks).
    if (st.seconds || s.biggest_leak == i) {
      out << std::setw(10) << (st.seconds ? duration(*st.seconds) : "");
    }
    if (s.biggest_leak == i) out << "  " << tr("<- biggest leak");
    out << "\n";
  }
}

void write_leak(const Journey& j, const FunnelSeries& s, std::ostream& out) {
  if (!s.biggest_leak) {
    out << "  " << tr("no step loses users") << "\n";
    return;
  }
  const FunnelStep& to = s.steps[*s.biggest_leak];
  std::size_t from = *s.biggest_leak;
  while (from > 0 && !s.steps[--from].reached) {
  }
  out << "  "
      << translate_n("biggest leak: %1$s -> %2$s loses %3$s user (%4$s)",
                     "biggest leak: %1$s -> %2$s loses %3$s users (%4$s)",
                     plural_count(to.drop_off), step_name(j, s.steps[from]), step_name(j, to),
                     count_text(to.drop_off), percent(to.drop_share))
      << "\n";
  out << "  " << tr("phases:");
  for (const FunnelPhase& p : s.phases) {
    out << " " << phase_name(j, p.phase) << " " << format_number(p.entered) << " -> "
        << format_number(p.left) << " (" << percent(p.conversion) << ");";
  }
  out << "\n";
}

void write_text(const Journey& j, const std::string& file, const FunnelResult& r,
                const FunnelReportOptions& o, std::ostream& out) {
  const Funnel& f = j.funnels[r.funnel];
  if (f.window_seconds > 0) {
    out << (f.is_closed() ? translate("%1$s: funnel %2$s \"%3$s\" (closed, window %4$s)", file,
                                      f.id.value, f.name.value, f.window.value)
                          : translate("%1$s: funnel %2$s \"%3$s\" (open, window %4$s)", file,
                                      f.id.value, f.name.value, f.window.value));
  } else {
    out << (f.is_closed()
                ? translate("%1$s: funnel %2$s \"%3$s\" (closed)", file, f.id.value, f.name.value)
                : translate("%1$s: funnel %2$s \"%3$s\" (open)", file, f.id.value, f.name.value));
  }
  out << "\n";
  if (!r.has_data()) {
    out << "  " << tr("no data: no export step matches a step of the funnel") << "\n";
    return;
  }
  if (o.segment.empty()) {
    write_table(j, r.total, out);
    write_leak(j, r.total, out);
  }
  for (const FunnelSeries& s : r.segments) {
    if (!o.segment.empty() && s.segment != o.segment) continue;
    out << " " << translate("segment %1$s:", s.segment) << "\n";
    write_table(j, s, out);
    write_leak(j, s, out);
  }
  if (!o.segment.empty()) return;
  for (const FunnelSeries& s : r.periods) {
    out << " " << translate("period %1$s:", s.period) << "\n";
    write_table(j, s, out);
  }
}

ojson series_json(const Journey& j, const FunnelSeries& s) {
  ojson steps = ojson::array();
  for (const FunnelStep& st : s.steps) {
    const Touchpoint& tp = j.touchpoints[st.touchpoint];
    ojson x{{"touchpoint", tp.id.value},
            {"name", tp.name.value},
            {"phase", phase_name(j, tp.phase)},
            {"reached", st.reached ? ojson(*st.reached) : ojson(nullptr)}};
    if (st.reached) {
      x["conversion"] = st.conversion;
      x["cumulative"] = st.cumulative;
      x["drop_off"] = st.drop_off;
      x["drop_share"] = st.drop_share;
      x["seconds"] = st.seconds ? ojson(*st.seconds) : ojson(nullptr);
      x["source"] =
          st.file + ":" + std::to_string(st.span.line) + ":" + std::to_string(st.span.column);
    }
    steps.push_back(std::move(x));
  }
  ojson phases = ojson::array();
  for (const FunnelPhase& p : s.phases) {
    phases.push_back({{"phase", phase_name(j, p.phase)},
                      {"entered", p.entered},
                      {"left", p.left},
                      {"conversion", p.conversion}});
  }
  ojson out{{"segment", s.segment.empty() ? ojson(nullptr) : ojson(s.segment)},
            {"period", s.period.empty() ? ojson(nullptr) : ojson(s.period)},
            {"steps", steps},
            {"phases", phases}};
  out["biggest_leak"] = s.biggest_leak
                            ? ojson(j.touchpoints[s.steps[*s.biggest_leak].touchpoint].id.value)
                            : ojson(nullptr);
  return out;
}

ojson funnel_json(const Journey& j, const FunnelResult& r, const FunnelReportOptions& o) {
  const Funnel& f = j.funnels[r.funnel];
  ojson out{{"id", f.id.value},
            {"name", f.name.value},
            {"closed", f.is_closed()},
            {"window_seconds", f.window_seconds > 0 ? ojson(f.window_seconds) : ojson(nullptr)},
            {"has_data", r.has_data()}};
  if (o.segment.empty()) out["total"] = series_json(j, r.total);
  ojson segments = ojson::array(), periods = ojson::array();
  for (const FunnelSeries& s : r.segments) {
    if (o.segment.empty() || s.segment == o.segment) segments.push_back(series_json(j, s));
  }
  for (const FunnelSeries& s : r.periods) {
    if (o.segment.empty()) periods.push_back(series_json(j, s));
  }
  out["segments"] = segments;
  out["periods"] = periods;
  ojson unclaimed = ojson::array();
  for (const UnclaimedStep& u : r.unclaimed) {
    unclaimed.push_back({{"name", u.name},
                         {"source", u.file + ":" + std::to_string(u.span.line) + ":" +
                                        std::to_string(u.span.column)}});
  }
  out["unclaimed"] = unclaimed;
  return out;
}

}  // namespace

void write_funnels(const Journey& journey, const std::string& file,
                   const std::vector<FunnelResult>& funnels, const FunnelReportOptions& options,
                   std::ostream& out) {
  if (options.format == FunnelOutput::json) {
    ojson list = ojson::array();
    for (const FunnelResult& r : funnels) list.push_back(funnel_json(journey, r, options));
    ojson doc{{"file", file}, {"funnels", list}};
    out << doc.dump(2, ' ', false, nlohmann::json::error_handler_t::replace) << "\n";
    return;
  }
  for (const FunnelResult& r : funnels) write_text(journey, file, r, options, out);
}

}  // namespace journey
