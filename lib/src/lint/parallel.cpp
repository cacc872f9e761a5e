#include <algorithm>
#include <atomic>
#include <condition_variable>
#include <deque>
#include <mutex>
#include <optional>
#include <thread>

#include "journey/lint.hpp"

namespace journey {

void lint_files(const std::vector<std::string>& files,
                const std::vector<std::shared_ptr<const Config>>& configs,
                const LintOptions& options, unsigned jobs,
                const std::function<void(FileReport&)>& emit) {
  if (jobs == 0) jobs = std::max(1u, std::thread::hardware_concurrency());
  jobs = static_cast<unsigned>(std::min<std::size_t>(jobs, files.size()));
  if (jobs <= 1) {
    for (std::size_t i = 0; i < files.size(); ++i) {
      FileReport report = lint_file(files[i], *configs[i], options);
      emit(report);
    }
    return;
  }

  // Workers take the next index, but never run more than `window` files ahead of the writer, so
  // that memory does not grow with the number of files.
  const std::size_t window = 8 * jobs;
  std::mutex mutex;
  std::condition_variable ready;                  // a report arrived (the writer waits)
  std::condition_variable room;                   // the writer advanced (workers wait)
  std::deque<std::optional<FileReport>> pending;  // reports for [written, written + size)
  std::size_t written = 0;
  std::size_t next = 0;

  auto worker = [&] {
    while (true) {
      std::size_t index;
      {
        std::unique_lock<std::mutex> lock(mutex);
        room.wait(lock, [&] { return next >= files.size() || next < written + window; });
        if (next >= files.size()) return;
        index = next++;
      }
      FileReport report = lint_file(files[index], *configs[index], options);
      {
        std::lock_guard<std::mutex> lock(mutex);
        std::size_t slot = index - written;
        if (pending.size() <= slot) pending.resize(slot + 1);
        pending[slot] = std::move(report);
      }
      ready.notify_one();
    }
  };

  std::vector<std::thread> threads;
  for (unsigned t = 0; t < jobs; ++t) threads.emplace_back(worker);
  while (written < files.size()) {
    FileReport report;
    {
      std::unique_lock<std::mutex> lock(mutex);
      ready.wait(lock, [&] { return !pending.empty() && pending.front().has_value(); });
      report = std::move(*pending.front());
      pending.pop_front();
      ++written;
    }
    room.notify_all();
    emit(report);  // outside the lock: writing may be slow
  }
  for (auto& t : threads) t.join();
}

}  // namespace journey
