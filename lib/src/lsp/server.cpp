// SPDX-License-Identifier: Apache-2.0
#include "server.hpp"

#include <algorithm>
#include <filesystem>

#include "features.hpp"
#include "journey/version.hpp"

namespace journey::lsp {

namespace {

json capabilities() {
  return json{
      {"positionEncoding", "utf-16"},
      {"textDocumentSync",
       {{"openClose", true}, {"change", 2}, {"save", {{"includeText", false}}}}},
      {"completionProvider", {{"triggerCharacters", {" ", ":", "[", ",", "=", "-"}}}},
      {"hoverProvider", true},
      {"definitionProvider", true},
      {"referencesProvider", true},
      {"renameProvider", {{"prepareProvider", true}}},
      {"documentSymbolProvider", true},
      {"codeActionProvider", {{"codeActionKinds", {"quickfix"}}}},
  };
}

}  // namespace

Server::Server(const LspOptions& options, Send send)
    : options_(options),
      send_(std::move(send)),
      workspace_(options.config),
      worker_(options.debounce, [this](const std::string& uri) { publish(uri); }) {
  try {
    watcher_ = std::make_unique<FileWatcher>();
    watching_ = std::thread([this] { watch_loop(); });
  } catch (const std::exception&) {
    watcher_.reset();  // the editor's didSave and didChangeWatchedFiles still work
  }
}

Server::~Server() {
  stopping_ = true;
  if (watcher_) watcher_->interrupt();
  if (watching_.joinable()) watching_.join();
}

void Server::watch_loop() {
  while (!stopping_) {
    std::vector<std::string> files;
    for (const auto& [uri, snapshot] : workspace_.journeys()) {
      if (!snapshot) continue;
      files.insert(files.end(), snapshot->analysis.inputs.begin(), snapshot->analysis.inputs.end());
      if (snapshot->config && !snapshot->config->path.empty())
        files.push_back(snapshot->config->path);
    }
    watcher_->watch_files(files);
    for (const std::string& path : watcher_->wait(std::chrono::hours(1))) {
      std::string name = path.substr(path.find_last_of('/') + 1);
      if (name == ".journeylint.yaml" || name == ".journeylint.yml") {
        recheck_all();
        break;
      }
      for (const std::string& uri : workspace_.journeys_using(path)) worker_.schedule(uri);
    }
  }
}

void Server::reply(const json& id, json result) {
  send_(json{{"jsonrpc", "2.0"}, {"id", id}, {"result", std::move(result)}});
}

void Server::reply_error(const json& id, int code, const std::string& message) {
  send_(json{{"jsonrpc", "2.0"}, {"id", id}, {"error", {{"code", code}, {"message", message}}}});
}

void Server::cancelled(const json& id) {
  reply_error(id, k_request_cancelled, "cancelled");
}

void Server::notify(const std::string& method, json params) {
  send_(json{{"jsonrpc", "2.0"}, {"method", method}, {"params", std::move(params)}});
}

void Server::publish(const std::string& uri) {
  auto started = std::filesystem::file_time_type::clock::now();
  auto snapshot = workspace_.analyze(uri);
  if (!snapshot || !workspace_.text(uri)) return;  // closed meanwhile
  if (watcher_) {  // what the journey reads now, before the client hears of it
    std::vector<std::string> files = snapshot->analysis.inputs;
    if (snapshot->config && !snapshot->config->path.empty())
      files.push_back(snapshot->config->path);
    std::vector<std::string> unseen = watcher_->watch_files(files);
    // The journey's text is the editor's, not the file's. A catalog or model first watched now,
    // written while it was read, raised no event: read again.
    unseen.erase(std::remove(unseen.begin(), unseen.end(), snapshot->path), unseen.end());
    if (written_since(unseen, started)) worker_.schedule(uri);
  }
  notify("textDocument/publishDiagnostics",
         {{"uri", uri},
          {"version", snapshot->version},
          {"diagnostics", diagnostics_of(*snapshot, uri, options_.rules_url)}});
}

void Server::recheck_all() {
  workspace_.forget_configurations();
  for (const auto& entry : workspace_.journeys()) worker_.schedule(entry.first);
}

bool Server::handle(const json& message) {
  std::string method = string_at(message, "method");
  bool is_request = message.contains("id");
  json id = is_request ? message["id"] : json();
  if (method == "exit") return false;
  json params = message.value("params", json::object());
  if (!is_request) {
    try {
      if (initialized_ && !shutdown_) notification(method, params);
    } catch (const json::exception&) {
      // A notification gets no answer, not even an error: it is dropped.
    }
    return true;
  }
  if (!id.is_string() && !id.is_number_integer()) {
    reply_error(nullptr, k_invalid_request, "a request's id must be a number or a string");
  } else if (method.empty()) {
    reply_error(id, k_invalid_request, "a request without a method");
  } else if (!initialized_ && method != "initialize") {
    reply_error(id, k_server_not_initialized, "initialize first");
  } else if (shutdown_) {
    reply_error(id, k_invalid_request, "the server is shutting down");
  } else {
    try {
      reply(id, request(method, params));
    } catch (const RequestError& e) {
      reply_error(id, e.code, e.message);
    } catch (const json::exception& e) {
      reply_error(id, k_invalid_params, std::string("invalid parameters: ") + e.what());
    }
  }
  return true;
}

json Server::request(const std::string& method, const json& params) {
  if (method == "initialize") {
    initialized_ = true;
    return json{{"capabilities", capabilities()},
                {"serverInfo", {{"name", "journey"}, {"version", k_version}}}};
  }
  if (method == "shutdown") {
    worker_.wait_idle();
    shutdown_ = true;
    return nullptr;
  }
  if (method.rfind("textDocument/", 0) == 0) return position_request(method, params);
  throw RequestError{k_method_not_found, "unknown method '" + method + "'"};
}

void Server::notification(const std::string& method, const json& params) {
  if (method == "textDocument/didOpen") {
    const json& doc = params.at("textDocument");
    std::string uri = string_at(doc, "uri");
    if (uri.empty()) return;
    workspace_.open(uri, string_at(doc, "languageId"), string_at(doc, "text"),
                    doc.value("version", 0));
    if (workspace_.is_journey(uri)) worker_.schedule(uri);
  } else if (method == "textDocument/didChange") {
    did_change(params);
  } else if (method == "textDocument/didClose") {
    std::string uri = string_at(params.value("textDocument", json::object()), "uri");
    bool journey = workspace_.is_journey(uri);
    workspace_.close(uri);
    if (journey)
      notify("textDocument/publishDiagnostics", {{"uri", uri}, {"diagnostics", json::array()}});
  } else if (method == "textDocument/didSave") {
    std::string uri = string_at(params.value("textDocument", json::object()), "uri");
    // A catalog, data file, model or configuration: what uses it is checked again.
    if (!workspace_.is_journey(uri)) recheck_all();
  } else if (method == "workspace/didChangeWatchedFiles") {
    recheck_all();
  }
}

void Server::did_change(const json& params) {
  std::string uri = string_at(params.value("textDocument", json::object()), "uri");
  int version = params.value("textDocument", json::object()).value("version", 0);
  const json changes = params.value("contentChanges", json::array());
  if (!changes.is_array()) return;
  bool known = workspace_.edit(uri, [&](TextDocument& doc) {
    for (const json& change : changes) {
      if (!change.is_object()) continue;
      bool whole = !change.contains("range");
      doc.apply(whole, whole ? Range{} : range_from(change["range"]), string_at(change, "text"),
                version);
    }
  });
  if (known && workspace_.is_journey(uri)) worker_.schedule(uri);
}

}  // namespace journey::lsp
