// SPDX-License-Identifier: Apache-2.0
#include "chart.hpp"

#include <algorithm>
#include <cmath>
#include <cstdio>

#include "html.hpp"

namespace journey::site {

namespace {

constexpr double k_width = 320, k_height = 170;
constexpr double k_left = 44, k_right = 14, k_top = 14, k_bottom = 40;

std::string px(double v) {
  char buffer[32];
  std::snprintf(buffer, sizeof buffer, "%.1f", v);
  return buffer;
}

struct Scale {
  const TrendChart& c;
  double x(std::size_t i) const {
    double span = k_width - k_left - k_right;
    if (c.values.size() < 2) return k_left + span / 2;
    return k_left + span * static_cast<double>(i) / static_cast<double>(c.values.size() - 1);
  }
  double y(double v) const {
    double span = k_height - k_top - k_bottom;
    double range = c.high > c.low ? c.high - c.low : 1;
    return k_top + span * (c.high - v) / range;
  }
};

void write_axes(std::ostream& out, const TrendChart& c, const Scale& s, const Words& w) {
  for (double v : {c.low, (c.low + c.high) / 2, c.high}) {
    out << "<line class=\"grid\" x1=\"" << px(k_left) << "\" x2=\"" << px(k_width - k_right)
        << "\" y1=\"" << px(s.y(v)) << "\" y2=\"" << px(s.y(v)) << "\"/>\n"
        << "<text class=\"axis\" x=\"" << px(k_left - 6) << "\" y=\"" << px(s.y(v) + 4)
        << "\" text-anchor=\"end\">" << w.number(v, v == std::floor(v) ? 0 : 1) << "</text>\n";
  }
  if (c.labels.empty()) return;
  // The first and the last date only: more would overlap on a narrow chart.
  double bottom = k_height - k_bottom + 16;
  out << "<text class=\"axis\" x=\"" << px(s.x(0)) << "\" y=\"" << px(bottom) << "\" text-anchor=\""
      << (c.labels.size() == 1 ? "middle" : "start") << "\">" << esc(c.labels.front())
      << "</text>\n";
  if (c.labels.size() > 1) {
    out << "<text class=\"axis\" x=\"" << px(s.x(c.labels.size() - 1)) << "\" y=\"" << px(bottom)
        << "\" text-anchor=\"end\">" << esc(c.labels.back()) << "</text>\n";
  }
}

void write_line(std::ostream& out, const TrendChart& c, const Scale& s, const Words& w) {
  std::string points;
  auto flush = [&] {
    if (points.find(' ') != std::string::npos) {
      out << "<polyline class=\"line\" points=\"" << points << "\"/>\n";
    }
    points.clear();
  };
  for (std::size_t i = 0; i < c.values.size(); ++i) {
    if (!c.values[i]) {
      flush();
      continue;
    }
    points += (points.empty() ? "" : " ") + px(s.x(i)) + "," + px(s.y(*c.values[i]));
  }
  flush();
  for (std::size_t i = 0; i < c.values.size(); ++i) {
    if (!c.values[i]) continue;
    out << "<circle class=\"point\" cx=\"" << px(s.x(i)) << "\" cy=\"" << px(s.y(*c.values[i]))
        << "\" r=\"3.5\"><title>"
        << esc((i < c.labels.size() ? c.labels[i] + ": " : std::string()) +
               w.number(*c.values[i], c.digits))
        << "</title></circle>\n";
  }
}

}  // namespace

double nice_ceiling(double value, double minimum) {
  double target = std::max(value, minimum);
  for (double step = 1;; step *= 10) {
    for (double m : {1.0, 2.0, 5.0}) {
      if (m * step >= target) return m * step;
    }
  }
}

void write_trend_chart(std::ostream& out, const TrendChart& c, const Words& w) {
  Scale s{c};
  std::string described;
  for (std::size_t i = 0; i < c.values.size(); ++i) {
    if (!c.values[i]) continue;
    described += (described.empty() ? "" : "; ") +
                 (i < c.labels.size() ? c.labels[i] + " " : std::string()) +
                 w.number(*c.values[i], c.digits);
  }
  out << "<figure class=\"chart\">\n<svg viewBox=\"0 0 " << px(k_width) << " " << px(k_height)
      << "\" width=\"" << px(k_width) << "\" height=\"" << px(k_height)
      << "\" role=\"img\" aria-labelledby=\"" << c.id << "-title " << c.id << "-desc\">\n"
      << "<title id=\"" << c.id << "-title\">" << esc(c.title) << "</title>\n"
      << "<desc id=\"" << c.id << "-desc\">" << esc(described) << "</desc>\n";
  write_axes(out, c, s, w);
  write_line(out, c, s, w);
  out << "</svg>\n<figcaption>" << esc(c.title) << "</figcaption>\n</figure>\n";
}

}  // namespace journey::site
