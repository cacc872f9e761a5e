// SPDX-License-Identifier: Apache-2.0
// A folder that only this user can write, for caches: opened once without following links, and
// every file in it read and written relative to that descriptor, never through a path that a
// link could redirect. A cache folder may come from a checkout (a pull request can commit one, or
// a link where one goes): such a folder is refused when it is a link, not the user's own, or
// writable by others (as ssh and ccache refuse theirs), and no link inside it is ever followed.
#pragma once

#include <memory>
#include <optional>
#include <string>

#include "journey/source.hpp"

namespace journey {

class PrivateFolder {
 public:
  // Opens the folder at `path`, making it (mode 0700; missing parents as usual) when it does not
  // exist. Nothing, with `error` set, when it cannot be used.
  static std::optional<PrivateFolder> open(const std::string& path, std::string& error);

  // A subfolder by plain name (no '/'), made when missing, with the same checks.
  std::optional<PrivateFolder> folder(const std::string& name, std::string& error) const;
  // A regular file by plain name, at most `max` bytes; false when it is missing, a link, not a
  // regular file or larger.
  bool read(const std::string& name, std::string& out, std::size_t max = k_max_input_bytes) const;
  // Replaces `name` atomically with a new file (mode 0600) renamed over it: a link there is
  // replaced, never followed. False when it cannot.
  bool write(const std::string& name, const std::string& text) const;
  // Writes `name` only when nothing is there yet (a link there is left alone). False otherwise.
  bool create(const std::string& name, const std::string& text) const;

  const std::string& path() const { return path_; }

 private:
  PrivateFolder(std::shared_ptr<const int> fd, std::string path)
      : fd_(std::move(fd)), path_(std::move(path)) {}
  static std::optional<PrivateFolder> checked(int fd, std::string path, std::string& error);

  std::shared_ptr<const int> fd_;  // the open folder; closed with the last copy
  std::string path_;
};

}  // namespace journey
