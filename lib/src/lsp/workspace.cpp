// SPDX-License-Identifier: Apache-2.0
#include "workspace.hpp"

#include <algorithm>
#include <filesystem>

#include "journey/messages.hpp"
#include "uri.hpp"

namespace fs = std::filesystem;

namespace journey::lsp {

namespace {

bool ends_with(const std::string& s, const std::string& suffix) {
  return s.size() >= suffix.size() &&
         s.compare(s.size() - suffix.size(), suffix.size(), suffix) == 0;
}

bool is_journey_document(const std::string& uri, const std::string& language) {
  return language == "journey" || ends_with(uri, ".journey.yaml") || ends_with(uri, ".journey.yml");
}

}  // namespace

const SourceText* Snapshot::source_of(const std::string& file) const {
  if (file.empty()) return &analysis.report.source;
  auto it = analysis.report.other_sources.find(file);
  return it == analysis.report.other_sources.end() ? nullptr : it->second.get();
}

Workspace::Workspace(std::string config)
    : config_path_(std::move(config)), resolver_(std::make_unique<ConfigResolver>(config_path_)) {}

void Workspace::open(const std::string& uri, const std::string& language, std::string text,
                     int version) {
  std::lock_guard<std::mutex> lock(mutex_);
  Document& d = documents_[uri];
  d.path = path_of_uri(uri);
  d.journey = is_journey_document(uri, language);
  d.text = TextDocument(std::move(text), version);
  d.latest.reset();
}

void Workspace::close(const std::string& uri) {
  std::lock_guard<std::mutex> lock(mutex_);
  documents_.erase(uri);
}

std::optional<TextDocument> Workspace::text(const std::string& uri) const {
  std::lock_guard<std::mutex> lock(mutex_);
  auto it = documents_.find(uri);
  if (it == documents_.end()) return std::nullopt;
  return it->second.text;
}

bool Workspace::is_journey(const std::string& uri) const {
  std::lock_guard<std::mutex> lock(mutex_);
  auto it = documents_.find(uri);
  return it != documents_.end() && it->second.journey;
}

std::string Workspace::path_of(const std::string& uri) const {
  std::lock_guard<std::mutex> lock(mutex_);
  auto it = documents_.find(uri);
  return it == documents_.end() ? path_of_uri(uri) : it->second.path;
}

std::shared_ptr<const Config> Workspace::config_for(const std::string& path, std::string& error) {
  std::lock_guard<std::mutex> lock(config_mutex_);
  return resolver_->for_file(path, error);
}

void Workspace::forget_configurations() {
  std::lock_guard<std::mutex> lock(config_mutex_);
  resolver_ = std::make_unique<ConfigResolver>(config_path_);
}

std::shared_ptr<const Snapshot> Workspace::analyze(const std::string& uri) {
  std::string text, path;
  auto snapshot = std::make_shared<Snapshot>();
  {
    std::lock_guard<std::mutex> lock(mutex_);
    auto it = documents_.find(uri);
    if (it == documents_.end() || !it->second.journey) return nullptr;
    text = it->second.text.text();
    snapshot->version = it->second.text.version();
    path = it->second.path;
  }
  // A document that is no file (untitled:) is linted as if it were in the working directory.
  snapshot->path = path.empty() ? "untitled.journey.yaml" : path;
  std::string error;
  snapshot->config = config_for(snapshot->path, error);
  if (!snapshot->config) {
    snapshot->analysis.report.error = translate("invalid configuration: %1$s", error);
    snapshot->analysis.report.source = SourceText(snapshot->path, std::move(text));
  } else {
    snapshot->analysis = analyze_source(SourceText(snapshot->path, std::move(text)), snapshot->path,
                                        *snapshot->config, LintOptions{});
    if (snapshot->analysis.journey) {
      snapshot->index = build_index(*snapshot->analysis.journey, snapshot->analysis.model);
    }
  }
  std::lock_guard<std::mutex> lock(mutex_);
  auto it = documents_.find(uri);
  if (it == documents_.end()) return snapshot;
  Document& d = it->second;
  if (!d.latest || d.latest->version <= snapshot->version) d.latest = snapshot;
  if (snapshot->analysis.journey && (!d.last_good || d.last_good->version <= snapshot->version)) {
    d.last_good = snapshot;
  }
  return snapshot;
}

std::shared_ptr<const Snapshot> Workspace::current(const std::string& uri) {
  {
    std::lock_guard<std::mutex> lock(mutex_);
    auto it = documents_.find(uri);
    if (it == documents_.end()) return nullptr;
    const Document& d = it->second;
    if (d.latest && d.latest->version == d.text.version()) return d.latest;
  }
  return analyze(uri);
}

std::shared_ptr<const Snapshot> Workspace::last_good(const std::string& uri) const {
  std::lock_guard<std::mutex> lock(mutex_);
  auto it = documents_.find(uri);
  return it == documents_.end() ? nullptr : it->second.last_good;
}

std::vector<std::pair<std::string, std::shared_ptr<const Snapshot>>> Workspace::journeys() const {
  std::lock_guard<std::mutex> lock(mutex_);
  std::vector<std::pair<std::string, std::shared_ptr<const Snapshot>>> out;
  for (const auto& [uri, d] : documents_) {
    if (d.journey) out.emplace_back(uri, d.latest);
  }
  return out;
}

std::vector<std::string> Workspace::journeys_using(const std::string& path) const {
  std::string normal = fs::path(path).lexically_normal().string();
  std::vector<std::string> out;
  for (const auto& [uri, snapshot] : journeys()) {
    if (!snapshot) continue;
    const auto& inputs = snapshot->analysis.inputs;
    bool uses = std::find(inputs.begin(), inputs.end(), normal) != inputs.end() ||
                (snapshot->config && snapshot->config->path == normal);
    if (uses) out.push_back(uri);
  }
  return out;
}

}  // namespace journey::lsp
