// SPDX-License-Identifier: Apache-2.0
// Watching files for changes (inotify), for `journey serve`, `journey render --watch` and the
// language server. Editors save by writing a file in place or by renaming a new one over it, so
// folders are watched, and a change is any file in them written, moved in or out, or deleted.
#pragma once

#include <chrono>
#include <filesystem>
#include <mutex>
#include <set>
#include <string>
#include <vector>

namespace journey {

class FileWatcher {
 public:
  // Throws std::runtime_error when inotify cannot be used (its limits reached, no kernel support).
  FileWatcher();
  ~FileWatcher();
  FileWatcher(const FileWatcher&) = delete;
  FileWatcher& operator=(const FileWatcher&) = delete;

  // Watches the folder that holds each file (a folder watched already is left alone). Thread-safe,
  // also while another thread waits: what changes from then on is seen. Returns the files whose
  // folders were not watched before: a change made to them until now raised no event.
  std::vector<std::string> watch_files(const std::vector<std::string>& files);
  // Watches a folder and every folder below it, hidden ones excepted, also those made later.
  void watch_tree(const std::string& folder);

  // Waits up to `timeout` for a change, then until `quiet` passes with no other change (an
  // editor's save is several events; at most ten times `quiet`), and returns the paths that
  // changed, each once, as folder/name with the folder as given. Empty after `timeout`; interrupt()
  // makes it return at once with what has changed so far.
  std::vector<std::string> wait(std::chrono::milliseconds timeout,
                                std::chrono::milliseconds quiet = std::chrono::milliseconds(30));
  // Makes a wait() on another thread return at once (thread-safe).
  void interrupt();

 private:
  int inotify_ = -1;
  int wake_[2] = {-1, -1};
  struct Watch {
    std::string folder;
    bool tree = false;
  };
  std::vector<std::pair<int, Watch>> watches_;  // by watch descriptor
  std::set<std::string> folders_;
  std::mutex mutex_;  // watches_ and folders_

  bool add(const std::string& folder, bool tree);  // with mutex_ held; true: newly watched
  bool read_events(std::set<std::string>& changed);
};

// Whether one of `files` was written at `since` or later, or a little before: file times lag the
// clock by up to a kernel tick. For files read before they were watched (what watch_files returns),
// with `since` taken before they were read: true means read them again.
bool written_since(const std::vector<std::string>& files, std::filesystem::file_time_type since);

}  // namespace journey
