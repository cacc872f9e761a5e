#include "journey/lint_cache.hpp"

#include <sys/stat.h>

#include <filesystem>
#include <fstream>
#include <sstream>

#include "journey/output_file.hpp"
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
};

namespace {

using Stamp = LintCache::Stamp;
using Entry = LintCache::Entry;

// 2: findings name the file they are in (a catalog, a data file) when it is not the journey.
constexpr const char* k_magic = "journey-lint-cache 2";

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

std::string encode(const std::string& key, const Entry& e) {
  std::ostringstream out;
  out << k_magic << "\nkey\t" << key << "\ncontent\t" << e.content.size << "\t"
      << e.content.mtime_ns << "\t" << e.content.digest << "\n";
  for (const auto& [path, digest] : e.deps)
    out << "dep\t" << digest << "\t" << escape_field(path) << "\n";
  for (const Finding& f : e.findings) {
    out << "finding\t" << escape_field(f.rule) << "\t" << static_cast<int>(f.severity) << "\t"
        << f.span.line << "\t" << f.span.column << "\t" << f.span.end_line << "\t"
        << f.span.end_column << "\t" << escape_field(f.path) << "\t" << escape_field(f.message)
        << "\t" << escape_field(f.suggestion) << "\t" << escape_field(f.file) << "\n";
  }
  out << "end\n";
  return out.str();
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

// Parses an entry; false for anything but a complete entry of this key.
bool decode(const std::string& text, const std::string& key, Entry& e) {
  std::istringstream in(text);
  std::string line;
  if (!std::getline(in, line) || line != k_magic) return false;
  if (!std::getline(in, line) || line != "key\t" + key) return false;
  if (!std::getline(in, line)) return false;
  std::vector<std::string> c = split_tabs(line);
  if (c.size() != 4 || c[0] != "content") return false;
  try {
    e.content = {std::stoll(c[1]), std::stoll(c[2]), c[3]};
  } catch (const std::exception&) {
    return false;
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

// Marks a new cache folder as one: git ignores it and backup tools skip it (CACHEDIR.TAG).
void tag_cache_dir(const std::string& dir) {
  const std::pair<const char*, const char*> tags[] = {
      {".gitignore", "# Created by journey lint --cache.\n*\n"},
      {"CACHEDIR.TAG",
       "Signature: 8a477f597d28d172789f06886806bc55\n"
       "# This file is a cache directory tag created by journey lint --cache.\n"
       "# For information about cache directory tags see https://bford.info/cachedir/\n"}};
  for (const auto& [name, text] : tags) {
    fs::path p = fs::path(dir) / name;
    std::error_code ec;
    if (fs::exists(p, ec)) continue;
    OutputFile out(OutputFile::Durability::unsynced);
    std::string error;
    if (out.open(p.string(), error)) {
      out.stream() << text;
      out.commit(error);
    }
  }
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

LintCache::LintCache(std::string dir, std::string tool)
    : dir_(std::move(dir)), tool_(std::move(tool)) {
  std::error_code ec;
  fs::create_directories(dir_, ec);
  tag_cache_dir(dir_);
}

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
  h.add(tool_).add(nul).add(config_digest(config)).add(nul).add(path).add(nul);
  for (const auto* list : {&options.filter.select, &options.filter.ignore}) {
    for (const std::string& s : *list) h.add(s).add(",");
    h.add(nul);
  }
  h.add(options.today.to_string());
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

void LintCache::store(const std::string& entry_path, const std::string& key, const Entry& entry) {
  // Atomic, so a concurrent run sees the old entry or the new, never half of one; not synced, as
  // an entry a power cut empties is ignored like any corrupt one.
  OutputFile out(OutputFile::Durability::unsynced);
  std::string error;
  bool opened = out.open(entry_path, error);
  if (!opened) {  // the folder is made on first need only: one call less per entry
    std::error_code ec;
    fs::create_directories(fs::path(entry_path).parent_path(), ec);
    opened = out.open(entry_path, error);
  }
  if (opened) {
    out.stream() << encode(key, entry);
    out.commit(error);
  }
}

FileReport LintCache::lint(const std::string& path, const Config& config,
                           const LintOptions& options) {
  ReadOptions read_options;
  read_options.special_files = true;
  Stamp now = stamp_of(path);
  FileRead read = read_file(path, read_options);
  if (read.status != FileRead::Status::ok) return lint_file(path, config, options);
  std::string key = key_of(path, config, options);
  std::string entry_path = (fs::path(dir_) / key.substr(0, 2) / key).string();
  std::string stored, error;
  Entry entry;
  std::map<std::string, std::shared_ptr<const SourceText>> other_sources;
  bool hit = read_text_file(entry_path, stored, error) && decode(stored, key, entry) &&
             still_valid(entry, now, read.text);
  if (!hit) {
    Analysis a = analyze_source(SourceText(path, read.text), path, config, options);
    entry = Entry{};
    entry.content = now;
    entry.content.digest = sha256_hex(read.text);
    // Each input the findings depend on, read or not: a missing model file that appears later
    // must invalidate the entry too.
    for (const std::string& input : a.inputs) entry.deps.emplace_back(input, dep_digest(input));
    entry.findings = a.report.findings;
    other_sources = std::move(a.report.other_sources);
    store(entry_path, key, entry);
  }
  {
    std::lock_guard<std::mutex> lock(mutex_);
    ++(hit ? hits_ : misses_);
  }
  FileReport report;
  report.name = path;
  report.source = SourceText(path, std::move(read.text));
  report.findings = std::move(entry.findings);
  report.other_sources = std::move(other_sources);
  attach_other_sources(report);
  return report;
}

}  // namespace journey
