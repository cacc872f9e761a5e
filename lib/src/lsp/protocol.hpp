// SPDX-License-Identifier: Apache-2.0
// JSON shapes of LSP 3.17 that several features write or read (nlohmann::json).
#pragma once

#include <nlohmann/json.hpp>
#include <string>

#include "text_document.hpp"
#include "workspace.hpp"

namespace journey::lsp {

using nlohmann::json;

// Error codes of JSON-RPC and LSP.
constexpr int k_parse_error = -32700;
constexpr int k_invalid_request = -32600;
constexpr int k_method_not_found = -32601;
constexpr int k_invalid_params = -32602;
constexpr int k_server_not_initialized = -32002;
constexpr int k_request_cancelled = -32800;
constexpr int k_request_failed = -32803;

json to_json(const Position& p);
json to_json(const Range& r);
// A position or range from a request; missing or ill-typed members read as 0.
Position position_from(const json& j);
Range range_from(const json& j);

// JSON text for the wire: never throws, invalid UTF-8 from a file is replaced.
std::string dump(const json& j);

// The 1-based code-point column of a UTF-16 position in a line.
int code_point_column(std::string_view line, int character);

// The URI of a file an occurrence or finding names (empty: the journey, `uri`).
std::string uri_of(const std::string& uri, const std::string& file);
// An LSP Location of a span in a file of the snapshot.
json location(const Snapshot& snapshot, const std::string& uri, const std::string& file,
              const SourceSpan& span);

// A string member, or empty when it is missing or not a string.
std::string string_at(const json& j, const char* key);

}  // namespace journey::lsp
