// SPDX-License-Identifier: Apache-2.0
// Which files a journey or a configuration may name: catalogs (`use:`), data files (`data:`),
// model files (`model:`) and model folders (`model-paths:`). Every file of a checkout may come
// from a stranger's pull request (docs/SECURITY.md), so what such a file names must not make
// journey read, and then quote, a file that is not part of the maps: .git/config (where CI keeps
// the job's token), ~/.git-credentials, /etc/passwd. A named file is read only when, after
// symbolic links, it lies inside the root of the file that names it (the git work tree, else the
// configuration's folder, else the file's own folder) or inside a folder the user allowed
// (--allow-path); never inside a .git folder; and only with the extension of its kind (a funnel's
// data: .csv or .json).
#pragma once

#include <string>
#include <vector>

namespace journey {

enum class NamedFile { catalog, data, funnel_data, model, model_folder };

class PathScope {
 public:
  PathScope() = default;
  // Folders the user allows besides the root (--allow-path), as given; resolved when checked.
  explicit PathScope(std::vector<std::string> allowed);

  // The root of what `file` may name: the nearest folder above it that holds .git (a work tree),
  // else `config_dir` when the file lies inside it, else the file's own folder. A real path.
  static std::string root_of(const std::string& file, const std::string& config_dir = {});

  // Empty when `target` (a path as resolved from the naming file, relative or absolute) may be
  // read under `root`; otherwise why not, as a clause for a message ("it is outside ...").
  std::string check(const std::string& target, const std::string& root, NamedFile kind) const;

  const std::vector<std::string>& allowed() const { return allowed_; }

 private:
  std::vector<std::string> allowed_;
};

}  // namespace journey
