// SPDX-License-Identifier: Apache-2.0
// file:// URIs as LSP clients send them, and back.
#pragma once

#include <string>

namespace journey::lsp {

// The local path of a file:// URI, percent-decoded; empty for any other scheme or a URI that
// decodes to a path with a NUL byte.
std::string path_of_uri(const std::string& uri);
// A file:// URI for an absolute path, percent-encoding all but unreserved characters and '/'.
std::string uri_of_path(const std::string& path);

}  // namespace journey::lsp
