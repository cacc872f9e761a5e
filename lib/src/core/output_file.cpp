// SPDX-License-Identifier: Apache-2.0
#include "journey/output_file.hpp"

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cerrno>
#include <climits>
#include <cstdlib>
#include <cstring>
#include <random>
#include <streambuf>

#include "journey/messages.hpp"

namespace journey {

namespace {

std::string errno_text() {
  return error_text(errno);
}

// A stream buffer over a file descriptor; write errors are remembered for commit().
class DescriptorBuffer final : public std::streambuf {
 public:
  void attach(int fd) { fd_ = fd; }
  bool failed() const { return failed_; }
  int error() const { return error_; }

 protected:
  int overflow(int c) override {
    if (c != traits_type::eof()) buffer_ += static_cast<char>(c);
    if (buffer_.size() >= 65536) flush_buffer();
    return failed_ ? traits_type::eof() : (c == traits_type::eof() ? 0 : c);
  }
  std::streamsize xsputn(const char* s, std::streamsize n) override {
    buffer_.append(s, static_cast<std::size_t>(n));
    if (buffer_.size() >= 65536) flush_buffer();
    return failed_ ? 0 : n;
  }
  int sync() override {
    flush_buffer();
    return failed_ ? -1 : 0;
  }

 private:
  void flush_buffer() {
    std::size_t done = 0;
    while (!failed_ && done < buffer_.size()) {
      ssize_t n = ::write(fd_, buffer_.data() + done, buffer_.size() - done);
      if (n < 0 && errno == EINTR) continue;
      if (n <= 0) {
        failed_ = true;
        error_ = n < 0 ? errno : ENOSPC;
        break;
      }
      done += static_cast<std::size_t>(n);
    }
    buffer_.clear();
  }

  int fd_ = -1;
  bool failed_ = false;
  int error_ = 0;
  std::string buffer_;
};

std::string directory_of(const std::string& path) {
  std::size_t slash = path.rfind('/');
  if (slash == std::string::npos) return ".";
  return slash == 0 ? "/" : path.substr(0, slash);
}

// Follows a chain of symbolic links to the path they finally name (which may not exist yet).
bool resolve_links(std::string& path, std::string& error) {
  for (int hops = 0; hops < 40; ++hops) {
    struct stat st {};
    if (::lstat(path.c_str(), &st) != 0 || !S_ISLNK(st.st_mode)) return true;
    char target[PATH_MAX];
    ssize_t n = ::readlink(path.c_str(), target, sizeof target - 1);
    if (n < 0) {
      error = translate("cannot read the link '%1$s': %2$s", path, errno_text());
      return false;
    }
    std::string next(target, static_cast<std::size_t>(n));
    path = next[0] == '/' ? next : directory_of(path) + "/" + next;
  }
  error = translate("'%1$s': too many levels of symbolic links", path);
  return false;
}

void sync_directory(const std::string& dir) {
  int fd = ::open(dir.c_str(), O_RDONLY | O_DIRECTORY | O_CLOEXEC);
  if (fd < 0) return;
  ::fsync(fd);
  ::close(fd);
}

}  // namespace

struct OutputFile::State {
  std::string target;  // the file replaced or written (links resolved)
  std::string temp;    // the temporary file, empty when writing in place
  int fd = -1;
  bool committed = false;
  bool durable = true;
  DescriptorBuffer buffer;
  std::ostream stream{&buffer};
};

OutputFile::OutputFile(Durability durability) : state_(std::make_unique<State>()) {
  state_->durable = durability == Durability::synced;
}

OutputFile::~OutputFile() {
  if (state_->fd >= 0) ::close(state_->fd);
  if (!state_->temp.empty() && !state_->committed) ::unlink(state_->temp.c_str());
}

std::ostream& OutputFile::stream() {
  return state_->stream;
}

bool OutputFile::open(const std::string& path, std::string& error) {
  State& s = *state_;
  s.target = path;
  if (!resolve_links(s.target, error)) return false;
  struct stat st {};
  bool exists = ::stat(s.target.c_str(), &st) == 0;
  if (exists && S_ISDIR(st.st_mode)) {
    error = translate("'%1$s' is a directory", path);
    return false;
  }
  if (exists && !S_ISREG(st.st_mode)) {
    // A device, FIFO or socket: replacing it would break it for everyone (/dev/null as root).
    s.fd = ::open(s.target.c_str(), O_WRONLY | O_CLOEXEC | O_NOCTTY);
    if (s.fd < 0) {
      error = translate("cannot write '%1$s': %2$s", path, errno_text());
      return false;
    }
    s.buffer.attach(s.fd);
    return true;
  }
  // New files get 0666 under the umask from the kernel; an existing file's mode is copied below.
  std::random_device random;
  for (int attempt = 0; attempt < 100 && s.fd < 0; ++attempt) {
    s.temp = s.target + ".tmp-" + std::to_string(random() % 1000000000u);
    s.fd = ::open(s.temp.c_str(), O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, exists ? 0600 : 0666);
    if (s.fd < 0 && errno != EEXIST) break;
  }
  if (s.fd < 0) {
    error = translate("cannot create a file beside '%1$s': %2$s", path, errno_text());
    s.temp.clear();
    return false;
  }
  if (exists) {
    ::fchmod(s.fd, st.st_mode & 07777);
    if (::fchown(s.fd, st.st_uid, st.st_gid) != 0) {
      // Not permitted for another user's file: the new file is ours, as with any editor.
    }
  }
  s.buffer.attach(s.fd);
  return true;
}

bool OutputFile::commit(std::string& error) {
  State& s = *state_;
  s.stream.flush();
  if (s.buffer.failed()) {
    error = translate("writing '%1$s' failed: %2$s", s.target, error_text(s.buffer.error()));
    return false;
  }
  if (s.temp.empty()) {  // in place: devices may not sync, and need not
    ::close(s.fd);
    s.fd = -1;
    s.committed = true;
    return true;
  }
  if ((s.durable && ::fsync(s.fd) != 0) || ::close(s.fd) != 0) {
    std::string why = errno_text();
    s.fd = -1;
    error = translate("writing '%1$s' failed: %2$s", s.target, why);
    return false;
  }
  s.fd = -1;
  if (std::rename(s.temp.c_str(), s.target.c_str()) != 0) {
    error = translate("cannot replace '%1$s': %2$s", s.target, errno_text());
    return false;
  }
  s.committed = true;
  if (s.durable) sync_directory(directory_of(s.target));
  return true;
}

}  // namespace journey
