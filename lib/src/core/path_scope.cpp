// SPDX-License-Identifier: Apache-2.0
#include "journey/path_scope.hpp"

#include <filesystem>

#include "journey/messages.hpp"

namespace fs = std::filesystem;

namespace journey {

namespace {

// The path with symbolic links resolved as far as it exists, made absolute; empty on error.
fs::path real(const fs::path& p) {
  std::error_code ec;
  fs::path absolute = fs::absolute(p, ec);
  if (ec) return {};
  fs::path resolved = fs::weakly_canonical(absolute, ec);
  return ec ? absolute.lexically_normal() : resolved;
}

bool inside(const fs::path& path, const fs::path& folder) {
  if (folder.empty()) return false;
  auto p = path.begin();
  for (auto f = folder.begin(); f != folder.end(); ++f, ++p) {
    if (f->empty()) continue;  // a trailing separator
    if (p == path.end() || *p != *f) return false;
  }
  return true;
}

bool in_git_folder(const fs::path& path) {
  for (const fs::path& part : path) {
    if (part == ".git") return true;
  }
  return false;
}

bool has_extension(const fs::path& p, NamedFile kind) {
  std::string ext = p.extension().string();
  for (char& c : ext) c = static_cast<char>(c >= 'A' && c <= 'Z' ? c - 'A' + 'a' : c);
  switch (kind) {
    case NamedFile::catalog:
    case NamedFile::model:
      return ext == ".yaml" || ext == ".yml";
    case NamedFile::data:
      return ext == ".csv";
    case NamedFile::funnel_data:
      return ext == ".csv" || ext == ".json";
    case NamedFile::model_folder:
      return true;
  }
  return false;
}

// Why a named file of this kind is refused for its extension.
const char* wrong_extension(NamedFile kind) {
  switch (kind) {
    case NamedFile::data:
      return tr("it is not a .csv file");
    case NamedFile::funnel_data:
      return tr("it is not a .csv or .json file");
    default:
      return tr("it is not a .yaml or .yml file");
  }
}

}  // namespace

PathScope::PathScope(std::vector<std::string> allowed) : allowed_(std::move(allowed)) {}

std::string PathScope::root_of(const std::string& file, const std::string& config_dir) {
  fs::path folder =
      real(fs::path(file).parent_path().empty() ? fs::path(".") : fs::path(file).parent_path());
  std::error_code ec;
  for (fs::path dir = folder;; dir = dir.parent_path()) {
    if (fs::exists(dir / ".git", ec)) return dir.string();
    if (dir == dir.parent_path() || dir.empty()) break;
  }
  if (!config_dir.empty()) {
    fs::path config = real(config_dir);
    if (inside(folder, config)) return config.string();
  }
  return folder.string();
}

std::string PathScope::check(const std::string& target, const std::string& root,
                             NamedFile kind) const {
  fs::path named(target);
  fs::path resolved = real(named);
  if (resolved.empty()) return tr("its path cannot be resolved");
  if (in_git_folder(resolved)) return tr("it is inside a .git folder, which journey never reads");
  if (!has_extension(named, kind) || !has_extension(resolved, kind)) {
    return wrong_extension(kind) + (resolved.filename() != named.filename()
                                        ? translate(" (it links to %1$s)", resolved.string())
                                        : std::string());
  }
  if (inside(resolved, fs::path(root))) return {};
  for (const std::string& allowed : allowed_) {
    if (inside(resolved, real(allowed))) return {};
  }
  std::error_code ec;
  fs::path lexical = fs::absolute(named, ec).lexically_normal();
  if (resolved != lexical) {
    return translate(
        "it is outside the repository (or folder) of the file that names it (it "
        "links to %1$s); journey reads only files inside it: move the file in, or "
        "allow its folder with --allow-path DIR",
        resolved.string());
  }
  return tr(
      "it is outside the repository (or folder) of the file that names it; journey reads "
      "only files inside it: move the file in, or allow its folder with --allow-path DIR");
}

}  // namespace journey
