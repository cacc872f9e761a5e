// SPDX-License-Identifier: Apache-2.0
// The language features, each a function of the document, the cursor and the lint engine's
// analysis, returning the JSON result LSP 3.17 expects.
#pragma once

#include <string>
#include <vector>

#include "protocol.hpp"

namespace journey::lsp {

// textDocument/publishDiagnostics's diagnostics. Findings in a catalog or data file are shown
// at the journey's `use:` or `data:` entry naming it, with the catalog's position as related
// information. `rules_url`: a link prefix for rule ids ("...rules.md#"), or empty.
json diagnostics_of(const Snapshot& snapshot, const std::string& uri, const std::string& rules_url);

// textDocument/completion. `ids`: the newest analysis in which the journey loaded (null: none).
json completion(const TextDocument& doc, const std::string& path, Position position,
                const Snapshot* ids, bool journey);

// textDocument/hover: a key's documentation, an id's persona, touchpoint, phase, ...
json hover(const TextDocument& doc, const std::string& path, Position position,
           const Snapshot* snapshot, bool journey);

// What a request in a document points at: an occurrence of an id in an analysis.
struct Target {
  const Snapshot* snapshot = nullptr;
  std::string uri;  // the journey the snapshot is of
  const Occurrence* occurrence = nullptr;
};
// The occurrence at a position of a document: in its own analysis (`file` empty), or in that of
// a journey that uses it (`file`: the document's path, a catalog).
Target target_at(const Snapshot& snapshot, const std::string& uri, const std::string& file,
                 const TextDocument& doc, Position position);

json definition(const Target& target);
json references(const Target& target, bool include_declaration);
// prepareRename's range, or null when the id cannot be renamed (only personas and touchpoints).
json prepare_rename(const Target& target);
// A WorkspaceEdit renaming every occurrence, or an error message in `error`.
json rename(const Target& target, const std::string& new_name, std::string& error);

json document_symbols(const Snapshot& snapshot);

// Quick fixes for the diagnostics of a codeAction request: did-you-mean replacements and
// "suppress this rule here". `requested`: the request's range, for diagnostics sent without one.
json code_actions(const TextDocument& doc, const std::string& uri, const Range& requested,
                  const json& diagnostics);

}  // namespace journey::lsp
