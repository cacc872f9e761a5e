// SPDX-License-Identifier: Apache-2.0
#include "preview.hpp"

#include <algorithm>
#include <filesystem>
#include <set>

#include "journey/messages.hpp"

namespace journey {

namespace {

constexpr std::size_t k_events_kept = 64;

}  // namespace

PreviewServer::PreviewServer(ServeOptions options)
    : state_(std::make_unique<State>(std::move(options))) {}

PreviewServer::~PreviewServer() {
  stop();
  if (state_->builder.joinable()) state_->builder.join();
}

int PreviewServer::port() const {
  return state_->port;
}

void PreviewServer::on_rebuild(std::function<void(const std::vector<std::string>&)> callback) {
  state_->on_rebuild = std::move(callback);
}

bool PreviewServer::start(std::string& error) {
  State& s = *state_;
  s.watch_everything();  // the paths before their journeys are read: a save meanwhile is seen
  std::vector<std::string> files = s.journeys.scan();
  if (files.empty()) {
    error = tr(
        "no *.journey.yaml or *.journey.yml found (links leading out of the paths are left out)");
    return false;
  }
  warm_up_renderer();
  for (const std::string& f : files) s.journeys.check(f);
  s.draw_defaults(files);
  s.watch_everything();  // and what the journeys read: models, catalogs, data files
  install_routes(s);
  s.port = s.options.port == 0
               ? s.http.bind_to_any_port(s.options.host)
               : (s.http.bind_to_port(s.options.host, s.options.port) ? s.options.port : -1);
  if (s.port <= 0) {
    error = translate("cannot listen on %1$s:%2$s (taken, or not an address of this machine)",
                      s.options.host, s.options.port);
    return false;
  }
  s.builder = std::thread([&s] { s.build_loop(); });
  return true;
}

void PreviewServer::run() {
  state_->http.listen_after_bind();
}

void PreviewServer::stop() {
  State& s = *state_;
  {
    std::lock_guard<std::mutex> lock(s.mutex);
    s.stopping = true;
  }
  s.news.notify_all();
  s.watcher.interrupt();
  s.http.stop();
}

void PreviewServer::State::watch_everything() {
  for (const std::string& path : options.paths) {
    std::error_code ec;
    if (std::filesystem::is_directory(path, ec)) {
      watcher.watch_tree(path);
    } else {
      watcher.watch_files({path});
    }
  }
  watcher.watch_files(journeys.inputs());
}

void PreviewServer::State::build_loop() {
  while (true) {
    std::vector<std::string> changed = watcher.wait(std::chrono::hours(1));
    {
      std::lock_guard<std::mutex> lock(mutex);
      if (stopping) break;
    }
    run_jobs();
    if (!changed.empty()) rebuild(changed);
  }
  std::lock_guard<std::mutex> lock(mutex);
  for (auto& job : jobs) job->done.set_value(RenderResult{false, {}, tr("the server is stopping")});
  jobs.clear();
}

void PreviewServer::State::rebuild(const std::vector<std::string>& changed) {
  std::vector<std::string> added = journeys.scan();
  serve::Journeys::Affected affected = journeys.affected(changed);
  if (affected.everything) journeys.forget_configurations();
  std::set<std::string> files(affected.files.begin(), affected.files.end());
  files.insert(added.begin(), added.end());
  if (files.empty()) return;
  std::vector<std::string> list(files.begin(), files.end());
  for (const std::string& f : list) journeys.check(f);
  draw_defaults(list);
  watch_everything();  // catalogs and data files a journey names since
  for (const auto& entry : journeys.entries()) {
    if (files.count(entry->file)) announce(entry->slug);
  }
  if (on_rebuild) on_rebuild(list);
}

// The page's pictures as it first asks for them, drawn before it is told to reload.
void PreviewServer::State::draw_defaults(const std::vector<std::string>& files) {
  for (const auto& entry : journeys.entries()) {
    if (!entry->good || std::find(files.begin(), files.end(), entry->file) == files.end()) continue;
    for (RenderView view : render_views()) {
      if (!view_applies(view, *entry->good->analysis.journey)) continue;
      serve::PictureKey key;
      key.slug = entry->slug;
      key.generation = entry->good->generation;
      key.view = view;
      key.language = options.language;
      key.theme = options.theme;
      journeys.picture(key);
      run_jobs();  // a page asking for other pictures meanwhile need not wait for all
    }
  }
}

void PreviewServer::State::run_jobs() {
  while (true) {
    std::shared_ptr<Job> job;
    {
      std::lock_guard<std::mutex> lock(mutex);
      if (jobs.empty()) return;
      job = jobs.front();
      jobs.pop_front();
    }
    job->done.set_value(journeys.picture(job->key));
  }
}

RenderResult PreviewServer::State::picture(const serve::PictureKey& key) {
  auto job = std::make_shared<Job>();
  job->key = key;
  std::future<RenderResult> result = job->done.get_future();
  {
    std::lock_guard<std::mutex> lock(mutex);
    if (stopping) return RenderResult{false, {}, tr("the server is stopping")};
    jobs.push_back(job);
  }
  watcher.interrupt();
  if (result.wait_for(std::chrono::seconds(60)) != std::future_status::ready) {
    return RenderResult{false, {}, tr("drawing took too long")};
  }
  return result.get();
}

void PreviewServer::State::announce(const std::string& slug) {
  {
    std::lock_guard<std::mutex> lock(mutex);
    events.emplace_back(++last_event, slug);
    while (events.size() > k_events_kept) events.pop_front();
  }
  news.notify_all();
}

}  // namespace journey
