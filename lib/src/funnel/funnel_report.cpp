// SPDX-License-Identifier: Apache-2.0
// `journey funnel`'s output: a table per funnel (text) or one JSON document.
#include <iomanip>
#include <nlohmann/json.hpp>
#include <sstream>

#include "journey/funnel.hpp"
#include "journey/numbers.hpp"
#include "journey/utf8.hpp"

namespace journey {

namespace {

using ojson = nlohmann::ordered_json;

std::string percent(double share) {
  return format_fixed(share * 100, 1) + "%";
}

std::string duration(double seconds) {
  long long s = static_cast<long long>(seconds + 0.5);
  if (s < 60) return std::to_string(s) + "s";
  if (s < 3600) return std::to_string(s / 60) + "m " + std::to_string(s % 60) + "s";
  if (s < 86400) return std::to_string(s / 3600) + "h " + std::to_string(s % 3600 / 60) + "m";
  return std::to_string(s / 86400) + "d " + std::to_string(s % 86400 / 3600) + "h";
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
  out << "  " << std::left << std::setw(15) << "phase" << std::setw(28) << "step" << std::right
      << std::setw(10) << "reached" << std::setw(10) << "step" << std::setw(18) << "drop-off"
      << std::setw(11) << "overall" << std::setw(10) << "time"
      << "\n";
  for (std::size_t i = 0; i < s.steps.size(); ++i) {
    const FunnelStep& st = s.steps[i];
    out << "  " << std::left << std::setw(15)
        << clip(phase_name(j, j.touchpoints[st.touchpoint].phase), 14) << std::setw(28)
        << clip(step_name(j, st), 27) << std::right;
    if (!st.reached) {
      out << std::setw(10) << "no data"
          << "\n";
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
    out << (s.biggest_leak == i ? "  <- biggest leak" : "") << "\n";
  }
}

void write_leak(const Journey& j, const FunnelSeries& s, std::ostream& out) {
  if (!s.biggest_leak) {
    out << "  no step loses users\n";
    return;
  }
  const FunnelStep& to = s.steps[*s.biggest_leak];
  std::size_t from = *s.biggest_leak;
  while (from > 0 && !s.steps[--from].reached) {
  }
  out << "  biggest leak: " << step_name(j, s.steps[from]) << " -> " << step_name(j, to)
      << " loses " << count_of(to.drop_off, "user", "users") << " (" << percent(to.drop_share)
      << ")\n";
  out << "  phases:";
  for (const FunnelPhase& p : s.phases) {
    out << " " << phase_name(j, p.phase) << " " << format_number(p.entered) << " -> "
        << format_number(p.left) << " (" << percent(p.conversion) << ");";
  }
  out << "\n";
}

void write_text(const Journey& j, const std::string& file, const FunnelResult& r,
                const FunnelReportOptions& o, std::ostream& out) {
  const Funnel& f = j.funnels[r.funnel];
  out << file << ": funnel " << f.id.value << " \"" << f.name.value << "\" ("
      << (f.is_closed() ? "closed" : "open")
      << (f.window_seconds > 0 ? ", window " + f.window.value : std::string()) << ")\n";
  if (!r.has_data()) {
    out << "  no data: no export step matches a step of the funnel\n";
    return;
  }
  if (o.segment.empty()) {
    write_table(j, r.total, out);
    write_leak(j, r.total, out);
  }
  for (const FunnelSeries& s : r.segments) {
    if (!o.segment.empty() && s.segment != o.segment) continue;
    out << " segment " << s.segment << ":\n";
    write_table(j, s, out);
    write_leak(j, s, out);
  }
  if (!o.segment.empty()) return;
  for (const FunnelSeries& s : r.periods) {
    out << " period " << s.period << ":\n";
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
