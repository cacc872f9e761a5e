// SPDX-License-Identifier: Apache-2.0
// The state of a running preview shared by the HTTP threads and the builder thread.
#pragma once

#include <httplib.h>

#include <condition_variable>
#include <deque>
#include <future>
#include <mutex>
#include <thread>

#include "journey/serve.hpp"
#include "journey/watch.hpp"
#include "journeys.hpp"

namespace journey {

struct PreviewServer::State {
  explicit State(ServeOptions o) : options(std::move(o)), journeys(options) {}

  ServeOptions options;
  serve::Journeys journeys;
  FileWatcher watcher;
  httplib::Server http;
  int port = 0;
  std::thread builder;
  std::function<void(const std::vector<std::string>&)> on_rebuild;

  // Changes for the pages (Server-Sent Events): the slugs of journeys checked again, numbered.
  std::mutex mutex;
  std::condition_variable news;                              // a new event, or stopping
  std::deque<std::pair<std::uint64_t, std::string>> events;  // the last few
  std::uint64_t last_event = 0;
  int listeners = 0;
  bool stopping = false;

  // Pictures are drawn on the builder thread (Graphviz is not thread-safe); HTTP threads ask.
  struct Job {
    serve::PictureKey key;
    std::promise<RenderResult> done;
  };
  std::deque<std::shared_ptr<Job>> jobs;

  RenderResult picture(const serve::PictureKey& key);  // from an HTTP thread
  void build_loop();
  void rebuild(const std::vector<std::string>& changed);
  void draw_defaults(const std::vector<std::string>& files);
  void run_jobs();
  void announce(const std::string& slug);
  void watch_everything();
};

// The routes (http.cpp).
void install_routes(PreviewServer::State& state);

}  // namespace journey
