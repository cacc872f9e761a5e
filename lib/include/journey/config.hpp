// SPDX-License-Identifier: Apache-2.0
// The configuration file, .journeylint.yaml:
//
//   rules:                      # per-rule severity: error, warning, info or off
//     phase-without-kpi: off
//     emotion-drop: error
//   model-paths: [models]       # directories of model files (*.yaml), relative to this file
//   overrides:                  # per-glob settings, later entries win
//     - files: ["legacy/**"]
//       rules: {stale-review: off}
//   score:
//     weights: {experience: 40, conversion: 2}   # categories or checks
//     minimums: {total: 70, mean-emotion: 6}     # per check or category (0-10), total (0-100)
//   lang: nl                    # messages, pictures and pages (else the journey's, the
//   environment's) diff:
//     changes:                  # per change kind: regression, change, info or off
//       touchpoint-reordered: off
#pragma once

#include <map>
#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "journey/diff.hpp"
#include "journey/finding.hpp"
#include "journey/model.hpp"
#include "journey/path_scope.hpp"
#include "journey/score.hpp"

namespace journey {

// A rule's configured level: a severity, or nullopt for "off".
using RuleLevel = std::optional<Severity>;

struct ConfigOverride {
  std::vector<std::string> files;  // globs relative to the configuration's directory
  std::map<std::string, RuleLevel> rules;
};

struct Config {
  std::string path;      // empty for the defaults (no configuration file)
  std::string base_dir;  // directory globs and model paths are relative to
  std::map<std::string, RuleLevel> rules;
  std::vector<std::string> model_paths;  // as written
  std::vector<ConfigOverride> overrides;
  // journey diff: per change kind, a class or nullopt for "ignore".
  std::map<std::string, std::optional<ChangeClass>> change_classes;
  // journey score: weights and minimums.
  ScoreSettings score;
  // `lang`: messages, pictures and pages, when neither --lang nor the journey's lang: says it.
  std::string lang;  // "en", "nl" or empty
  // journey render and report: `render: {lang, fail-emotion}`; render_lang before lang.
  std::string render_lang;  // "en", "nl" or empty
  int fail_emotion = 2;
  // Built-in models plus those from model_paths; never null.
  std::shared_ptr<const ModelCatalog> catalog;
  // Where the files journeys name may be besides their repository (--allow-path). Not read from
  // the file: a configuration in a checkout is as untrusted as the journeys (docs/SECURITY.md).
  PathScope scope;

  // The levels the configuration sets for a file (its path relative to base_dir or absolute):
  // `rules` plus the matching overrides. Rules it does not mention keep their defaults, which
  // the lint layer knows (see rule_levels in lint.hpp).
  std::map<std::string, RuleLevel> configured_levels(const std::string& file) const;
  // Whether an override's globs match `file` (as configured_levels reads it).
  bool applies(const ConfigOverride& override, const std::string& file) const;
};

// The rules a configuration may name. Configuration sits below linting, so the lint layer hands
// them in (see rule_names() in lint.hpp).
struct RuleNames {
  std::vector<std::string> ids;
  std::vector<std::string> syntax;  // always errors: cannot be turned off or changed
};

struct ConfigResult {
  std::optional<Config> config;
  std::string error;  // "file:line:col: message" when the configuration is invalid
};

// The defaults: no file, built-in models only.
Config default_config();
// Reads and validates a configuration file. Unknown keys, unknown rules, bad severities and
// model directories that cannot be read or hold invalid models are errors.
// Its model-paths must lie inside its repository (see path_scope.hpp) or a folder `scope` allows.
ConfigResult load_config(const std::string& path, const RuleNames& rules,
                         const PathScope& scope = {});
// The same for text in memory; its name is the path model-paths are relative to.
ConfigResult parse_config(const SourceText& source, const RuleNames& rules,
                          const PathScope& scope = {});
// The configuration file that applies to files in `directory`: the nearest .journeylint.yaml
// (or .journeylint.yml) walking up, stopping at the repository root (a directory with .git).
// Empty when there is none.
std::string find_config(const std::string& directory);

// Glob matching for overrides: '*' and '?' within a path segment, '**' across segments. A pattern
// without '/' matches the file name in any directory.
bool glob_match(const std::string& pattern, const std::string& path);

}  // namespace journey
