// SPDX-License-Identifier: Apache-2.0
// `journey serve`: a live preview over HTTP. An index of the journeys under the given paths, a
// page per journey with its views (map, blueprint, emotion, flow; persona, phase, language and
// theme as controls), its scorecard and its findings; a Server-Sent Events stream tells the pages
// to reload once a changed file has been checked and drawn again. A journey with lint errors keeps
// its last good picture, with the findings above it.
//
// Served safely: only pages and pictures made from the journeys (never a file by its path), every
// name escaped, GET and HEAD only, bounded URLs, headers and bodies, requests whose Host is not
// this server's refused (DNS rebinding), and 127.0.0.1 unless another host is asked for.
#pragma once

#include <functional>
#include <memory>
#include <string>
#include <vector>

namespace journey {

struct ServeOptions {
  std::vector<std::string> paths;  // journey files and folders searched for *.journey.yaml
  std::string host = "127.0.0.1";
  int port = 0;                 // 0: a free port
  std::string config;           // -c: one configuration for every journey; empty: each one's own
  std::string language = "en";  // the default of the language control
  std::string theme = "light";  // the default of the theme control
};

class PreviewServer {
 public:
  explicit PreviewServer(ServeOptions options);
  ~PreviewServer();
  PreviewServer(const PreviewServer&) = delete;
  PreviewServer& operator=(const PreviewServer&) = delete;

  // Reads and draws every journey, starts watching the files and binds the port. False with
  // `error` set when it cannot (no journeys found, the port is taken, inotify is not available).
  bool start(std::string& error);
  // The bound port (after start).
  int port() const;
  // Serves until stop() (from another thread or a signal handler's thread).
  void run();
  void stop();

  // Called after each rebuild with the files that changed (for the command's log).
  void on_rebuild(std::function<void(const std::vector<std::string>&)> callback);

  struct State;

 private:
  std::unique_ptr<State> state_;
};

}  // namespace journey
