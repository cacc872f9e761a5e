// SPDX-License-Identifier: Apache-2.0
// The language server's dispatch: one JSON-RPC message at a time, in order, on the thread that
// calls handle(); diagnostics on a debounced worker. The transport (framing, the reading thread,
// cancellation of queued requests) is in server.cpp's run_language_server.
#pragma once

#include <atomic>
#include <functional>
#include <memory>
#include <string>
#include <thread>

#include "journey/lsp.hpp"
#include "journey/watch.hpp"
#include "protocol.hpp"
#include "worker.hpp"
#include "workspace.hpp"

namespace journey::lsp {

// A request that cannot be answered as asked: its code and message go back to the client.
struct RequestError {
  int code;
  std::string message;
};

class Server {
 public:
  using Send = std::function<void(const json&)>;
  Server(const LspOptions& options, Send send);
  ~Server();
  Server(const Server&) = delete;
  Server& operator=(const Server&) = delete;

  // Handles a request or notification; false once `exit` has been received.
  bool handle(const json& message);
  // Answers a request that was cancelled before it was handled.
  void cancelled(const json& id);
  // 0 when `exit` came after `shutdown`, else 1.
  int exit_code() const { return shutdown_ ? 0 : 1; }
  // Waits until every scheduled diagnostic has been published.
  void wait_idle() { worker_.wait_idle(); }

  void reply(const json& id, json result);
  void reply_error(const json& id, int code, const std::string& message);

 private:
  LspOptions options_;
  Send send_;
  Workspace workspace_;
  bool initialized_ = false;
  bool shutdown_ = false;
  DebouncedWorker worker_;  // stopped before the rest, while it is still there
  // The files the open journeys read (models, catalogs, data files, configurations), watched so
  // that a change made outside the editor checks them again; null when inotify is unavailable.
  std::unique_ptr<FileWatcher> watcher_;
  std::atomic<bool> stopping_{false};
  std::thread watching_;  // last: started once everything else is there

  void watch_loop();

  void notify(const std::string& method, json params);
  void publish(const std::string& uri);
  void recheck_all();
  json request(const std::string& method, const json& params);
  void notification(const std::string& method, const json& params);
  void did_change(const json& params);
  json position_request(const std::string& method, const json& params);
  json navigation(const std::string& method, const json& params, const std::string& uri,
                  const TextDocument& doc, Position position);
};

}  // namespace journey::lsp
