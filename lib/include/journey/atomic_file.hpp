// Output files written atomically: into a temporary file beside the target, renamed over it only
// when complete, so a failure never leaves a half-written file or destroys the previous one.
#pragma once

#include <fstream>
#include <string>

namespace journey {

class AtomicFile {
 public:
  AtomicFile() = default;
  AtomicFile(const AtomicFile&) = delete;
  AtomicFile& operator=(const AtomicFile&) = delete;
  ~AtomicFile();  // discards the temporary file unless committed

  // Creates the temporary file; false with `error` set when the directory is not writable.
  bool open(const std::string& path, std::string& error);
  std::ostream& stream() { return out_; }
  // Flushes, syncs and renames over the target; false with `error` set on failure.
  bool commit(std::string& error);

 private:
  std::string path_;
  std::string temp_;
  std::ofstream out_;
  bool committed_ = false;
};

}  // namespace journey
