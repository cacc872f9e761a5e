// SPDX-License-Identifier: Apache-2.0
#include "worker.hpp"

#include <algorithm>
#include <vector>

namespace journey::lsp {

DebouncedWorker::DebouncedWorker(std::chrono::milliseconds delay,
                                 std::function<void(const std::string&)> run)
    : delay_(delay), run_(std::move(run)), thread_([this] { loop(); }) {}

DebouncedWorker::~DebouncedWorker() {
  {
    std::lock_guard<std::mutex> lock(mutex_);
    stop_ = true;
  }
  wake_.notify_all();
  thread_.join();
}

void DebouncedWorker::schedule(const std::string& key) {
  {
    std::lock_guard<std::mutex> lock(mutex_);
    due_[key] = Clock::now() + delay_;
  }
  wake_.notify_all();
}

void DebouncedWorker::wait_idle() {
  std::unique_lock<std::mutex> lock(mutex_);
  idle_.wait(lock, [this] { return (due_.empty() && !running_) || stop_; });
}

void DebouncedWorker::loop() {
  std::unique_lock<std::mutex> lock(mutex_);
  while (!stop_) {
    if (due_.empty()) {
      idle_.notify_all();
      wake_.wait(lock, [this] { return stop_ || !due_.empty(); });
      continue;
    }
    auto first = std::min_element(due_.begin(), due_.end(),
                                  [](const auto& a, const auto& b) { return a.second < b.second; });
    if (first->second > Clock::now()) {
      wake_.wait_until(lock, first->second);
      continue;
    }
    std::vector<std::string> ready;
    auto now = Clock::now();
    for (auto it = due_.begin(); it != due_.end();) {
      if (it->second <= now) {
        ready.push_back(it->first);
        it = due_.erase(it);
      } else {
        ++it;
      }
    }
    running_ = true;
    lock.unlock();
    for (const std::string& key : ready) run_(key);
    lock.lock();
    running_ = false;
  }
  idle_.notify_all();
}

}  // namespace journey::lsp
