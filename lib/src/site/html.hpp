// SPDX-License-Identifier: Apache-2.0
// Writing the site's pages: the frame every page shares, escaping, and file names.
#pragma once

#include <ostream>
#include <string>
#include <string_view>
#include <vector>

#include "words.hpp"

namespace journey::site {

// Text for element content and quoted attributes (see html_escape).
std::string esc(std::string_view text);

// The pages of the top navigation, in order.
enum class Section { journeys, channels, owners, personas, pains, low_points, leaks, states, none };

struct PageFrame {
  std::string title;  // the <title>, already plain text
  std::string root;   // the way up to the site's root: "" or "../"
  Section section = Section::none;
  const Words* words = nullptr;
  std::string date;  // the report date, in the footer
};

void begin_page(std::ostream& out, const PageFrame& frame);
void end_page(std::ostream& out, const PageFrame& frame);

// A file name part from a journey's file name: lower-case ASCII letters, digits and '-', at most
// 60 characters; "journey" when nothing is left.
std::string slug_of(const std::string& path);
// Slugs for every file, unique in the order given (a second "shop" becomes "shop-2").
std::vector<std::string> unique_slugs(const std::vector<std::string>& files);
// The id of a touchpoint's row on its journey page: "tp-" and its 1-based place in the file
// (touchpoint ids may differ only in characters an id should not hold).
std::string anchor_of(std::size_t touchpoint_index);

// A link to an http(s) URL with its text, or the escaped text when it is anything else
// (javascript:, data:, relative): such a URL never becomes a live link.
std::string external_link(const std::string& url);

// "1 error" / "3 errors" in both languages.
std::string count_of(std::size_t n, const char* one, const char* many);

}  // namespace journey::site
