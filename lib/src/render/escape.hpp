// SPDX-License-Identifier: Apache-2.0
// Escaping text from journey files for the places Graphviz puts it.
#pragma once

#include <string>

namespace journey::render_detail {

// For HTML-like labels: &, <, >, " and ' become entities; control characters are dropped.
std::string html_text(const std::string& text);
// For escString attributes (tooltip, URL): backslashes doubled so that \N, \G, \n and friends
// are not expanded; control characters become spaces.
std::string esc_string(const std::string& text);
// The URL if it is http, https or mailto (case-insensitive scheme), else empty.
std::string safe_url(const std::string& url);
// At most `limit` code points, with an ellipsis when cut (labels must stay readable).
std::string shorten(const std::string& text, std::size_t limit);

}  // namespace journey::render_detail
