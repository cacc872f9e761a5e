// SPDX-License-Identifier: Apache-2.0
#include "journey/source_root.hpp"

#include <cctype>
#include <cstdlib>
#include <filesystem>

namespace fs = std::filesystem;

namespace journey {

namespace {

fs::path resolved(const fs::path& p) {
  std::error_code ec;
  fs::path absolute = fs::absolute(p, ec);
  if (ec) return p.lexically_normal();
  fs::path real = fs::weakly_canonical(absolute, ec);
  return ec ? absolute.lexically_normal() : real;
}

// `path` below `root` as a generic relative path, or empty.
std::string below(const fs::path& path, const fs::path& root) {
  fs::path rel = path.lexically_relative(root);
  if (rel.empty()) return {};
  std::string s = rel.generic_string();
  if (s == ".." || s.compare(0, 3, "../") == 0) return {};
  return s == "." ? std::string() : s;
}

}  // namespace

std::string source_root() {
  const char* workspace = std::getenv("GITHUB_WORKSPACE");
  if (workspace != nullptr && *workspace != '\0') return resolved(workspace).string();
  std::error_code ec;
  fs::path here = resolved(fs::current_path(ec));
  for (fs::path dir = here; !dir.empty(); dir = dir.parent_path()) {
    if (fs::exists(dir / ".git", ec)) return dir.string();
    if (dir == dir.parent_path()) break;
  }
  return here.string();
}

std::string path_in_root(const std::string& path, const std::string& root) {
  std::error_code ec;
  fs::path absolute = fs::absolute(path, ec).lexically_normal();
  std::string rel = below(absolute, fs::path(root).lexically_normal());
  if (rel.empty()) rel = below(resolved(path), resolved(root));
  return rel;
}

std::string uri_encode_path(const std::string& path) {
  static const char* const hex = "0123456789ABCDEF";
  std::string out;
  for (char ch : path) {
    auto c = static_cast<unsigned char>(ch);
    if (std::isalnum(c) || c == '/' || c == '-' || c == '_' || c == '.' || c == '~') {
      out += ch;
    } else {
      out += '%';
      out += hex[c >> 4];
      out += hex[c & 15];
    }
  }
  return out;
}

std::string file_uri(const std::string& absolute_path, bool folder) {
  std::string uri = "file://" + uri_encode_path(fs::path(absolute_path).generic_string());
  if (folder && (uri.empty() || uri.back() != '/')) uri += '/';
  return uri;
}

}  // namespace journey
