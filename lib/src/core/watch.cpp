// SPDX-License-Identifier: Apache-2.0
#include "journey/watch.hpp"

#include <fcntl.h>
#include <poll.h>
#include <sys/inotify.h>
#include <unistd.h>

#include <algorithm>
#include <cerrno>
#include <cstring>
#include <filesystem>
#include <stdexcept>

#include "journey/messages.hpp"

namespace fs = std::filesystem;

namespace journey {

namespace {

constexpr std::uint32_t k_events = IN_CLOSE_WRITE | IN_MOVED_TO | IN_MOVED_FROM | IN_DELETE |
                                   IN_CREATE | IN_DELETE_SELF | IN_MOVE_SELF;

// How a folder is known, whichever way it was spelt.
std::string folder_key(const std::string& folder) {
  return fs::path(folder.empty() ? "." : folder).lexically_normal().string();
}

}  // namespace

FileWatcher::FileWatcher() {
  inotify_ = inotify_init1(IN_NONBLOCK | IN_CLOEXEC);
  if (inotify_ < 0 || pipe2(wake_, O_NONBLOCK | O_CLOEXEC) != 0) {
    std::string why = error_text(errno);
    if (inotify_ >= 0) close(inotify_);
    throw std::runtime_error(translate("cannot watch files: %1$s", why));
  }
}

FileWatcher::~FileWatcher() {
  close(inotify_);
  close(wake_[0]);
  close(wake_[1]);
}

bool FileWatcher::add(const std::string& folder, bool tree) {
  std::string key = folder_key(folder);
  if (!folders_.insert(key).second) return false;
  int wd = inotify_add_watch(inotify_, key.c_str(), k_events | IN_ONLYDIR);
  if (wd < 0) {
    folders_.erase(key);  // gone, or not a folder: tried again when asked again
    return false;
  }
  watches_.push_back({wd, Watch{key, tree}});
  return true;
}

std::vector<std::string> FileWatcher::watch_files(const std::vector<std::string>& files) {
  std::lock_guard<std::mutex> lock(mutex_);
  std::set<std::string> new_folders;
  std::vector<std::string> newly_watched;
  for (const std::string& file : files) {
    std::string folder = folder_key(fs::path(file).parent_path().string());
    if (add(folder, false)) new_folders.insert(folder);
    if (new_folders.count(folder) > 0) newly_watched.push_back(file);
  }
  return newly_watched;
}

void FileWatcher::watch_tree(const std::string& folder) {
  std::lock_guard<std::mutex> lock(mutex_);
  add(folder, true);
  std::error_code ec;
  fs::recursive_directory_iterator it(folder, fs::directory_options::skip_permission_denied, ec);
  for (; !ec && it != fs::recursive_directory_iterator(); it.increment(ec)) {
    if (!it->is_directory(ec)) continue;
    std::string name = it->path().filename().string();
    if (name.size() > 1 && name[0] == '.') {
      it.disable_recursion_pending();
      continue;
    }
    add(it->path().string(), true);
  }
}

// Reads what inotify has; false when nothing was there.
bool FileWatcher::read_events(std::set<std::string>& changed) {
  alignas(inotify_event) char buffer[16384];
  bool any = false;
  std::vector<std::string> new_folders;  // watched once the events are read
  std::vector<int> gone;                 // folders deleted or moved away: watched again if made
  ssize_t n = 0;
  std::unique_lock<std::mutex> lock(mutex_);
  while ((n = read(inotify_, buffer, sizeof buffer)) > 0) {
    for (char* p = buffer; p < buffer + n;) {
      const auto* event = reinterpret_cast<const inotify_event*>(p);
      p += sizeof(inotify_event) + event->len;
      if ((event->mask & IN_IGNORED) != 0) gone.push_back(event->wd);
      for (const auto& [wd, watch] : watches_) {
        if (wd != event->wd || event->len == 0) continue;
        std::string path = (fs::path(watch.folder) / event->name).string();
        if ((event->mask & IN_ISDIR) != 0) {
          if (watch.tree && (event->mask & (IN_CREATE | IN_MOVED_TO)) != 0) {
            new_folders.push_back(path);
          }
        } else {
          changed.insert(path);
          any = true;
        }
      }
    }
  }
  for (int wd : gone) {
    for (auto it = watches_.begin(); it != watches_.end(); ++it) {
      if (it->first != wd) continue;
      folders_.erase(it->second.folder);
      watches_.erase(it);
      break;
    }
  }
  lock.unlock();
  for (const std::string& folder : new_folders) watch_tree(folder);
  return any;
}

std::vector<std::string> FileWatcher::wait(std::chrono::milliseconds timeout,
                                           std::chrono::milliseconds quiet) {
  std::set<std::string> changed;
  pollfd fds[2] = {{inotify_, POLLIN, 0}, {wake_[0], POLLIN, 0}};
  int wait_ms = static_cast<int>(timeout.count());
  // A file written without pause (a log beside the journeys) must not hold the answer back.
  auto first_change = std::chrono::steady_clock::time_point::max();
  while (true) {
    int ready = poll(fds, 2, wait_ms);
    if (ready < 0 && errno == EINTR) continue;
    if (ready <= 0) break;
    if ((fds[1].revents & POLLIN) != 0) {
      char drain[64];
      while (read(wake_[0], drain, sizeof drain) > 0) {
      }
      read_events(changed);
      break;
    }
    read_events(changed);
    if (changed.empty()) continue;
    auto now = std::chrono::steady_clock::now();
    first_change = std::min(first_change, now);
    if (now - first_change > 10 * quiet) break;
    wait_ms = static_cast<int>(quiet.count());  // until it is quiet
  }
  return {changed.begin(), changed.end()};
}

void FileWatcher::interrupt() {
  char c = 1;
  ssize_t ignored = write(wake_[1], &c, 1);
  (void)ignored;
}

bool written_since(const std::vector<std::string>& files, fs::file_time_type since) {
  constexpr auto k_clock_tick_slack = std::chrono::milliseconds(50);
  for (const std::string& file : files) {
    std::error_code ec;
    fs::file_time_type written = fs::last_write_time(file, ec);
    if (!ec && written + k_clock_tick_slack >= since) return true;
  }
  return false;
}

}  // namespace journey
