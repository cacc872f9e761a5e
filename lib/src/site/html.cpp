// SPDX-License-Identifier: Apache-2.0
#include "html.hpp"

#include <cctype>
#include <cstdio>
#include <set>

#include "journey/escape.hpp"
#include "journey/version.hpp"

namespace journey::site {

std::string esc(std::string_view text) {
  return html_escape(text);
}

namespace {

struct NavItem {
  Section section;
  const char* file;
  const char* Words::*label;
};

const NavItem k_nav[] = {
    {Section::journeys, "index.html", &Words::journeys},
    {Section::channels, "channels.html", &Words::channels},
    {Section::owners, "owners.html", &Words::owners},
    {Section::personas, "personas.html", &Words::personas},
    {Section::pains, "pains.html", &Words::pains},
    {Section::low_points, "low-points.html", &Words::low_points},
    {Section::leaks, "leaks.html", &Words::leaks},
    {Section::states, "states.html", &Words::states},
};

}  // namespace

void begin_page(std::ostream& out, const PageFrame& f) {
  const Words& w = *f.words;
  out << "<!DOCTYPE html>\n<html lang=\"" << w.lang << "\">\n<head>\n<meta charset=\"utf-8\">\n"
      << "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n"
      << "<meta name=\"generator\" content=\"journey " << k_version << "\">\n"
      << "<title>" << esc(f.title) << "</title>\n"
      << "<link rel=\"icon\" href=\"" << f.root << "favicon.svg\" type=\"image/svg+xml\">\n"
      << "<link rel=\"stylesheet\" href=\"" << f.root << "style.css\">\n</head>\n<body>\n"
      << "<a class=\"skip\" href=\"#content\">" << w.skip << "</a>\n"
      << "<header class=\"site\">\n<p class=\"brand\"><a href=\"" << f.root << "index.html\">"
      << w.site << "</a></p>\n<nav aria-label=\"" << w.main_nav << "\">\n<ul>\n";
  for (const NavItem& item : k_nav) {
    out << "<li><a href=\"" << f.root << item.file << "\""
        << (item.section == f.section ? " aria-current=\"page\"" : "") << ">" << w.*item.label
        << "</a></li>\n";
  }
  out << "</ul>\n</nav>\n</header>\n<main id=\"content\">\n";
}

void end_page(std::ostream& out, const PageFrame& f) {
  out << "</main>\n<footer class=\"site\">\n<p>" << f.words->generated << " " << esc(f.date)
      << " (journey " << k_version << ").</p>\n</footer>\n</body>\n</html>\n";
}

std::string slug_of(const std::string& path) {
  std::string name = path.substr(path.find_last_of('/') + 1);
  for (const char* suffix : {".journey.yaml", ".journey.yml", ".yaml", ".yml"}) {
    std::string s(suffix);
    if (name.size() > s.size() && name.compare(name.size() - s.size(), s.size(), s) == 0) {
      name.resize(name.size() - s.size());
      break;
    }
  }
  std::string slug;
  for (char ch : name) {
    unsigned char c = static_cast<unsigned char>(ch);
    bool keep = (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9');
    if (c >= 'A' && c <= 'Z') {
      slug += static_cast<char>(c - 'A' + 'a');
    } else if (keep) {
      slug += static_cast<char>(c);
    } else if (!slug.empty() && slug.back() != '-') {
      slug += '-';
    }
    if (slug.size() >= 60) break;
  }
  while (!slug.empty() && slug.back() == '-') slug.pop_back();
  return slug.empty() ? "journey" : slug;
}

std::vector<std::string> unique_slugs(const std::vector<std::string>& files) {
  std::vector<std::string> slugs;
  std::set<std::string> taken;
  for (const auto& file : files) {
    std::string base = slug_of(file);
    std::string slug = base;
    for (int n = 2; taken.count(slug) != 0; ++n) slug = base + "-" + std::to_string(n);
    taken.insert(slug);
    slugs.push_back(slug);
  }
  return slugs;
}

std::string anchor_of(std::size_t touchpoint_index) {
  return "tp-" + std::to_string(touchpoint_index + 1);
}

std::string external_link(const std::string& url) {
  auto starts = [&](const char* scheme) {
    std::string s(scheme);
    if (url.size() <= s.size()) return false;
    for (std::size_t i = 0; i < s.size(); ++i) {
      if (std::tolower(static_cast<unsigned char>(url[i])) != s[i]) return false;
    }
    return true;
  };
  bool plain = url.find_first_of(" \t\n\r\"'<>\\") == std::string::npos;
  for (unsigned char c : url) plain = plain && c >= 0x21 && c < 0x7F;
  if (!plain || !(starts("https://") || starts("http://"))) return esc(url);
  return "<a href=\"" + esc(url) + "\" rel=\"external noopener noreferrer\">" + esc(url) + "</a>";
}

std::string count_of(std::size_t n, const char* one, const char* many) {
  return std::to_string(n) + " " + (n == 1 ? one : many);
}

}  // namespace journey::site
