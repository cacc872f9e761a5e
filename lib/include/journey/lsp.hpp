// SPDX-License-Identifier: Apache-2.0
// `journey lsp`: a language server (LSP 3.17, JSON-RPC over standard input and output) with the
// lint engine's diagnostics, completion, hover, definition, references, rename, document symbols
// and quick fixes for journey files.
#pragma once

#include <chrono>
#include <cstddef>
#include <istream>
#include <ostream>
#include <string>

namespace journey {

struct LspOptions {
  // Diagnostics run this long after the last change of a document (typing resets it). Changes
  // that arrive while a check runs are taken together by the next one, so a short delay is
  // enough to keep the worker from falling behind; it mostly joins the edits of one action.
  std::chrono::milliseconds debounce{10};
  // A message larger than this is read, dropped and answered with an error.
  std::size_t max_message_bytes = 64u << 20;
  std::string config;     // -c FILE for every document; empty: each one's .journeylint.yaml
  std::string rules_url;  // a rule's documentation is this followed by its id; empty: no link
};

// Serves one client until `exit` or the end of the input. Returns 0 after shutdown and exit, 1
// otherwise (as LSP asks). `log` gets one line per message that could not be handled.
int run_language_server(std::istream& in, std::ostream& out, std::ostream& log,
                        const LspOptions& options);

}  // namespace journey
