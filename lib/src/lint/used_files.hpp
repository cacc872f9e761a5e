// SPDX-License-Identifier: Apache-2.0
// Files that journeys name besides their model (catalogs, data files), read and loaded with
// read_used(). Catalogs are shared by many journeys: UsedFileCache keeps each loaded once per
// process and shares it between threads, as model files are, keyed by device and inode (one file
// reached under many names, through links, is one entry), read again when its size or
// modification time has changed (a test, or a long run, may edit one), and bounded in bytes.
// Data files belong to one journey each and may be large, so they are read per journey and not
// kept. Also how a position is named.
#pragma once

#include <sys/stat.h>

#include <map>
#include <memory>
#include <mutex>
#include <string>
#include <tuple>
#include <utility>

#include "journey/messages.hpp"
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

// The catalogs of a process together: past this, entries no journey holds are let go before the
// next is kept, so a run over many journeys and catalogs stays bounded.
constexpr std::size_t k_max_cached_bytes = 256u << 20;

template <class Loaded>
class UsedFileCache {
 public:
  using Load = Loaded (*)(const SourceText&);
  explicit UsedFileCache(Load load) : load_(load) {}

  std::shared_ptr<const UsedFile<Loaded>> get(const std::string& path) {
    struct stat st {};
    if (::stat(path.c_str(), &st) != 0) return read_used(path, load_);  // the error, uncached
    // Its findings are in the language of the journey that reads it: one entry per language.
    Key key{static_cast<unsigned long long>(st.st_dev), static_cast<unsigned long long>(st.st_ino),
            static_cast<int>(message_language())};
    Stamp now{static_cast<long long>(st.st_size),
              static_cast<long long>(st.st_mtim.tv_sec) * 1000000000LL + st.st_mtim.tv_nsec};
    std::lock_guard<std::mutex> lock(mutex_);
    auto it = cache_.find(key);
    if (it != cache_.end() && it->second.stamp == now) return it->second.file;
    if (it != cache_.end()) forget(it);
    auto file = read_used(path, load_);
    std::size_t size = file->source ? file->source->text().size() : 0;
    if (bytes_ + size > k_max_cached_bytes) let_go_unused();
    if (bytes_ + size <= k_max_cached_bytes) {
      cache_[key] = {now, file, size};
      bytes_ += size;
    }
    return file;
  }

 private:
  using Key = std::tuple<unsigned long long, unsigned long long, int>;  // device, inode, language
  using Stamp = std::pair<long long, long long>;  // size, modification time (ns)
  struct Entry {
    Stamp stamp;
    std::shared_ptr<const UsedFile<Loaded>> file;
    std::size_t bytes = 0;
  };
  using Map = std::map<Key, Entry>;

  void forget(typename Map::iterator it) {
    bytes_ -= it->second.bytes;
    cache_.erase(it);
  }

  // Entries that only the cache holds; those a journey is using stay.
  void let_go_unused() {
    for (auto it = cache_.begin(); it != cache_.end();) {
      auto next = std::next(it);
      if (it->second.file.use_count() == 1) forget(it);
      it = next;
    }
  }

  Load load_;
  std::mutex mutex_;
  Map cache_;
  std::size_t bytes_ = 0;
};

// "catalog/personas.yaml:3:7"
inline std::string where(const std::string& file, const SourceSpan& span) {
  return file + ":" + std::to_string(span.line) + ":" + std::to_string(span.column);
}

}  // namespace journey::lint
