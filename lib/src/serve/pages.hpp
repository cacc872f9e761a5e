// SPDX-License-Identifier: Apache-2.0
// The preview's pages: the index and a page per journey, HTML with every text from a journey
// escaped, one style sheet (the report site's) and one small script that reloads on change.
#pragma once

#include <memory>
#include <string>
#include <vector>

#include "journeys.hpp"

namespace journey::serve {

// A journey page's controls, read from the query and checked against the journey: anything
// else falls back to the default.
struct Controls {
  std::string view;  // empty: every view
  std::string persona, phase;
  std::string language = "en";
  std::string theme = "light";
};

std::string index_page(const std::vector<std::shared_ptr<const Entry>>& entries,
                       std::uint64_t generation);
std::string journey_page(const Entry& entry, const Controls& controls, std::uint64_t generation);
// The script the pages load: reloads the page when the server says its journey changed.
const char* live_script();
// An SVG that says why a picture could not be drawn.
std::string error_picture(const std::string& message);

}  // namespace journey::serve
