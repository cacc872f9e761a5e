// SPDX-License-Identifier: Apache-2.0
#include "journeys.hpp"

#include <algorithm>
#include <filesystem>
#include <tuple>

#include "../site/html.hpp"
#include "journey/messages.hpp"

namespace fs = std::filesystem;

namespace journey::serve {

namespace {

// Pictures kept at most, and their bytes: the default views of many journeys fit, and a huge
// journey's pictures cannot take memory without bound.
constexpr std::size_t k_max_pictures = 256;
constexpr std::size_t k_max_picture_bytes = 64u << 20;

std::string normal(const std::string& path) {
  return fs::path(path).lexically_normal().string();
}

// Whether a journey file found below the roots stays there once links are followed: a link in a
// checkout may point anywhere (~/.ssh/...), and the preview shows what lint says of a file.
bool inside_roots(const std::string& file, const std::vector<std::string>& roots) {
  std::error_code ec;
  fs::path real = fs::canonical(file, ec);
  if (ec) return false;
  for (const std::string& root : roots) {
    fs::path base = fs::canonical(root, ec);
    if (ec) continue;
    if (real == base) return true;  // a file named as a root
    auto mismatch = std::mismatch(base.begin(), base.end(), real.begin(), real.end());
    if (mismatch.first == base.end()) return true;
  }
  return false;
}

}  // namespace

bool PictureKey::operator<(const PictureKey& o) const {
  return std::tie(slug, generation, view, persona, phase, language, theme) <
         std::tie(o.slug, o.generation, o.view, o.persona, o.phase, o.language, o.theme);
}

Journeys::Journeys(const ServeOptions& options) : options_(options), resolver_(options.config) {}

std::vector<std::string> Journeys::scan() {
  ExpandedPaths found = expand_paths(options_.paths);
  std::vector<std::string> added;
  std::lock_guard<std::mutex> lock(mutex_);
  std::set<std::string> present;
  std::set<std::string> slugs;
  for (const auto& [file, entry] : by_file_) slugs.insert(entry->slug);
  for (const std::string& f : found.files) {
    if (!inside_roots(f, options_.paths)) continue;
    std::string file = normal(f);
    present.insert(file);
    if (by_file_.count(file)) continue;
    auto entry = std::make_shared<Entry>();
    entry->file = file;
    std::string base = site::slug_of(file), slug = base;
    for (int n = 2; slugs.count(slug); ++n) slug = base + "-" + std::to_string(n);
    slugs.insert(slug);
    entry->slug = slug;
    by_file_[file] = entry;
    added.push_back(file);
  }
  for (auto it = by_file_.begin(); it != by_file_.end();) {
    it = present.count(it->first) ? std::next(it) : by_file_.erase(it);
  }
  return added;
}

void Journeys::check(const std::string& file) {
  std::shared_ptr<const Entry> old;
  {
    std::lock_guard<std::mutex> lock(mutex_);
    auto it = by_file_.find(file);
    if (it == by_file_.end()) return;
    old = it->second;
  }
  auto checked = std::make_shared<Checked>();
  std::string error;
  checked->config = resolver_.for_file(file, error);
  if (!checked->config) {
    checked->analysis.report.name = file;
    checked->analysis.report.error = translate("invalid configuration: %1$s", error);
  } else {
    LintOptions lint;
    checked->analysis = analyze_file(file, *checked->config, lint);
    if (!checked->analysis.has_errors() && checked->analysis.model != nullptr) {
      checked->card = score_journey(*checked->analysis.journey, *checked->analysis.model, file,
                                    lint.today, checked->config->score, checked->analysis.funnels);
    }
  }
  auto entry = std::make_shared<Entry>(*old);
  std::lock_guard<std::mutex> lock(mutex_);
  checked->generation = ++generation_;
  entry->latest = checked;
  if (checked->card) entry->good = checked;
  by_file_[file] = entry;
}

Journeys::Affected Journeys::affected(const std::vector<std::string>& changed) const {
  std::lock_guard<std::mutex> lock(mutex_);
  Affected out;
  std::set<std::string> files;
  for (const std::string& c : changed) {
    std::string path = normal(c);
    bool read = false;
    for (const auto& [file, entry] : by_file_) {
      const Checked* latest = entry->latest.get();
      bool uses =
          path == file || (latest != nullptr &&
                           std::find(latest->analysis.inputs.begin(), latest->analysis.inputs.end(),
                                     path) != latest->analysis.inputs.end());
      if (uses) files.insert(file);
      read = read || uses;
    }
    // A configuration, or a YAML file no journey names: a model in a model directory, perhaps.
    std::string ext = fs::path(path).extension().string();
    if (!read && (ext == ".yaml" || ext == ".yml")) out.everything = true;
  }
  if (out.everything) {
    for (const auto& [file, entry] : by_file_) files.insert(file);
  }
  out.files.assign(files.begin(), files.end());
  return out;
}

std::vector<std::string> Journeys::inputs() const {
  std::lock_guard<std::mutex> lock(mutex_);
  std::vector<std::string> out;
  for (const auto& [file, entry] : by_file_) {
    if (!entry->latest) continue;
    for (const std::string& input : entry->latest->analysis.inputs) out.push_back(input);
    if (entry->latest->config && !entry->latest->config->path.empty()) {
      out.push_back(entry->latest->config->path);
    }
  }
  return out;
}

std::vector<std::shared_ptr<const Entry>> Journeys::entries() const {
  std::lock_guard<std::mutex> lock(mutex_);
  std::vector<std::shared_ptr<const Entry>> out;
  for (const auto& [file, entry] : by_file_) out.push_back(entry);
  return out;
}

std::shared_ptr<const Entry> Journeys::find(const std::string& slug) const {
  std::lock_guard<std::mutex> lock(mutex_);
  return entry_of_slug(slug);
}

std::shared_ptr<const Entry> Journeys::entry_of_slug(const std::string& slug) const {
  for (const auto& [file, entry] : by_file_) {
    if (entry->slug == slug) return entry;
  }
  return nullptr;
}

std::uint64_t Journeys::generation() const {
  std::lock_guard<std::mutex> lock(mutex_);
  return generation_;
}

RenderResult Journeys::picture(const PictureKey& key) {
  auto cached = pictures_.find(key);
  if (cached != pictures_.end()) return cached->second;
  std::shared_ptr<const Entry> entry = find(key.slug);
  if (!entry || !entry->good || entry->good->generation != key.generation) {
    return RenderResult{false, {}, tr("this picture is no longer current; reload the page")};
  }
  const Analysis& a = entry->good->analysis;
  RenderOptions o;
  o.view = key.view;
  o.persona = key.persona;
  o.phase = key.phase;
  parse_language(key.language, o.language);  // the control offers en and nl only
  o.theme = key.theme;
  RenderResult result = render(*a.journey, *a.model, o, RenderFormat::svg, a.funnels);
  if (pictures_.size() >= k_max_pictures ||
      picture_bytes_ + result.data.size() > k_max_picture_bytes) {
    pictures_.clear();
    picture_bytes_ = 0;
  }
  picture_bytes_ += result.data.size();
  pictures_[key] = result;
  return result;
}

void Journeys::forget_configurations() {
  resolver_ = ConfigResolver(options_.config);
}

}  // namespace journey::serve
