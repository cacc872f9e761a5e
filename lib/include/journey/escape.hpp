// SPDX-License-Identifier: Apache-2.0
// Escaping text for the places it is written to: JSON strings, XML, GitHub workflow commands.
#pragma once

#include <string>
#include <string_view>

namespace journey {

std::string json_escape(const std::string& text);
std::string xml_escape(const std::string& text);
// Text for a terminal or a CI log. C0 and C1 control characters, DEL, invalid UTF-8 and the
// bidirectional controls (U+061C, U+200E-200F, U+202A-202E, U+2066-2069) are shown as escapes
// (\x1b, \u202e): a file from a stranger cannot move the cursor, retitle the terminal, hide text
// or reorder what a reviewer reads. Newlines and tabs are escaped too unless `keep_newlines`.
std::string terminal_text(std::string_view text, bool keep_newlines = false);

// A value from an input file as a message quotes it: control characters shown as terminal_text
// shows them, and at most `limit` code points, then "…". A cell of a data file may hold anything
// (a line of another file, megabytes); a message names it, never repeats it.
std::string excerpt(std::string_view text, std::size_t limit = 40);

// Text for a Markdown table cell: terminal_text, with '|' escaped and '<', '&' as entities, so
// that a name can neither end the cell nor open an HTML tag, nor break a backtick span.
std::string markdown_text(std::string_view text);

// Text for HTML, in element content and in quoted attribute values: terminal_text (so control
// characters, invalid UTF-8 and bidirectional controls show as escapes, never raw: a journey cannot
// reorder what a reader sees), then &, <, >, " and ' as entities. Newlines and tabs stay.
std::string html_escape(std::string_view text);

// GitHub workflow commands: data escapes %, CR and LF (and shows other controls as
// terminal_text does); properties also ':' and ','.
std::string github_escape_data(const std::string& text);
std::string github_escape_property(const std::string& text);

}  // namespace journey
