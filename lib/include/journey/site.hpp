// SPDX-License-Identifier: Apache-2.0
// `journey report`: a static site of all journeys (index, portfolio views, one page per journey,
// history from git). HTML with one CSS file; the diagrams are SVG files beside the pages; no
// JavaScript and no request to another host, so it works from file:// and any static host.
#pragma once

#include <cstddef>
#include <string>
#include <vector>

#include "journey/date.hpp"
#include "journey/words.hpp"

namespace journey {

struct SiteOptions {
  std::vector<std::string> files;    // journey files, as expanded from the paths given (sorted)
  std::string output;                // the site folder, replaced as a whole
  std::string config;                // -c: one configuration for every file; empty: discovered
  std::vector<std::string> allowed;  // --allow-path: folders journeys may name files in
  Language language = Language::en;  // the site's words and the phase names
  std::string theme = "light";       // light, dark or print: the pages and the diagrams
  Date today;                        // reviews and scores are judged against it (never the clock)
  bool history = false;              // read each file's commits from git
  std::string since;                 // with history: the diff's base revision; empty: previous
  std::size_t history_limit = 100;   // newest commits per journey
  unsigned jobs = 0;                 // worker processes; 0: one per core
  // Identifies the journey binary (version and build): a diagram of the previous site is reused
  // only when its journey, model, view options and this identity are all the same.
  std::string tool;
};

struct SiteReport {
  std::size_t journeys = 0;
  std::size_t with_errors = 0;  // journeys shown with their lint errors, neither drawn nor scored
  std::size_t diagrams = 0;     // SVG files drawn in this run
  std::size_t reused = 0;       // SVG files taken from the previous site unchanged
  std::vector<std::string> notes;  // for the user: view limits hit, history that could not be read
};

// Writes the site into a temporary folder beside `options.output`, then puts it in place of the
// previous one, so a failed run leaves the previous site intact. False with `error` set when the
// site cannot be written; nothing has changed then. A journey file that cannot be read fails the
// run; a journey with lint errors gets its page with the findings.
bool write_site(const SiteOptions& options, SiteReport& report, std::string& error);

// Whether `folder` may be replaced by a site: it does not exist, is empty, or holds the marker
// file that write_site leaves in every site. False with `why` set otherwise.
bool site_replaceable(const std::string& folder, std::string& why);

// The marker file's name in every site's folder.
const char* site_marker_name();

// Whether `rev` names a commit in the repository that holds `path`; false with `error` from git.
bool git_commit_exists(const std::string& path, const std::string& rev, std::string& error);

}  // namespace journey
