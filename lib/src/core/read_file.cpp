// SPDX-License-Identifier: Apache-2.0
#include <fcntl.h>
#include <linux/magic.h>
#include <sys/stat.h>
#include <sys/vfs.h>
#include <unistd.h>

#include <cerrno>
#include <cstdio>
#include <cstring>

#include "journey/messages.hpp"
#include "journey/source.hpp"

namespace journey {

namespace {

// Closes the descriptor on every path out.
struct Descriptor {
  int fd;
  ~Descriptor() {
    if (fd >= 0) ::close(fd);
  }
};

// Reads until end of file or until more than `max` bytes have arrived.
bool read_bounded(int fd, std::size_t max, std::string& out, std::string& error) {
  char buffer[65536];
  while (out.size() <= max) {
    ssize_t n = ::read(fd, buffer, sizeof buffer);
    if (n == 0) return true;
    if (n < 0) {
      if (errno == EINTR) continue;
      error = errno == EAGAIN ? tr("would block: not a file that can be read to its end")
                              : error_text(errno);
      return false;
    }
    out.append(buffer, static_cast<std::size_t>(n));
  }
  return true;
}

// Kernel interfaces that look like regular files (size 0, or a size that says nothing) but are
// endless, block (/proc/kmsg) or have side effects when read: never journey input.
const char* pseudo_file_system(int fd) {
  struct statfs fs {};
  if (::fstatfs(fd, &fs) != 0) return nullptr;
  switch (static_cast<unsigned long>(fs.f_type)) {
    case PROC_SUPER_MAGIC:
      return "proc";
    case SYSFS_MAGIC:
      return "sysfs";
    case DEBUGFS_MAGIC:
      return "debugfs";
    case TRACEFS_MAGIC:
      return "tracefs";
    case SECURITYFS_MAGIC:
      return "securityfs";
    case CGROUP_SUPER_MAGIC:
    case CGROUP2_SUPER_MAGIC:
      return "cgroup";
    case BPF_FS_MAGIC:
      return "bpf";
    case EFIVARFS_MAGIC:
      return "efivarfs";
    case PSTOREFS_MAGIC:
      return "pstore";
    default:
      return nullptr;
  }
}

}  // namespace

std::string describe_size(std::uint64_t bytes) {
  // A size in messages: "1.5 MiB", Dutch "1,5 MiB".
  return decimal(static_cast<double>(bytes) / (1 << 20), 1) + " MiB";
}

FileRead read_file(const std::string& path, const ReadOptions& options) {
  FileRead result;
  // O_NONBLOCK: opening a FIFO that no one writes to must not hang; cleared again for reading.
  Descriptor file{::open(path.c_str(), O_RDONLY | O_CLOEXEC | O_NONBLOCK | O_NOCTTY)};
  if (file.fd < 0) {
    result.error = error_text(errno);
    return result;
  }
  struct stat st {};
  if (::fstat(file.fd, &st) != 0) {
    result.error = error_text(errno);
    return result;
  }
  bool regular = S_ISREG(st.st_mode);
  if (S_ISDIR(st.st_mode)) {
    result.error = tr("is a directory");
    return result;
  }
  if (!regular && !(options.special_files &&
                    (S_ISFIFO(st.st_mode) || S_ISCHR(st.st_mode) || S_ISSOCK(st.st_mode)))) {
    result.error = tr("is not a regular file");
    return result;
  }
  if (const char* kind = regular ? pseudo_file_system(file.fd) : nullptr) {
    result.error = translate("is a kernel file (%1$s), not a file journey reads", kind);
    return result;
  }
  if (regular && static_cast<std::uint64_t>(st.st_size) > options.max_bytes) {
    result.status = FileRead::Status::too_large;
    result.size = static_cast<std::uint64_t>(st.st_size);
    return result;
  }
  // A pipe or terminal named by the user is waited for; a regular file stays non-blocking, so that
  // one that would block anyway (a file system of another kind) fails instead of hanging.
  if (!regular) ::fcntl(file.fd, F_SETFL, ::fcntl(file.fd, F_GETFL) & ~O_NONBLOCK);
  if (regular) result.text.reserve(static_cast<std::size_t>(st.st_size));
  if (!read_bounded(file.fd, options.max_bytes, result.text, result.error)) return result;
  result.size = result.text.size();
  if (result.text.size() > options.max_bytes) {
    result.size = options.max_bytes + 1;  // a stream: "more than the limit" is all we know
    result.text.clear();
    result.text.shrink_to_fit();
    result.status = FileRead::Status::too_large;
    return result;
  }
  result.status = FileRead::Status::ok;
  return result;
}

bool read_text_file(const std::string& path, std::string& out, std::string& error,
                    const ReadOptions& options) {
  FileRead read = read_file(path, options);
  switch (read.status) {
    case FileRead::Status::ok:
      out = std::move(read.text);
      return true;
    case FileRead::Status::too_large:
      error = read.size == options.max_bytes + 1
                  ? translate("is over the limit of %1$s", describe_size(options.max_bytes))
                  : translate("is %1$s; the limit is %2$s", describe_size(read.size),
                              describe_size(options.max_bytes));
      return false;
    case FileRead::Status::failed:
      break;
  }
  error = read.error;
  return false;
}

}  // namespace journey
