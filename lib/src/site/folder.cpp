// SPDX-License-Identifier: Apache-2.0
#include "folder.hpp"

#include <fcntl.h>
#include <stdio.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cerrno>
#include <cstring>
#include <filesystem>

#include "journey/messages.hpp"

namespace fs = std::filesystem;

namespace journey::site {

namespace {

std::string errno_text(const std::string& what) {
  return what + ": " + error_text(errno);
}

struct Parts {
  fs::path parent;
  std::string name;
};

Parts split(const std::string& target) {
  fs::path p = fs::path(target).lexically_normal();
  if (!p.has_filename() && p.has_parent_path()) p = p.parent_path();  // "site/" is "site"
  fs::path parent = p.parent_path();
  return {parent.empty() ? fs::path(".") : parent, p.filename().string()};
}

mode_t folder_mode(const std::string& target) {
  struct stat st {};
  if (::stat(target.c_str(), &st) == 0 && S_ISDIR(st.st_mode)) return st.st_mode & 07777;
  mode_t mask = ::umask(0);
  ::umask(mask);
  return 0777 & ~mask;
}

}  // namespace

bool write_file(const std::string& path, std::string_view data, std::string& error) {
  int fd = ::open(path.c_str(), O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0666);
  if (fd < 0) {
    error = errno_text(translate("cannot write %1$s", path));
    return false;
  }
  std::size_t done = 0;
  while (done < data.size()) {
    ssize_t n = ::write(fd, data.data() + done, data.size() - done);
    if (n < 0 && errno == EINTR) continue;
    if (n <= 0) {
      if (n == 0) errno = ENOSPC;
      error = errno_text(translate("cannot write %1$s", path));
      ::close(fd);
      return false;
    }
    done += static_cast<std::size_t>(n);
  }
  if (::close(fd) != 0) {
    error = errno_text(translate("cannot write %1$s", path));
    return false;
  }
  return true;
}

bool make_staging(const std::string& target, std::string& staging, std::string& error) {
  Parts parts = split(target);
  std::error_code ec;
  fs::create_directories(parts.parent, ec);
  if (ec) {
    error = translate("cannot make %1$s: %2$s", parts.parent.string(), error_text(ec.value()));
    return false;
  }
  std::string pattern = (parts.parent / ("." + parts.name + ".new-XXXXXX")).string();
  if (::mkdtemp(pattern.data()) == nullptr) {
    error = errno_text(translate("cannot make a folder beside %1$s", target));
    return false;
  }
  staging = pattern;
  // mkdtemp makes it private (0700); a site is for everyone who may read the old one.
  ::chmod(staging.c_str(), folder_mode(target));
  fs::create_directory(fs::path(staging) / "journeys", ec);
  if (ec) {
    error = translate("cannot make %1$s: %2$s", staging + "/journeys", error_text(ec.value()));
    return false;
  }
  return true;
}

bool swap_into_place(const std::string& staging, const std::string& target, std::string& error) {
  Parts parts = split(target);
  std::string place = (parts.parent / parts.name).string();
  std::error_code ec;
  if (!fs::exists(fs::symlink_status(place, ec))) {
    if (::rename(staging.c_str(), place.c_str()) == 0) return true;
    error = errno_text(translate("cannot move the new site to %1$s", target));
    return false;
  }
  if (::renameat2(AT_FDCWD, staging.c_str(), AT_FDCWD, place.c_str(), RENAME_EXCHANGE) == 0) {
    remove_folder(staging);  // now the previous site
    return true;
  }
  // No atomic exchange on this file system: move the old site aside, then the new one in.
  std::string old = (parts.parent / ("." + parts.name + ".old-XXXXXX")).string();
  if (::mkdtemp(old.data()) == nullptr || ::rename(place.c_str(), old.c_str()) != 0) {
    error = errno_text(translate("cannot move the previous site at %1$s aside", target));
    return false;
  }
  if (::rename(staging.c_str(), place.c_str()) != 0) {
    error = errno_text(translate("cannot move the new site to %1$s", target));
    ::rename(old.c_str(), place.c_str());
    return false;
  }
  remove_folder(old);
  return true;
}

void remove_folder(const std::string& path) {
  std::error_code ec;
  fs::remove_all(path, ec);
}

std::string resolve_target(const std::string& target) {
  std::error_code ec;
  Parts parts = split(target);
  fs::path place = parts.parent / parts.name;
  if (!fs::is_symlink(place, ec)) return place.string();
  fs::path real = fs::canonical(place, ec);
  return ec ? place.string() : real.string();
}

}  // namespace journey::site
