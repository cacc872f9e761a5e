#include <algorithm>
#include <condition_variable>
#include <deque>
#include <exception>
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

}  // namespace

void lint_files(const std::vector<std::string>& files,
                const std::vector<std::shared_ptr<const Config>>& configs,
                const LintOptions& options, unsigned jobs,
                const std::function<void(FileReport&)>& emit, LintCache* cache) {
  auto lint_one = [&](std::size_t i) {
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

  // Workers never run more than `window` files ahead of the writer, so that memory does not grow
  // with the number of files.
  const std::size_t window = 8 * jobs;
  Queue q;
  auto worker = [&] {
    while (true) {
      std::size_t index;
      {
        std::unique_lock<std::mutex> lock(q.mutex);
        q.room.wait(
            lock, [&] { return q.stop || q.next >= files.size() || q.next < q.written + window; });
        if (q.stop || q.next >= files.size()) return;
        index = q.next++;
      }
      std::optional<FileReport> report;
      std::exception_ptr error;
      try {
        report = lint_one(index);
      } catch (...) {
        error = std::current_exception();
      }
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
  };

  auto give_up = [&] {
    {
      std::lock_guard<std::mutex> lock(q.mutex);
      q.stop = true;
    }
    q.room.notify_all();
  };
  JoinedThreads threads;  // declared after q: joined before q goes away
  for (unsigned t = 0; t < jobs; ++t) threads.start(worker);
  try {
    while (q.written < files.size()) {
      FileReport report;
      {
        std::unique_lock<std::mutex> lock(q.mutex);
        q.ready.wait(lock, [&] {
          return q.failed_index == q.written ||
                 (!q.pending.empty() && q.pending.front().has_value());
        });
        if (q.failed_index == q.written) std::rethrow_exception(q.failure);
        report = std::move(*q.pending.front());
        q.pending.pop_front();
        ++q.written;
      }
      q.room.notify_all();
      emit(report);  // outside the lock: writing may be slow
    }
  } catch (...) {
    give_up();
    throw;  // the workers are joined on the way out
  }
}

}  // namespace journey
