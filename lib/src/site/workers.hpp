// SPDX-License-Identifier: Apache-2.0
// Journeys on all cores. Graphviz keeps global state and is not thread-safe, so the parallelism is
// processes: workers are forked before anything is drawn, each takes the next journey when it is
// done with one, writes its pages itself and sends back only the summary, over a socket.
#pragma once

#include <cstddef>
#include <functional>
#include <string>

namespace journey::site {

// Runs `task(i)` for i in [0, count) on `jobs` worker processes (at least one; each replaced by a
// fresh one after a few dozen tasks, so that nothing a task leaves behind accumulates), and
// gives every result to `done(i, bytes)` in this process, in the order they finish; when `done`
// returns false no further task is started. False with `error` set when a worker could not be
// started or died (its journey is named), or when `done` returned false (error left empty).
bool run_tasks(std::size_t count, unsigned jobs,
               const std::function<std::string(std::size_t)>& task,
               const std::function<bool(std::size_t, std::string&)>& done,
               const std::function<std::string(std::size_t)>& describe, std::string& error);

// The number of workers for `requested` (0: the cores the process may use) and `count` tasks.
unsigned worker_count(unsigned requested, std::size_t count);

}  // namespace journey::site
