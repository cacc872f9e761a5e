// SPDX-License-Identifier: Apache-2.0
#include "journey/private_folder.hpp"

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>
#include <cstdio>

#include <atomic>
#include <cerrno>
#include <cstring>
#include <filesystem>

#include "journey/messages.hpp"

namespace journey {

namespace {

bool plain_name(const std::string& name) {
  return !name.empty() && name != "." && name != ".." && name.find('/') == std::string::npos &&
         name.find('\0') == std::string::npos;
}

std::shared_ptr<const int> own(int fd) {
  return std::shared_ptr<const int>(new int(fd), [](const int* p) {
    ::close(*p);
    delete p;
  });
}

bool write_all(int fd, const std::string& text) {
  std::size_t done = 0;
  while (done < text.size()) {
    ssize_t n = ::write(fd, text.data() + done, text.size() - done);
    if (n < 0 && errno == EINTR) continue;
    if (n <= 0) return false;
    done += static_cast<std::size_t>(n);
  }
  return true;
}

// A name for a temporary file that no other writer (thread or process) picks at the same time.
std::string temporary_name() {
  static std::atomic<unsigned long> counter{0};
  return ".tmp-" + std::to_string(::getpid()) + "-" + std::to_string(++counter);
}

}  // namespace

std::optional<PrivateFolder> PrivateFolder::checked(int fd, std::string path, std::string& error) {
  if (fd < 0) {
    error = errno == ELOOP || errno == ENOTDIR
                ? translate("%1$s is a symbolic link or not a folder", path)
                : path + ": " + error_text(errno);
    return std::nullopt;
  }
  std::shared_ptr<const int> held = own(fd);
  struct stat st {};
  if (::fstat(fd, &st) != 0 || !S_ISDIR(st.st_mode)) {
    error = translate("%1$s is not a folder", path);
    return std::nullopt;
  }
  if (st.st_uid != ::geteuid()) {
    error = translate("%1$s belongs to another user", path);
    return std::nullopt;
  }
  if ((st.st_mode & (S_IWGRP | S_IWOTH)) != 0) {
    error = translate("%1$s is writable by others (chmod go-w %1$s)", path);
    return std::nullopt;
  }
  return PrivateFolder(std::move(held), std::move(path));
}

std::optional<PrivateFolder> PrivateFolder::open(const std::string& path, std::string& error) {
  std::error_code ec;
  std::filesystem::path p(path);
  if (p.has_parent_path()) std::filesystem::create_directories(p.parent_path(), ec);
  ::mkdir(path.c_str(), 0700);  // an existing folder, or a link, is checked below
  int fd = ::open(path.c_str(), O_RDONLY | O_DIRECTORY | O_NOFOLLOW | O_CLOEXEC);
  return checked(fd, path, error);
}

std::optional<PrivateFolder> PrivateFolder::folder(const std::string& name,
                                                   std::string& error) const {
  std::string path = path_ + "/" + name;
  if (!plain_name(name)) {
    error = translate("%1$s is not a plain name", path);
    return std::nullopt;
  }
  ::mkdirat(*fd_, name.c_str(), 0700);
  int fd = ::openat(*fd_, name.c_str(), O_RDONLY | O_DIRECTORY | O_NOFOLLOW | O_CLOEXEC);
  return checked(fd, path, error);
}

bool PrivateFolder::read(const std::string& name, std::string& out, std::size_t max) const {
  if (!plain_name(name)) return false;
  int fd = ::openat(*fd_, name.c_str(), O_RDONLY | O_NOFOLLOW | O_NONBLOCK | O_CLOEXEC);
  if (fd < 0) return false;
  std::shared_ptr<const int> held = own(fd);
  struct stat st {};
  if (::fstat(fd, &st) != 0 || !S_ISREG(st.st_mode) ||
      static_cast<std::uint64_t>(st.st_size) > max) {
    return false;
  }
  out.clear();
  char buffer[65536];
  for (;;) {
    ssize_t n = ::read(fd, buffer, sizeof buffer);
    if (n < 0 && errno == EINTR) continue;
    if (n < 0) return false;
    if (n == 0) return true;
    out.append(buffer, static_cast<std::size_t>(n));
    if (out.size() > max) return false;
  }
}

bool PrivateFolder::write(const std::string& name, const std::string& text) const {
  if (!plain_name(name)) return false;
  std::string temporary = temporary_name();
  int fd =
      ::openat(*fd_, temporary.c_str(), O_WRONLY | O_CREAT | O_EXCL | O_NOFOLLOW | O_CLOEXEC, 0600);
  if (fd < 0) return false;
  bool written = write_all(fd, text);
  written = ::close(fd) == 0 && written;
  if (written && ::renameat(*fd_, temporary.c_str(), *fd_, name.c_str()) == 0) return true;
  ::unlinkat(*fd_, temporary.c_str(), 0);
  return false;
}

bool PrivateFolder::create(const std::string& name, const std::string& text) const {
  if (!plain_name(name)) return false;
  // Written whole under a temporary name, then renamed only where nothing is: a reader never
  // sees half of it, and two writers at once leave the first one's file.
  std::string temporary = temporary_name();
  int fd =
      ::openat(*fd_, temporary.c_str(), O_WRONLY | O_CREAT | O_EXCL | O_NOFOLLOW | O_CLOEXEC, 0600);
  if (fd < 0) return false;
  bool written = write_all(fd, text);
  written = ::close(fd) == 0 && written;
  if (written && ::renameat2(*fd_, temporary.c_str(), *fd_, name.c_str(), RENAME_NOREPLACE) == 0) {
    return true;
  }
  ::unlinkat(*fd_, temporary.c_str(), 0);
  return false;
}

}  // namespace journey
