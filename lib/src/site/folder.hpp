// SPDX-License-Identifier: Apache-2.0
// The site's folder on disk: files written whole, a new site made beside the old one and swapped
// into its place, and the marker that tells our sites from other folders.
#pragma once

#include <string>
#include <string_view>

namespace journey::site {

// Writes a file of the new site (a plain write: the folder as a whole is what is made atomic).
bool write_file(const std::string& path, std::string_view data, std::string& error);

// Makes an empty folder beside `target` for the new site: <parent>/.<name>.new-XXXXXX.
bool make_staging(const std::string& target, std::string& staging, std::string& error);

// Puts `staging` in the place of `target` (missing, empty, or a previous site) in one rename where
// the system allows it (renameat2 RENAME_EXCHANGE), then removes the previous site.
bool swap_into_place(const std::string& staging, const std::string& target, std::string& error);

// Removes a folder we made; errors are ignored (it is a temporary folder).
void remove_folder(const std::string& path);

// The real folder a target names: a symbolic link is followed, so the link stays a link.
std::string resolve_target(const std::string& target);

}  // namespace journey::site
