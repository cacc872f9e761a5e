// SPDX-License-Identifier: Apache-2.0
// The repository root that CI outputs (SARIF, GitHub annotations, GitLab Code Quality) give their
// paths from, whatever folder journey runs in: code scanning and merge-request widgets match a
// path against the repository's files, never against the folder a job happened to start in.
#pragma once

#include <string>

namespace journey {

// GITHUB_WORKSPACE when it is set and not empty; else the git work tree around the current folder
// (the nearest folder above it holding a .git folder, or the .git file of a worktree); else the
// current folder. Absolute, with symbolic links resolved.
std::string source_root();

// `path` (absolute, or relative to the current folder) relative to `root`, with '/' separators and
// no "./"; empty when it lies outside `root`. Compared as written first, then with symbolic links
// resolved (a workspace reached through a link).
std::string path_in_root(const std::string& path, const std::string& root);

// `path` percent-encoded for a URI: RFC 3986's unreserved characters and '/' stay.
std::string uri_encode_path(const std::string& path);

// The file:// URI of an absolute path; of a folder (`folder` true) with a trailing '/', as SARIF's
// originalUriBaseIds asks.
std::string file_uri(const std::string& absolute_path, bool folder = false);

}  // namespace journey
