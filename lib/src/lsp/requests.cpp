// SPDX-License-Identifier: Apache-2.0
// The textDocument/* requests of the server: each reads the document and its analysis and
// calls a feature.
#include <algorithm>

#include "features.hpp"
#include "server.hpp"

namespace journey::lsp {

json Server::position_request(const std::string& method, const json& params) {
  std::string uri = string_at(params.value("textDocument", json::object()), "uri");
  std::optional<TextDocument> doc = workspace_.text(uri);
  if (!doc) {
    if (method == "textDocument/documentSymbol" || method == "textDocument/codeAction") {
      return json::array();
    }
    return nullptr;  // a document that is not open has nothing to say
  }
  Position position = position_from(params.value("position", json::object()));
  bool journey = workspace_.is_journey(uri);
  std::string path = workspace_.path_of(uri);
  if (method == "textDocument/completion") {
    auto ids = workspace_.last_good(uri);
    if (!ids && journey) {  // asked before the first diagnostics ran
      workspace_.current(uri);
      ids = workspace_.last_good(uri);
    }
    return completion(*doc, path, position, ids.get(), journey);
  }
  if (method == "textDocument/hover") {
    auto snapshot = journey ? workspace_.current(uri) : nullptr;
    return hover(*doc, path, position, snapshot.get(), journey);
  }
  if (method == "textDocument/documentSymbol") {
    if (journey && !workspace_.last_good(uri)) workspace_.current(uri);
    auto snapshot = journey ? workspace_.last_good(uri) : nullptr;
    return snapshot ? document_symbols(*snapshot) : json::array();
  }
  if (method == "textDocument/codeAction") {
    const json context = params.value("context", json::object());
    return code_actions(*doc, uri, range_from(params.value("range", json::object())),
                        context.value("diagnostics", json::array()));
  }
  return navigation(method, params, uri, *doc, position);
}

json Server::navigation(const std::string& method, const json& params, const std::string& uri,
                        const TextDocument& doc, Position position) {
  static const char* const methods[] = {"textDocument/definition", "textDocument/references",
                                        "textDocument/prepareRename", "textDocument/rename"};
  if (std::find(std::begin(methods), std::end(methods), method) == std::end(methods)) {
    throw RequestError{k_method_not_found, "unknown method '" + method + "'"};
  }
  // In a journey, its own analysis (current); in a catalog, that of an open journey using it.
  Target target;
  std::shared_ptr<const Snapshot> holder;
  if (workspace_.is_journey(uri)) {
    holder = workspace_.current(uri);
    if (holder) target = target_at(*holder, uri, {}, doc, position);
  } else {
    std::string path = workspace_.path_of(uri);
    for (const auto& [journey_uri, snapshot] : workspace_.journeys()) {
      if (!snapshot) continue;
      Target t = target_at(*snapshot, journey_uri, path, doc, position);
      if (t.occurrence != nullptr) {
        holder = snapshot;
        target = t;
        break;
      }
    }
  }
  if (method == "textDocument/definition") return definition(target);
  if (method == "textDocument/references") {
    bool declaration = params.value("context", json::object()).value("includeDeclaration", true);
    return references(target, declaration);
  }
  if (method == "textDocument/prepareRename") return prepare_rename(target);
  std::string error;
  json edit = rename(target, string_at(params, "newName"), error);
  if (!error.empty()) throw RequestError{k_request_failed, error};
  return edit;
}

}  // namespace journey::lsp
