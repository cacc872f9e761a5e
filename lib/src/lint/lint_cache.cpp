// SPDX-License-Identifier: Apache-2.0
#include "journey/lint_cache.hpp"

#include <sys/random.h>
#include <sys/stat.h>

#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <optional>
#include <sstream>

#include "journey/messages.hpp"
#include "journey/sha256.hpp"

namespace fs = std::filesystem;

namespace journey {

// What a file looked like when its entry was written: a file whose size and modification time are
// unchanged is taken as unchanged (as make and ruff do); otherwise its SHA-256 decides.
struct LintCache::Stamp {
  long long size = -1;
  long long mtime_ns = -1;
  std::string digest;
};

struct LintCache::Entry {
  Stamp content;
  std::vector<std::pair<std::string, std::string>> deps;  // path, digest
  Findings findings;
  Language language = Language::en;  // of the findings' messages
};

namespace {

using Stamp = LintCache::Stamp;
using Entry = LintCache::Entry;

// 2: findings name the file they are in (a catalog, a data file) when it is not the journey.
// 3: entries are signed (HMAC-SHA-256 under the user's cache key).
constexpr const char* k_magic = "journey-lint-cache 3";

// Fields are tab-separated on one line: tabs, line breaks and backslashes are escaped.
std::string escape_field(const std::string& s) {
  std::string out;
  for (char c : s) {
    if (c == '\\') {
      out += "\\\\";
    } else if (c == '\t') {
      out += "\\t";
    } else if (c == '\n') {
      out += "\\n";
    } else if (c == '\r') {
      out += "\\r";
    } else {
      out += c;
    }
  }
  return out;
}

std::string unescape_field(const std::string& s) {
  std::string out;
  for (std::size_t i = 0; i < s.size(); ++i) {
    if (s[i] != '\\' || i + 1 == s.size()) {
      out += s[i];
      continue;
    }
    char n = s[++i];
    out += n == 't' ? '\t' : n == 'n' ? '\n' : n == 'r' ? '\r' : n;
  }
  return out;
}

std::vector<std::string> split_tabs(const std::string& line) {
  std::vector<std::string> out(1);
  for (char c : line) {
    if (c == '\t') {
      out.emplace_back();
    } else {
      out.back() += c;
    }
  }
  return out;
}

std::string file_digest(const std::string& path) {
  std::string text, error;
  if (!read_text_file(path, text, error)) return "unreadable";
  return sha256_hex(text);
}

Stamp stamp_of(const std::string& path) {
  Stamp s;
  struct stat st {};
  if (::stat(path.c_str(), &st) == 0) {
    s.size = static_cast<long long>(st.st_size);
    s.mtime_ns = static_cast<long long>(st.st_mtim.tv_sec) * 1000000000LL + st.st_mtim.tv_nsec;
  }
  return s;
}

// The entry, signed: "magic\nmac\t<HMAC of the rest>\n" then the rest. Without the user's key
// nobody can write an entry that verifies, so a cache folder from a checkout cannot make lint pass
// a journey with errors.
std::string encode(const std::string& key, const Entry& e, const std::string& secret) {
  std::ostringstream out;
  out << "key\t" << key << "\ncontent\t" << e.content.size << "\t" << e.content.mtime_ns << "\t"
      << e.content.digest << "\nlang\t" << to_string(e.language) << "\n";
  for (const auto& [path, digest] : e.deps)
    out << "dep\t" << digest << "\t" << escape_field(path) << "\n";
  for (const Finding& f : e.findings) {
    out << "finding\t" << escape_field(f.rule) << "\t" << static_cast<int>(f.severity) << "\t"
        << f.span.line << "\t" << f.span.column << "\t" << f.span.end_line << "\t"
        << f.span.end_column << "\t" << escape_field(f.path) << "\t" << escape_field(f.message)
        << "\t" << escape_field(f.suggestion) << "\t" << escape_field(f.file) << "\n";
  }
  out << "end\n";
  std::string body = out.str();
  return std::string(k_magic) + "\nmac\t" + hmac_sha256_hex(secret, body) + "\n" + body;
}

// Compares in time that does not depend on where the strings differ.
bool same_mac(const std::string& a, const std::string& b) {
  if (a.size() != b.size()) return false;
  unsigned char differ = 0;
  for (std::size_t i = 0; i < a.size(); ++i) differ |= static_cast<unsigned char>(a[i] ^ b[i]);
  return differ == 0;
}

// The signed part of an entry, or nothing when the signature does not verify.
std::optional<std::string> verified_body(const std::string& text, const std::string& secret) {
  std::string head = std::string(k_magic) + "\nmac\t";
  if (text.compare(0, head.size(), head) != 0) return std::nullopt;
  std::size_t end = text.find('\n', head.size());
  if (end == std::string::npos) return std::nullopt;
  std::string mac = text.substr(head.size(), end - head.size());
  std::string body = text.substr(end + 1);
  if (!same_mac(mac, hmac_sha256_hex(secret, body))) return std::nullopt;
  return body;
}

bool decode_finding(const std::vector<std::string>& p, Finding& f) {
  if (p.size() != 11) return false;
  try {
    int severity = std::stoi(p[2]);
    if (severity < 0 || severity > 2) return false;
    f.rule = unescape_field(p[1]);
    f.severity = static_cast<Severity>(severity);
    f.span = {std::stoi(p[3]), std::stoi(p[4]), std::stoi(p[5]), std::stoi(p[6])};
    f.path = unescape_field(p[7]);
    f.message = unescape_field(p[8]);
    f.suggestion = unescape_field(p[9]);
    f.file = unescape_field(p[10]);
  } catch (const std::exception&) {
    return false;
  }
  return find_rule(f.rule) != nullptr;  // a rule this binary does not know: not ours
}

// Parses an entry; false for anything but a complete entry of this key signed with `secret`.
bool decode(const std::string& text, const std::string& key, const std::string& secret, Entry& e) {
  std::optional<std::string> body = verified_body(text, secret);
  if (!body) return false;
  std::istringstream in(*body);
  std::string line;
  if (!std::getline(in, line) || line != "key\t" + key) return false;
  if (!std::getline(in, line)) return false;
  std::vector<std::string> c = split_tabs(line);
  if (c.size() != 4 || c[0] != "content") return false;
  try {
    e.content = {std::stoll(c[1]), std::stoll(c[2]), c[3]};
  } catch (const std::exception&) {
    return false;
  }
  if (!std::getline(in, line) || line.rfind("lang\t", 0) != 0 ||
      !parse_language(line.substr(5), e.language)) {
    return false;  // also an entry of a version that did not record it
  }
  while (std::getline(in, line)) {
    if (line == "end") return in.peek() == std::char_traits<char>::eof();
    std::vector<std::string> p = split_tabs(line);
    if (p[0] == "dep" && p.size() == 3) {
      e.deps.emplace_back(unescape_field(p[2]), p[1]);
    } else if (p[0] == "finding") {
      Finding f;
      if (!decode_finding(p, f)) return false;
      e.findings.push_back(std::move(f));
    } else {
      return false;
    }
  }
  return false;  // no "end": cut short
}

// Marks a cache folder as one: git ignores it and backup tools skip it (CACHEDIR.TAG). Created
// only where nothing is: a link there is left alone, never followed.
void tag_cache_dir(const PrivateFolder& dir) {
  dir.create(".gitignore", "# Created by journey lint --cache.\n*\n");
  dir.create("CACHEDIR.TAG",
             "Signature: 8a477f597d28d172789f06886806bc55\n"
             "# This file is a cache directory tag created by journey lint --cache.\n"
             "# For information about cache directory tags see https://bford.info/cachedir/\n");
}

// The user's key for signing entries, kept in `home` (never in the cache folder, which may come
// from a checkout): 32 random bytes, made on first use.
std::optional<std::string> cache_secret(const PrivateFolder& home, std::string& error) {
  std::string secret;
  if (home.read("key", secret, 1024) && secret.size() >= 32) return secret;
  unsigned char random[32];
  if (::getrandom(random, sizeof random, 0) != static_cast<ssize_t>(sizeof random)) {
    error = tr("cannot make a cache key: no random bytes");
    return std::nullopt;
  }
  std::string hex;
  static const char* digits = "0123456789abcdef";
  for (unsigned char b : random) hex += std::string{digits[b >> 4], digits[b & 15]};
  home.create("key", hex + "\n");  // another run may have made it first: read what is there
  if (home.read("key", secret, 1024) && secret.size() >= 32) return secret;
  error = translate("cannot keep a cache key in %1$s", home.path() + "/key");
  return std::nullopt;
}

// The catalogs and data files a cached report's findings are in, for their carets: they were just
// read for their digests, and those matched. A file that cannot be read now goes without.
void attach_other_sources(FileReport& report) {
  for (const Finding& f : report.findings) {
    if (f.file.empty() || report.other_sources.count(f.file)) continue;
    std::string text, error;
    std::shared_ptr<const SourceText> source;
    if (read_text_file(f.file, text, error)) {
      source = std::make_shared<const SourceText>(f.file, std::move(text));
    }
    report.other_sources.emplace(f.file, std::move(source));
  }
}

}  // namespace

std::string default_cache_home() {
  const char* xdg = std::getenv("XDG_CACHE_HOME");
  if (xdg != nullptr && xdg[0] == '/') return std::string(xdg) + "/journey";
  const char* home = std::getenv("HOME");
  if (home != nullptr && home[0] == '/') return std::string(home) + "/.cache/journey";
  return {};
}

std::unique_ptr<LintCache> LintCache::open(const std::string& dir, const std::string& key_dir,
                                           std::string tool, std::string& error) {
  std::optional<PrivateFolder> home = PrivateFolder::open(key_dir, error);
  if (!home) return nullptr;
  std::optional<std::string> secret = cache_secret(*home, error);
  if (!secret) return nullptr;
  std::optional<PrivateFolder> folder = PrivateFolder::open(dir, error);
  if (!folder) return nullptr;
  tag_cache_dir(*folder);
  return std::unique_ptr<LintCache>(
      new LintCache(std::move(*folder), std::move(*secret), std::move(tool)));
}

LintCache::LintCache(PrivateFolder folder, std::string secret, std::string tool)
    : folder_(std::move(folder)), secret_(std::move(secret)), tool_(std::move(tool)) {}

LintCache::~LintCache() = default;

std::string LintCache::config_digest(const Config& config) {
  std::lock_guard<std::mutex> lock(mutex_);
  auto it = config_digests_.find(&config);
  if (it != config_digests_.end()) return it->second;
  Sha256 h;
  h.add(config.path).add(std::string(1, '\0'));
  if (!config.path.empty()) h.add(file_digest(config.path));
  for (const Model* m : config.catalog->added())
    h.add(m->origin).add(std::string(1, '\0')).add(m->text);
  return config_digests_[&config] = h.hex();
}

std::string LintCache::key_of(const std::string& path, const Config& config,
                              const LintOptions& options) {
  Sha256 h;
  const std::string nul(1, '\0');
  // The file's absolute path: one cache serves every folder, and two projects' files of the
  // same name are two entries.
  std::error_code ec;
  std::string where = fs::absolute(path, ec).lexically_normal().string();
  h.add(tool_).add(nul).add(config_digest(config)).add(nul).add(where).add(nul);
  for (const auto* list : {&options.filter.select, &options.filter.ignore}) {
    for (const std::string& s : *list) h.add(s).add(",");
    h.add(nul);
  }
  h.add(options.today.to_string());
  // Findings are cached in the language they were written in: the file's lang: and the
  // configuration's are in the digests above; the rest is the default, and whether --lang (or
  // the caller) insists on a language over them. Nothing is added for English by default, so
  // those keys are the ones of earlier versions.
  Language language = options.language.value_or(message_language());
  bool insisted = options.language.has_value() || message_language_insisted();
  if (language != Language::en || insisted) {
    h.add(nul).add(to_string(language)).add(insisted ? "!" : "");
  }
  return h.hex();
}

std::string LintCache::dep_digest(const std::string& path) {
  {
    std::lock_guard<std::mutex> lock(mutex_);
    auto it = dep_digests_.find(path);
    if (it != dep_digests_.end()) return it->second;
  }
  std::string digest = file_digest(path);  // read once per run, however many journeys share it
  std::lock_guard<std::mutex> lock(mutex_);
  return dep_digests_.emplace(path, digest).first->second;
}

bool LintCache::still_valid(const Entry& entry, const Stamp& now, const std::string& text) {
  bool same_content =
      (entry.content.size == now.size && entry.content.mtime_ns == now.mtime_ns && now.size >= 0) ||
      entry.content.digest == sha256_hex(text);
  if (!same_content) return false;
  for (const auto& [dep, digest] : entry.deps) {
    if (dep_digest(dep) != digest) return false;
  }
  return true;
}

void LintCache::store(const std::string& key, const Entry& entry) {
  // Atomic (a new file renamed over the old), so a concurrent run sees the old entry or the new,
  // never half of one; not synced, as an entry a power cut empties is ignored like any corrupt one.
  std::string error;
  std::optional<PrivateFolder> shard = folder_.folder(key.substr(0, 2), error);
  if (shard) shard->write(key, encode(key, entry, secret_));
}

bool LintCache::load(const std::string& key, Entry& entry) const {
  std::string error, stored;
  std::optional<PrivateFolder> shard = folder_.folder(key.substr(0, 2), error);
  return shard && shard->read(key, stored) && decode(stored, key, secret_, entry);
}

FileReport LintCache::lint(const std::string& path, const Config& config,
                           const LintOptions& options) {
  ReadOptions read_options;
  read_options.special_files = true;
  Stamp now = stamp_of(path);
  FileRead read = read_file(path, read_options);
  if (read.status != FileRead::Status::ok) return lint_file(path, config, options);
  std::string key = key_of(path, config, options);
  Entry entry;
  std::map<std::string, std::shared_ptr<const SourceText>> other_sources;
  bool hit = load(key, entry) && still_valid(entry, now, read.text);
  if (!hit) {
    Analysis a = analyze_source(SourceText(path, read.text), path, config, options);
    entry = Entry{};
    entry.content = now;
    entry.content.digest = sha256_hex(read.text);
    // Each input the findings depend on, read or not: a missing model file that appears later
    // must invalidate the entry too.
    for (const std::string& input : a.inputs) entry.deps.emplace_back(input, dep_digest(input));
    entry.findings = a.report.findings;
    entry.language = a.report.language;
    other_sources = std::move(a.report.other_sources);
    store(key, entry);
  }
  {
    std::lock_guard<std::mutex> lock(mutex_);
    ++(hit ? hits_ : misses_);
  }
  FileReport report;
  report.name = path;
  report.source = SourceText(path, std::move(read.text));
  report.findings = std::move(entry.findings);
  report.language = entry.language;
  report.other_sources = std::move(other_sources);
  attach_other_sources(report);
  return report;
}

}  // namespace journey
