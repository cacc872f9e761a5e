// SPDX-License-Identifier: Apache-2.0
#include <algorithm>
#include <condition_variable>
#include <deque>
#include <exception>
#include <functional>
#include <mutex>
#include <optional>
#include <thread>

#include "journey/lint.hpp"
#include "journey/lint_cache.hpp"

namespace journey {

namespace {

// Threads joined when the scope ends, however it ends.
class JoinedThreads {
 public:
  ~JoinedThreads() {
    for (auto& t : threads_) {
      if (t.joinable()) t.join();
    }
  }
  template <class F>
  void start(F&& f) {
    threads_.emplace_back(std::forward<F>(f));
  }

 private:
  std::vector<std::thread> threads_;
};

// What workers and the writer share. Reports for [written, written + pending.size()) wait in
// `pending` until the writer takes them in order; a worker's exception takes its report's place.
struct Queue {
  std::mutex mutex;
  std::condition_variable ready;  // a report (or a failure) arrived: the writer waits
  std::condition_variable room;   // the writer advanced or gave up: workers wait
  std::deque<std::optional<FileReport>> pending;
  std::exception_ptr failure;
  std::size_t failed_index = SIZE_MAX;
  std::size_t written = 0;
  std::size_t next = 0;
  bool stop = false;
};

using LintOne = std::function<FileReport(std::size_t)>;

// Hands a worker's report (or its exception) for file `index` to the writer.
void hand_over(Queue& q, std::size_t index, std::optional<FileReport> report,
               std::exception_ptr error) {
  {
    std::lock_guard<std::mutex> lock(q.mutex);
    if (error) {
      if (index < q.failed_index) {
        q.failure = error;
        q.failed_index = index;
      }
    } else {
      std::size_t slot = index - q.written;
      if (q.pending.size() <= slot) q.pending.resize(slot + 1);
      q.pending[slot] = std::move(report);
    }
  }
  q.ready.notify_one();
}

// A worker: takes the next of `count` files, never more than `window` ahead of the writer (so
// that memory does not grow with the number of files), and lints it, until every file is taken or
// the writer gives up.
void work(Queue& q, std::size_t count, std::size_t window, const LintOne& lint_one) {
  while (true) {
    std::size_t index;
    {
      std::unique_lock<std::mutex> lock(q.mutex);
      q.room.wait(lock, [&] { return q.stop || q.next >= count || q.next < q.written + window; });
      if (q.stop || q.next >= count) return;
      index = q.next++;
    }
    std::optional<FileReport> report;
    std::exception_ptr error;
    try {
      report = lint_one(index);
    } catch (...) {
      error = std::current_exception();
    }
    hand_over(q, index, std::move(report), error);
  }
}

// The writer: emits the `count` reports strictly in input order as they arrive, and rethrows a
// worker's exception when its file's turn comes.
void write_in_order(Queue& q, std::size_t count, const std::function<void(FileReport&)>& emit) {
  while (q.written < count) {
    FileReport report;
    {
      std::unique_lock<std::mutex> lock(q.mutex);
      q.ready.wait(lock, [&] {
        return q.failed_index == q.written || (!q.pending.empty() && q.pending.front().has_value());
      });
      if (q.failed_index == q.written) std::rethrow_exception(q.failure);
      report = std::move(*q.pending.front());
      q.pending.pop_front();
      ++q.written;
    }
    q.room.notify_all();
    emit(report);  // outside the lock: writing may be slow
  }
}

}  // namespace

void lint_files(const std::vector<std::string>& files,
                const std::vector<std::shared_ptr<const Config>>& configs,
                const LintOptions& options, unsigned jobs,
                const std::function<void(FileReport&)>& emit, LintCache* cache) {
  LintOne lint_one = [&](std::size_t i) {
    return cache != nullptr ? cache->lint(files[i], *configs[i], options)
                            : lint_file(files[i], *configs[i], options);
  };
  if (jobs == 0) jobs = std::max(1u, std::thread::hardware_concurrency());
  jobs = static_cast<unsigned>(std::min<std::size_t>(jobs, files.size()));
  if (jobs <= 1) {
    for (std::size_t i = 0; i < files.size(); ++i) {
      FileReport report = lint_one(i);
      emit(report);
    }
    return;
  }
  const std::size_t window = 8 * jobs;
  Queue q;
  JoinedThreads threads;  // declared after q: joined before q goes away
  for (unsigned t = 0; t < jobs; ++t) {
    threads.start([&] { work(q, files.size(), window, lint_one); });
  }
  try {
    write_in_order(q, files.size(), emit);
  } catch (...) {
    {
      std::lock_guard<std::mutex> lock(q.mutex);
      q.stop = true;
    }
    q.room.notify_all();
    throw;  // the workers are joined on the way out
  }
}

}  // namespace journey
