// SPDX-License-Identifier: Apache-2.0
#include "journey/site.hpp"
#include "journey/messages.hpp"

#include <filesystem>

#include "folder.hpp"
#include "html.hpp"
#include "journey_page.hpp"
#include "portfolio.hpp"
#include "workers.hpp"

namespace fs = std::filesystem;

namespace journey {

namespace {

constexpr const char* k_marker = ".journey-site";
constexpr const char* k_marker_text =
    "This folder is a site written by 'journey report'. The next run replaces it as a whole:\n"
    "keep nothing else in it.\n";

using site::Summary;

// Removes the new site unless it was put in place.
struct Staging {
  std::string path;
  bool placed = false;
  ~Staging() {
    if (!placed && !path.empty()) site::remove_folder(path);
  }
};

// Every journey page, on the workers; the summaries come back in input order.
bool write_journeys(const SiteOptions& options, const std::string& staging,
                    const std::string& previous, std::vector<Summary>& summaries,
                    site::Portfolio& portfolio, SiteReport& report, std::string& error) {
  std::vector<std::string> slugs = site::unique_slugs(options.files);
  summaries.resize(options.files.size());
  site::WorkerContext context{options, staging, previous,
                              ConfigResolver(options.config, PathScope(options.allowed))};
  auto task = [&](std::size_t i) {
    return site::encode(site::build_journey(i, options.files[i], slugs[i], context));
  };
  std::string fatal;
  auto done = [&](std::size_t i, std::string& bytes) {
    Summary s;
    if (!site::decode(bytes, s)) {
      fatal = options.files[i] + ": a worker sent back a broken summary";
      return false;
    }
    fatal = s.error;
    portfolio.add(s);
    // What the portfolio took is not kept twice: the index needs the rest only.
    std::vector<site::PainEntry>().swap(s.pains);
    std::vector<site::LowPoint>().swap(s.low_points);
    report.diagrams += s.diagrams;
    report.reused += s.reused;
    report.notes.insert(report.notes.end(), s.notes.begin(), s.notes.end());
    summaries[i] = std::move(s);
    return fatal.empty();
  };
  auto describe = [&](std::size_t i) { return options.files[i]; };
  unsigned jobs = site::worker_count(options.jobs, options.files.size());
  if (site::run_tasks(options.files.size(), jobs, task, done, describe, error)) return true;
  if (error.empty()) error = fatal;
  return false;
}

bool write_portfolio(const SiteOptions& options, const std::string& staging,
                     const std::vector<Summary>& summaries, const site::Portfolio& portfolio,
                     std::string& error) {
  site::SiteWriter writer(staging, options);
  bool ok =
      site::write_index_pages(writer, summaries) && site::write_usage_pages(writer, summaries) &&
      site::write_pain_pages(writer, summaries, portfolio) &&
      site::write_leak_page(writer, summaries) && site::write_state_pages(writer, summaries) &&
      site::write_assets(writer) && writer.write(k_marker, k_marker_text);
  if (!ok) error = writer.error();
  return ok;
}

}  // namespace

const char* site_marker_name() {
  return k_marker;
}

bool site_replaceable(const std::string& folder, std::string& why) {
  std::string name = fs::path(folder).lexically_normal().filename().string();
  if (folder.empty() || name == "." || name == ".." || fs::path(folder).lexically_normal() == "/") {
    why = "name the site's own folder, e.g. -o site (not '" + folder + "')";
    return false;
  }
  std::string place = site::resolve_target(folder);
  std::error_code ec;
  fs::file_status status = fs::symlink_status(place, ec);
  if (!fs::exists(status)) return true;
  if (!fs::is_directory(status)) {
    why = folder + " exists and is not a folder";
    return false;
  }
  if (fs::is_regular_file(fs::symlink_status(fs::path(place) / k_marker, ec))) return true;
  if (fs::is_empty(place, ec) && !ec) return true;
  why = folder + " is not empty and was not made by journey report (it has no " + k_marker +
        " file); name a new or empty folder, or remove this one yourself";
  return false;
}

bool write_site(const SiteOptions& options, SiteReport& report, std::string& error) {
  // Scores, changes and notes in the site's language (its workers are forked from this thread).
  MessageLanguageScope speaking(options.language, true);
  if (!site_replaceable(options.output, error)) return false;
  std::string target = site::resolve_target(options.output);
  Staging staging;
  if (!site::make_staging(target, staging.path, error)) return false;
  std::error_code ec;
  bool previous = fs::is_regular_file(fs::path(target) / k_marker, ec);
  std::vector<Summary> summaries;
  site::Portfolio portfolio;
  if (!write_journeys(options, staging.path, previous ? target : "", summaries, portfolio, report,
                      error) ||
      !write_portfolio(options, staging.path, summaries, portfolio, error)) {
    return false;
  }
  report.journeys = summaries.size();
  for (const Summary& s : summaries) report.with_errors += s.scored ? 0 : 1;
  if (!site::swap_into_place(staging.path, target, error)) return false;
  staging.placed = true;
  return true;
}

}  // namespace journey
