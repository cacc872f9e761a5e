#include "journey/atomic_file.hpp"

#include <fcntl.h>
#include <unistd.h>

#include <sys/stat.h>
#include <cerrno>
#include <cstdio>
#include <cstring>

namespace journey {

AtomicFile::~AtomicFile() {
  if (!temp_.empty() && !committed_) {
    out_.close();
    std::remove(temp_.c_str());
  }
}

bool AtomicFile::open(const std::string& path, std::string& error) {
  path_ = path;
  std::string pattern = path + ".tmp-XXXXXX";
  int fd = mkstemp(pattern.data());
  if (fd < 0) {
    error = "cannot create a file beside '" + path + "': " + std::strerror(errno);
    return false;
  }
  // mkstemp creates 0600; output files should get the usual permissions (umask applies).
  mode_t mask = umask(0);
  umask(mask);
  fchmod(fd, 0666 & ~mask);
  close(fd);
  temp_ = pattern;
  out_.open(temp_, std::ios::binary | std::ios::trunc);
  if (!out_) {
    error = "cannot write '" + temp_ + "'";
    return false;
  }
  return true;
}

bool AtomicFile::commit(std::string& error) {
  out_.flush();
  if (!out_) {
    error = "writing '" + path_ + "' failed (disk full?)";
    return false;
  }
  out_.close();
  int fd = ::open(temp_.c_str(), O_RDONLY);
  if (fd >= 0) {
    fsync(fd);
    close(fd);
  }
  if (std::rename(temp_.c_str(), path_.c_str()) != 0) {
    error = "cannot replace '" + path_ + "': " + std::strerror(errno);
    return false;
  }
  committed_ = true;
  return true;
}

}  // namespace journey
