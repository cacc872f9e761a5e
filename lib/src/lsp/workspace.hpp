// SPDX-License-Identifier: Apache-2.0
// The open documents and what the lint engine said about them. Documents change on the thread
// that reads the client; analyses run on the diagnostics worker or, when a request needs the
// current version, on the reading thread. Every analysis is the engine's own (analyze_source):
// the same configuration walk-up, model, catalogs and data files as `journey lint`.
#pragma once

#include <map>
#include <memory>
#include <mutex>
#include <optional>
#include <string>
#include <vector>

#include "index.hpp"
#include "journey/lint.hpp"
#include "text_document.hpp"

namespace journey::lsp {

// One analysis of one version of a document.
struct Snapshot {
  int version = 0;
  std::string path;                      // the file the journey is, for models and catalogs
  std::shared_ptr<const Config> config;  // keeps the model catalog (analysis.model) alive
  Analysis analysis;                     // report.error: the configuration is invalid
  IdIndex index;

  const SourceText& source() const { return analysis.report.source; }
  // The text of a file a finding or an occurrence names (empty: the journey), or null.
  const SourceText* source_of(const std::string& file) const;
};

class Workspace {
 public:
  // `config`: -c FILE for every document, or empty to find each one's .journeylint.yaml.
  explicit Workspace(std::string config = {});

  void open(const std::string& uri, const std::string& language, std::string text, int version);
  void close(const std::string& uri);
  // Runs `edit` on an open document under the lock; false when it is not open.
  template <class Edit>
  bool edit(const std::string& uri, Edit&& edit) {
    std::lock_guard<std::mutex> lock(mutex_);
    auto it = documents_.find(uri);
    if (it == documents_.end()) return false;
    edit(it->second.text);
    return true;
  }
  std::optional<TextDocument> text(const std::string& uri) const;
  bool is_journey(const std::string& uri) const;
  std::string path_of(const std::string& uri) const;

  // Analyses the current text of a journey document and keeps the result; null when the
  // document is not an open journey.
  std::shared_ptr<const Snapshot> analyze(const std::string& uri);
  // An analysis of the current version (analysing now when the newest is older).
  std::shared_ptr<const Snapshot> current(const std::string& uri);
  // The newest analysis in which the journey loaded, of whatever version: what completion and
  // the outline use while the text does not parse. Null when there was none.
  std::shared_ptr<const Snapshot> last_good(const std::string& uri) const;
  // Every open journey document, with its newest analysis (possibly null).
  std::vector<std::pair<std::string, std::shared_ptr<const Snapshot>>> journeys() const;
  // Open journeys that read `path` (a model, catalog or data file, or their configuration).
  std::vector<std::string> journeys_using(const std::string& path) const;
  // Configurations and model directories are read again from the next analysis on.
  void forget_configurations();

 private:
  struct Document {
    std::string path;
    bool journey = false;
    TextDocument text;
    std::shared_ptr<const Snapshot> latest, last_good;
  };
  mutable std::mutex mutex_;
  std::map<std::string, Document> documents_;
  std::string config_path_;
  std::mutex config_mutex_;
  std::unique_ptr<ConfigResolver> resolver_;

  std::shared_ptr<const Config> config_for(const std::string& path, std::string& error);
};

}  // namespace journey::lsp
