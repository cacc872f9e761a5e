// SPDX-License-Identifier: Apache-2.0
#include "portfolio.hpp"

#include <algorithm>
#include <filesystem>
#include <tuple>

#include "folder.hpp"
#include "html.hpp"

namespace fs = std::filesystem;

namespace journey::site {

namespace {

constexpr std::size_t k_low_points = 50;   // across the portfolio
constexpr std::size_t k_pain_places = 20;  // journeys listed per recurring pain

}  // namespace

void Portfolio::add(const Summary& s) {
  for (const PainEntry& p : s.pains) {
    PainGroup& g = pains[p.key];
    ++g.texts[p.text];
    PainEntry where{{}, {}, p.touchpoint, p.anchor};
    g.places.push_back({s.index, where});
    // Journeys arrive in any order: keep the first ones by input order, whatever came first.
    std::sort(g.places.begin(), g.places.end(),
              [](const auto& a, const auto& b) { return a.first < b.first; });
    if (g.places.size() > k_pain_places + 1) g.places.resize(k_pain_places + 1);
    ++g.journeys;
  }
  for (std::size_t k = 0; k < s.low_points.size(); ++k) {
    low_points.push_back({s.index, k, s.low_points[k]});
  }
  std::sort(low_points.begin(), low_points.end(), [](const auto& a, const auto& b) {
    return std::tie(a.point.emotion, a.journey, a.order) <
           std::tie(b.point.emotion, b.journey, b.order);
  });
  if (low_points.size() > k_low_points) low_points.resize(k_low_points);
}

bool SiteWriter::write(const std::string& name, const std::string& html) {
  if (!error_.empty()) return false;
  fs::path path = fs::path(folder_) / name;
  std::error_code ec;
  fs::create_directories(path.parent_path(), ec);
  return write_file(path.string(), html, error_);
}

std::string journey_link(const Summary& s, const std::string& root) {
  return "<a href=\"" + root + "journeys/" + s.slug + ".html\">" + esc(s.title) + "</a>";
}

}  // namespace journey::site
