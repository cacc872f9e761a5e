// SPDX-License-Identifier: Apache-2.0
// One version of a journey, as `journey diff` and `journey render --diff` take it: a file, stdin,
// REV:PATH from git, or /dev/null for a journey that does not exist.
#pragma once

#include <string>

#include "journey/config.hpp"
#include "journey/diff.hpp"
#include "journey/lint.hpp"

namespace journey {

struct Revision {
  std::string label;         // as shown to the user
  std::string path;          // where it lives, for configuration lookup and relative model paths
  bool exists = true;        // false for /dev/null
  Analysis analysis;         // the loaded journey when it exists and parses
  std::string error;         // why it cannot be used: unreadable, git's message, or lint errors
  bool parse_error = false;  // `error` holds lint errors of YAML that does not parse

  bool usable() const { return error.empty(); }
  DiffSide side() const;
};

// Reads and analyzes `spec`. `stdin_text` is used for "-". A journey whose YAML does not parse
// has `error` set to its lint errors in lint's text format. `path`, when given, is where the
// journey lives (its model, catalog and data files are found relative to it) for a spec that is a
// temporary copy, as git hands a diff driver.
Revision load_revision(const std::string& spec, const std::string& label, const Config& config,
                       const std::string& stdin_text = {}, const std::string& path = {});

// Where the configuration of a spec is looked up: the file, or PATH of REV:PATH.
std::string revision_path(const std::string& spec);

// Whether `spec` is read as one version rather than as a path: "-" (standard input) or REV:PATH
// (it has a ':' and no file of that name exists).
bool is_revision_spec(const std::string& spec);

}  // namespace journey
