// SPDX-License-Identifier: Apache-2.0
// run_language_server: a thread reads and parses messages into a bounded queue while the calling
// thread handles them in order, so that a $/cancelRequest is seen while the request it names
// still waits; that request is then answered with RequestCancelled instead of being run.
#include <condition_variable>
#include <deque>
#include <mutex>
#include <set>
#include <thread>

#include "framing.hpp"
#include "server.hpp"

namespace journey::lsp {

namespace {

constexpr std::size_t k_queue_limit = 256;
constexpr std::size_t k_cancel_limit = 1024;
constexpr int k_max_json_depth = 64;

class Queue {
 public:
  // False when the handler stopped and nothing more is wanted.
  bool push(json message) {
    std::unique_lock<std::mutex> lock(mutex_);
    room_.wait(lock, [this] { return items_.size() < k_queue_limit || stopped_; });
    if (stopped_) return false;
    if (string_at(message, "method") == "$/cancelRequest") {
      if (cancelled_.size() >= k_cancel_limit) cancelled_.clear();  // ids never seen
      cancelled_.insert(message.value("params", json::object()).value("id", json()).dump());
      return true;
    }
    items_.push_back(std::move(message));
    ready_.notify_one();
    return true;
  }
  void close() {
    std::lock_guard<std::mutex> lock(mutex_);
    ended_ = true;
    ready_.notify_all();
  }
  void stop() {
    std::lock_guard<std::mutex> lock(mutex_);
    stopped_ = true;
    room_.notify_all();
  }
  // The next message, or false at the end; `cancelled` when its request was cancelled.
  bool pop(json& message, bool& cancelled) {
    std::unique_lock<std::mutex> lock(mutex_);
    ready_.wait(lock, [this] { return !items_.empty() || ended_; });
    if (items_.empty()) return false;
    message = std::move(items_.front());
    items_.pop_front();
    room_.notify_one();
    cancelled = message.contains("id") && cancelled_.erase(message["id"].dump()) > 0;
    return true;
  }

 private:
  std::mutex mutex_;
  std::condition_variable ready_, room_;
  std::deque<json> items_;
  std::set<std::string> cancelled_;
  bool ended_ = false, stopped_ = false;
};

void read_loop(std::istream& in, std::ostream& log, const LspOptions& options, Queue& queue,
               Server& server) {
  std::string body, error;
  while (true) {
    ReadStatus status = read_message(in, options.max_message_bytes, body, error);
    if (status == ReadStatus::end) break;
    if (status == ReadStatus::invalid) {
      log << "journey lsp: " << error << "\n" << std::flush;
      server.reply_error(nullptr, k_invalid_request, error);
      continue;
    }
    json message = nests_deeper_than(body, k_max_json_depth) ? json(json::value_t::discarded)
                                                             : json::parse(body, nullptr, false);
    if (message.is_discarded() || !message.is_object()) {
      log << "journey lsp: a message that is not a JSON object\n" << std::flush;
      server.reply_error(nullptr, message.is_discarded() ? k_parse_error : k_invalid_request,
                         "not a JSON-RPC message");
      continue;
    }
    // Nothing is read after `exit`, so that the reading thread always ends with the server.
    bool exit = string_at(message, "method") == "exit";
    if (!queue.push(std::move(message)) || exit) break;
  }
  queue.close();
}

}  // namespace

int run_language_server(std::istream& in, std::ostream& out, std::ostream& log,
                        const LspOptions& options) {
  // std::cin flushes std::cout before every read: from the reading thread, a write unguarded by
  // out_mutex. Messages are flushed as they are written anyway.
  in.tie(nullptr);
  std::mutex out_mutex;
  Server server(options, [&](const json& message) {
    std::string text = dump(message);
    std::lock_guard<std::mutex> lock(out_mutex);
    write_message(out, text);
  });
  Queue queue;
  std::thread reader([&] { read_loop(in, log, options, queue, server); });
  json message;
  bool cancelled = false;
  while (queue.pop(message, cancelled)) {
    if (cancelled) {
      server.cancelled(message["id"]);
      continue;
    }
    if (!server.handle(message)) break;
  }
  queue.stop();
  reader.join();
  server.wait_idle();
  return server.exit_code();
}

}  // namespace journey::lsp

namespace journey {

int run_language_server(std::istream& in, std::ostream& out, std::ostream& log,
                        const LspOptions& options) {
  return lsp::run_language_server(in, out, log, options);
}

}  // namespace journey
