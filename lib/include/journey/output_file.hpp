// SPDX-License-Identifier: Apache-2.0
// Output files (-o): written so that a failure never leaves a half-written file and nothing is
// destroyed that the user did not name, as `install` and careful editors do:
// - a regular file, or a new one, is written to a temporary file beside it that is synced and
//   renamed over it (the directory synced too); an existing file keeps its mode and, where the
//   process may, its owner; a new one gets the default mode under the umask;
// - a symbolic link is followed: its target is replaced and the link stays;
// - a device, FIFO or socket (/dev/null, a named pipe) is written in place, never replaced.
#pragma once

#include <memory>
#include <ostream>
#include <string>

namespace journey {

class OutputFile {
 public:
  // `unsynced` skips fsync: still never half-written for other processes, but after a power cut
  // the file may be empty or missing (for caches, which check what they read).
  enum class Durability { synced, unsynced };
  explicit OutputFile(Durability durability = Durability::synced);
  OutputFile(const OutputFile&) = delete;
  OutputFile& operator=(const OutputFile&) = delete;
  ~OutputFile();  // discards the temporary file unless committed

  // Opens the target for writing; false with `error` set when it cannot.
  bool open(const std::string& path, std::string& error);
  std::ostream& stream();
  // Flushes and syncs, then renames over the target; false with `error` set on failure.
  bool commit(std::string& error);

 private:
  struct State;
  std::unique_ptr<State> state_;
};

}  // namespace journey
