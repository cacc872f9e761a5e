// SPDX-License-Identifier: Apache-2.0
// The lint cache (journey lint --cache): a file's findings are reused while its content, its
// configuration, the model files it uses, the options and the journey binary are unchanged.
// A cache folder may come from a checkout (docs/SECURITY.md): it is used only when it is the
// user's own and no one else can write it, no link in it is followed, and every entry is signed
// with a key the user keeps outside it, so a forged entry is ignored like a corrupt one.
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
#include "journey/private_folder.hpp"

namespace journey {

class LintCache {
 public:
  // A cache in the folder `dir` whose entries are signed with the user's key, kept in the folder
  // `key_dir` (default_cache_home()); both are made when missing. Null, with `error` set, when
  // either is a link, not a folder, not the user's own or writable by others. `tool` identifies
  // the binary (version and build): a new journey never trusts an old one's findings.
  static std::unique_ptr<LintCache> open(const std::string& dir, const std::string& key_dir,
                                         std::string tool, std::string& error);
  ~LintCache();

  // The report of a file: from the cache when its entry is valid, else linted and stored.
  // Thread-safe.
  FileReport lint(const std::string& path, const Config& config, const LintOptions& options);

  std::size_t hits() const { return hits_; }
  std::size_t misses() const { return misses_; }

  struct Entry;  // one file's cached report (lint_cache.cpp)
  struct Stamp;  // a file's size, modification time and digest

 private:
  LintCache(PrivateFolder folder, std::string secret, std::string tool);
  std::string config_digest(const Config& config);
  std::string key_of(const std::string& path, const Config& config, const LintOptions& options);
  std::string dep_digest(const std::string& path);
  bool still_valid(const Entry& entry, const Stamp& now, const std::string& text);
  bool load(const std::string& key, Entry& entry) const;
  void store(const std::string& key, const Entry& entry);

  PrivateFolder folder_;
  std::string secret_;
  std::string tool_;
  std::mutex mutex_;
  std::map<const Config*, std::string> config_digests_;
  std::map<std::string, std::string> dep_digests_;  // files the findings depend on, this run
  std::size_t hits_ = 0, misses_ = 0;               // under mutex_
};

// Where journey keeps what it caches for this user: $XDG_CACHE_HOME/journey, else
// ~/.cache/journey; empty when neither is known. The lint cache's key is kept there, and by
// default its entries (in lint/).
std::string default_cache_home();

}  // namespace journey
