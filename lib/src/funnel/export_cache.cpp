// SPDX-License-Identifier: Apache-2.0
#include "export_cache.hpp"

#include <sys/stat.h>

#include <algorithm>
#include <list>
#include <mutex>

#include "journey/messages.hpp"

namespace journey::funnel {

namespace {

constexpr std::size_t k_entries = 8;
constexpr std::size_t k_text_bytes = 64u << 20;

struct Version {
  dev_t device = 0;
  ino_t inode = 0;
  off_t size = 0;
  long long modified_ns = 0, changed_ns = 0;
  bool operator==(const Version& o) const {
    return device == o.device && inode == o.inode && size == o.size &&
           modified_ns == o.modified_ns && changed_ns == o.changed_ns;
  }
};

std::optional<Version> version_of(const std::string& path) {
  struct stat st {};
  if (::stat(path.c_str(), &st) != 0 || !S_ISREG(st.st_mode)) return std::nullopt;
  auto ns = [](const timespec& t) { return t.tv_sec * 1000000000LL + t.tv_nsec; };
  return Version{st.st_dev, st.st_ino, st.st_size, ns(st.st_mtim), ns(st.st_ctim)};
}

// What an export was read for: the file, the forced format, the funnel's events and window, and
// the language of its findings' messages.
std::string key_of(const std::string& path, std::optional<FunnelFormat> format,
                   const EventSteps& steps) {
  std::string key = path + '\0' + (format ? std::to_string(static_cast<int>(*format)) : "-");
  key += '\0' + std::to_string(static_cast<int>(message_language()));
  key += '\0' + std::to_string(steps.window_seconds) + (steps.closed ? "c" : "o");
  for (const auto& step : steps.events) {
    key += '\0';
    for (const std::string& event : step) key += event + '\x1f';
  }
  return key;
}

std::size_t text_bytes(const FunnelExport& e) {
  return e.source ? e.source->text().size() : 0;
}

struct Entry {
  std::string key;
  Version version;
  FunnelExport value;
};

struct Cache {
  std::mutex mutex;
  std::list<Entry> entries;  // the most recently used first

  std::optional<FunnelExport> find(const std::string& key, const Version& v) {
    std::lock_guard<std::mutex> lock(mutex);
    for (auto it = entries.begin(); it != entries.end(); ++it) {
      if (it->key != key) continue;
      if (!(it->version == v)) {
        entries.erase(it);
        return std::nullopt;
      }
      entries.splice(entries.begin(), entries, it);
      return it->value;
    }
    return std::nullopt;
  }

  void keep(std::string key, const Version& v, const FunnelExport& e) {
    std::lock_guard<std::mutex> lock(mutex);
    entries.remove_if([&](const Entry& old) { return old.key == key; });
    entries.push_front({std::move(key), v, e});
    std::size_t bytes = 0, count = 0;
    for (auto it = entries.begin(); it != entries.end();) {
      bytes += text_bytes(it->value);
      if (++count > k_entries || bytes > k_text_bytes) {
        bytes -= text_bytes(it->value);
        it = entries.erase(it);
      } else {
        ++it;
      }
    }
  }
};

Cache& cache() {
  static Cache c;
  return c;
}

}  // namespace

FunnelExport cached_funnel_export(const std::string& path, std::optional<FunnelFormat> format,
                                  const EventSteps& steps) {
  std::optional<Version> before = version_of(path);
  if (!before) return read_funnel_export(path, format, steps);  // the reader says why
  std::string key = key_of(path, format, steps);
  if (std::optional<FunnelExport> kept = cache().find(key, *before)) return *kept;
  FunnelExport e = read_funnel_export(path, format, steps);
  if (e.error.empty()) cache().keep(std::move(key), *before, e);
  return e;
}

}  // namespace journey::funnel
