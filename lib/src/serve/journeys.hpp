// SPDX-License-Identifier: Apache-2.0
// The journeys a preview shows: found under the given paths, checked by the lint engine, scored,
// and drawn in their default views, again whenever a file they read changes. Written by one
// thread (the preview's builder, which alone may call Graphviz), read by the HTTP threads.
#pragma once

#include <cstdint>
#include <map>
#include <memory>
#include <mutex>
#include <optional>
#include <set>
#include <string>
#include <vector>

#include "journey/lint.hpp"
#include "journey/render.hpp"
#include "journey/score.hpp"
#include "journey/serve.hpp"

namespace journey::serve {

// One check of one version of a journey file.
struct Checked {
  std::shared_ptr<const Config> config;  // keeps the model alive
  Analysis analysis;                     // report.error: unreadable, or an invalid configuration
  std::optional<Scorecard> card;         // when it has no errors
  std::uint64_t generation = 0;
};

struct Entry {
  std::string file;
  std::string slug;
  std::shared_ptr<const Checked> latest;  // the newest check
  std::shared_ptr<const Checked> good;    // the newest without errors: what is drawn
};

// The options of a picture, as the page's controls set them (checked against the journey).
struct PictureKey {
  std::string slug;
  std::uint64_t generation = 0;
  RenderView view = RenderView::flow;
  std::string persona, phase, language, theme;
  bool operator<(const PictureKey& o) const;
};

class Journeys {
 public:
  explicit Journeys(const ServeOptions& options);

  // Finds the journey files under the paths (again), adding new ones and dropping vanished ones;
  // returns the files added.
  std::vector<std::string> scan();
  // Checks a journey again (builder thread); its pictures are drawn afresh on demand.
  void check(const std::string& file);
  // The journeys that read a changed file (themselves, a model, catalog or data file). A YAML
  // file that no journey reads (a configuration, a model in a model directory): every journey,
  // with `everything` set so that configurations are read again.
  struct Affected {
    std::vector<std::string> files;
    bool everything = false;
  };
  Affected affected(const std::vector<std::string>& changed) const;
  // Every file the journeys read besides themselves, for the watcher.
  std::vector<std::string> inputs() const;

  std::vector<std::shared_ptr<const Entry>> entries() const;
  std::shared_ptr<const Entry> find(const std::string& slug) const;
  std::uint64_t generation() const;

  // A picture (builder thread): from the cache, or drawn from the entry's good check.
  RenderResult picture(const PictureKey& key);
  void forget_configurations();

 private:
  ServeOptions options_;
  mutable std::mutex mutex_;
  std::map<std::string, std::shared_ptr<const Entry>> by_file_;
  std::uint64_t generation_ = 0;
  ConfigResolver resolver_;  // builder thread only
  std::map<PictureKey, RenderResult> pictures_;
  std::size_t picture_bytes_ = 0;

  std::shared_ptr<const Entry> entry_of_slug(const std::string& slug) const;
};

}  // namespace journey::serve
