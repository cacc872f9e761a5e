// SPDX-License-Identifier: Apache-2.0
// Linting: one source (lint_source) or many paths in parallel with ordered, streamed reports.
#pragma once

#include <functional>
#include <map>
#include <memory>
#include <optional>
#include <set>
#include <string>
#include <vector>

#include "journey/config.hpp"
#include "journey/finding.hpp"
#include "journey/funnel.hpp"
#include "journey/journey.hpp"
#include "journey/model.hpp"
#include "journey/rule.hpp"
#include "journey/source.hpp"

namespace journey {

// --select / --ignore: rule ids or categories (syntax, schema, model, flow, practice,
// suppression, data). Rules of the syntax category cannot be deselected.
struct RuleFilter {
  std::vector<std::string> select;  // empty: every rule the configuration enables
  std::vector<std::string> ignore;
  bool allows(const RuleInfo& rule) const;
  // An error message naming the first entry that is neither a rule nor a category, or empty.
  std::string validate() const;
};

struct LintOptions {
  RuleFilter filter;
  Date today = Date::today();
  // --lang: every message in this language, whatever a journey's lang: or the configuration say.
  std::optional<Language> language;
};

// The language of the messages about a journey: options.language, else the process's when insisted
// on (--lang), else the journey's own lang: (null: not loaded), else the configuration's lang,
// else this thread's (the environment's; see messages.hpp).
Language message_language_for(const LintOptions& options, const Journey* journey,
                              const Config& config);

// The rule ids a configuration may name, from the registry.
RuleNames rule_names();
// The level of every rule for a file: the rule's default, then what the configuration sets.
std::map<std::string, RuleLevel> rule_levels(const Config& config, const std::string& file);
// The configuration in force for a file, as YAML (for --print-config).
std::string describe_config(const Config& config, const std::string& file);

// The outcome for one file.
struct FileReport {
  std::string name;   // as shown to the user (the path given, or --stdin-filename)
  SourceText source;  // kept for carets; released once the report has been written
  Findings findings;  // severities applied; its own first, then by file, each by position
  // The catalogs and data files the journey uses, by the name findings give them (Finding::file),
  // for their carets. A report may lack a file (one from the lint cache whose file is gone): its
  // findings there are shown without the source line.
  std::map<std::string, std::shared_ptr<const SourceText>> other_sources;
  std::string error;                 // non-empty when the file could not be read (exit 2)
  Language language = Language::en;  // of its messages (message_language_for)
};

// A linted journey with what the other commands need: the journey itself and its model.
struct Analysis {
  FileReport report;               // as lint reports it (severities applied, sorted)
  std::optional<Journey> journey;  // present when the file loaded (possibly with findings)
  const Model* model = nullptr;    // the resolved model, phases bound; null when unknown
  std::shared_ptr<const ModelLoadResult> model_file;  // keeps a model read from a file alive
  std::vector<FunnelResult> funnels;  // one per Journey::funnels, computed from their exports
  // Files read for this journey besides itself and its configuration (a model file, catalogs,
  // data files; also those that could not be read), so that a cache knows what its findings
  // depend on.
  std::vector<std::string> inputs;

  // Whether lint found errors: such a journey is not rendered, diffed or scored.
  bool has_errors() const;
};

Analysis analyze_source(SourceText source, const std::string& path, const Config& config,
                        const LintOptions& options);
// Reads and analyzes a file; report.error is set when it cannot be read.
Analysis analyze_file(const std::string& path, const Config& config, const LintOptions& options);

// Lints text already in memory. `path` locates model files and overrides (may equal the name).
FileReport lint_source(SourceText source, const std::string& path, const Config& config,
                       const LintOptions& options);

// Reads and lints one file.
FileReport lint_file(const std::string& path, const Config& config, const LintOptions& options);

// Expands paths: files as given, directories recursively to *.journey.yaml / *.journey.yml
// (hidden directories skipped), sorted. Paths that do not exist are returned in `missing`; journey
// files found in a folder that are not regular files (FIFOs, devices, links to them) in `skipped`.
struct ExpandedPaths {
  std::vector<std::string> files;
  std::vector<std::string> missing;
  std::vector<std::string> skipped;
};
ExpandedPaths expand_paths(const std::vector<std::string>& paths);

// Finds and loads the configuration of each directory once. Thread-compatible, not thread-safe.
class ConfigResolver {
 public:
  // explicit_path: -c FILE (used for every file), or empty to discover per directory. `scope`:
  // the folders besides each journey's repository that journeys may name files in
  // (--allow-path); every configuration it gives out carries it.
  explicit ConfigResolver(std::string explicit_path = {}, PathScope scope = {});
  // The configuration for a file, or null with `error` set when it is invalid.
  std::shared_ptr<const Config> for_file(const std::string& file, std::string& error);

 private:
  std::string explicit_path_;
  PathScope scope_;
  std::map<std::string, std::string> config_of_dir_;
  std::map<std::string, std::shared_ptr<const Config>> loaded_;
};

// Lints files on `jobs` threads (0: one per core) and hands each report to `emit` in input order,
// as soon as it and every report before it are done. Memory stays bounded: at most a small window
// of reports is held at once.
// With a cache, each report comes from it when valid (see lint_cache.hpp).
class LintCache;
void lint_files(const std::vector<std::string>& files,
                const std::vector<std::shared_ptr<const Config>>& configs,
                const LintOptions& options, unsigned jobs,
                const std::function<void(FileReport&)>& emit, LintCache* cache = nullptr);

}  // namespace journey
