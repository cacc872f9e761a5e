// SPDX-License-Identifier: Apache-2.0
// Debounced work per document on a thread of its own: diagnostics run once a document has been
// quiet for the debounce time, so that typing is never held up by linting.
#pragma once

#include <chrono>
#include <condition_variable>
#include <functional>
#include <map>
#include <mutex>
#include <string>
#include <thread>

namespace journey::lsp {

class DebouncedWorker {
 public:
  using Clock = std::chrono::steady_clock;
  DebouncedWorker(std::chrono::milliseconds delay, std::function<void(const std::string&)> run);
  ~DebouncedWorker();
  DebouncedWorker(const DebouncedWorker&) = delete;
  DebouncedWorker& operator=(const DebouncedWorker&) = delete;

  // Runs `run(key)` once `delay` has passed without another schedule of the same key.
  void schedule(const std::string& key);
  // Waits until nothing is scheduled or running (for tests and a clean shutdown).
  void wait_idle();

 private:
  std::chrono::milliseconds delay_;
  std::function<void(const std::string&)> run_;
  std::mutex mutex_;
  std::condition_variable wake_, idle_;
  std::map<std::string, Clock::time_point> due_;
  bool running_ = false;
  bool stop_ = false;
  std::thread thread_;

  void loop();
};

}  // namespace journey::lsp
