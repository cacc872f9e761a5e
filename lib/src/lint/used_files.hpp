// Files that journeys name besides their model (catalogs, data files), read and loaded with
// read_used(). Catalogs are shared by many journeys: UsedFileCache keeps each loaded once per
// process and shares it between threads, as model files are, but reads it again when its size or
// modification time has changed (a test, or a long run, may edit one). Data files belong to one
// journey each and may be large, so they are read per journey and not kept. Also what the
// resolvers share: how a path in a file is resolved, and how a position is named.
#pragma once

#include <sys/stat.h>

#include <filesystem>
#include <functional>
#include <memory>
#include <mutex>
#include <string>
#include <unordered_map>

#include "journey/source.hpp"

namespace journey::lint {

template <class Loaded>
struct UsedFile {
  std::shared_ptr<const SourceText> source;  // null when the file could not be read
  std::string error;                         // then why: "No such file or directory", ...
  Loaded loaded;
};

template <class Loaded>
std::shared_ptr<const UsedFile<Loaded>> read_used(const std::string& path,
                                                  Loaded (*load)(const SourceText&)) {
  auto file = std::make_shared<UsedFile<Loaded>>();
  std::string text;
  // Regular files only: a FIFO named in a journey would hang the run, /dev/zero never ends.
  if (read_text_file(path, text, file->error)) {
    file->source = std::make_shared<const SourceText>(path, std::move(text));
    file->loaded = load(*file->source);
  }
  return file;
}

template <class Loaded>
class UsedFileCache {
 public:
  using Load = Loaded (*)(const SourceText&);
  explicit UsedFileCache(Load load) : load_(load) {}

  std::shared_ptr<const UsedFile<Loaded>> get(const std::string& path) {
    Stamp now = stamp_of(path);
    std::lock_guard<std::mutex> lock(mutex_);
    auto it = cache_.find(path);
    if (it != cache_.end() && it->second.first == now) return it->second.second;
    auto file = read_used(path, load_);
    cache_[path] = {now, file};
    return file;
  }

 private:
  using Stamp = std::pair<long long, long long>;  // size, modification time in ns; -1 if none

  static Stamp stamp_of(const std::string& path) {
    struct stat st {};
    if (::stat(path.c_str(), &st) != 0) return {-1, -1};
    return {static_cast<long long>(st.st_size),
            static_cast<long long>(st.st_mtim.tv_sec) * 1000000000LL + st.st_mtim.tv_nsec};
  }

  Load load_;
  std::mutex mutex_;
  std::unordered_map<std::string, std::pair<Stamp, std::shared_ptr<const UsedFile<Loaded>>>> cache_;
};

// `entry` as written in `from` (a journey or catalog file), relative to that file's folder.
inline std::string resolve_path(const std::string& from, const std::string& entry) {
  std::filesystem::path p(entry);
  if (p.is_relative()) p = std::filesystem::path(from).parent_path() / p;
  return p.lexically_normal().string();
}

// "catalog/personas.yaml:3:7"
inline std::string where(const std::string& file, const SourceSpan& span) {
  return file + ":" + std::to_string(span.line) + ":" + std::to_string(span.column);
}

}  // namespace journey::lint
