// The lint cache (journey lint --cache): a file's findings are reused while its content, its
// configuration, the model files it uses, the options and the journey binary are unchanged.
// An entry per file, named by the SHA-256 of its path, configuration, options and binary; it holds
// the file's size, modification time and SHA-256 (unchanged size and time are trusted, as make and
// ruff do; otherwise the content's digest decides) and the digests of the files the findings
// depend on. Entries are checked before they are trusted (a corrupt, foreign or stale entry is
// ignored and rewritten) and written atomically, so concurrent runs can share a folder.
#pragma once

#include <map>
#include <memory>
#include <mutex>
#include <string>

#include "journey/lint.hpp"

namespace journey {

class LintCache {
 public:
  // `dir` is created when missing. `tool` identifies the binary (version and build): a new
  // journey never trusts an old one's findings.
  LintCache(std::string dir, std::string tool);

  // The report of a file: from the cache when its entry is valid, else linted and stored.
  // Thread-safe.
  FileReport lint(const std::string& path, const Config& config, const LintOptions& options);

  std::size_t hits() const { return hits_; }
  std::size_t misses() const { return misses_; }

  struct Entry;  // one file's cached report (lint_cache.cpp)
  struct Stamp;  // a file's size, modification time and digest

 private:
  std::string config_digest(const Config& config);
  std::string key_of(const std::string& path, const Config& config, const LintOptions& options);
  std::string dep_digest(const std::string& path);
  bool still_valid(const Entry& entry, const Stamp& now, const std::string& text);
  void store(const std::string& entry_path, const std::string& key, const Entry& entry);

  std::string dir_;
  std::string tool_;
  std::mutex mutex_;
  std::map<const Config*, std::string> config_digests_;
  std::map<std::string, std::string> dep_digests_;  // files the findings depend on, this run
  std::size_t hits_ = 0, misses_ = 0;               // under mutex_
};

}  // namespace journey
