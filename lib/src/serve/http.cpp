// SPDX-License-Identifier: Apache-2.0
// The preview's routes and the rules every request goes through.
#include <algorithm>

#include "../site/portfolio.hpp"
#include "journey/messages.hpp"
#include "pages.hpp"
#include "preview.hpp"

namespace journey {

namespace {

constexpr std::size_t k_max_target = 2048;      // a URL longer than this is refused (414)
constexpr std::size_t k_max_body = 1024;        // no route takes a body
constexpr int k_max_listeners = 8;              // open event streams (each holds a thread)
constexpr int k_threads = k_max_listeners + 8;  // so that pages are served while they listen

using httplib::Request;
using httplib::Response;

void refuse(Response& res, int status, const std::string& why) {
  res.status = status;
  res.set_content(why + "\n", "text/plain; charset=utf-8");
}

// DNS rebinding: a page elsewhere may name this server under its own host name; only requests
// that name it as its own address are answered (any, when the user chose --host).
bool host_allowed(const PreviewServer::State& s, const Request& req) {
  if (s.options.host != "127.0.0.1" && s.options.host != "localhost") return true;
  std::string host = req.get_header_value("Host");
  std::string port = ":" + std::to_string(s.port);
  return host == "127.0.0.1" + port || host == "localhost" + port;
}

httplib::Server::HandlerResponse screen(const PreviewServer::State& s, const Request& req,
                                        Response& res) {
  res.set_header("X-Content-Type-Options", "nosniff");
  res.set_header("Referrer-Policy", "no-referrer");
  res.set_header("Cache-Control", "no-store");
  res.set_header("Content-Security-Policy",
                 "default-src 'none'; img-src 'self'; style-src 'self'; script-src 'self'; "
                 "connect-src 'self'; form-action 'self'; frame-ancestors 'none'");
  if (req.target.size() > k_max_target) {
    refuse(res, 414, tr("the URL is too long"));
  } else if (!host_allowed(s, req)) {
    refuse(res, 421, tr("this server answers to 127.0.0.1 and localhost only"));
  } else if (req.method != "GET" && req.method != "HEAD") {
    res.set_header("Allow", "GET, HEAD");
    refuse(res, 405, tr("only GET and HEAD"));
  } else {
    return httplib::Server::HandlerResponse::Unhandled;
  }
  return httplib::Server::HandlerResponse::Handled;
}

// A query value when it is one of `allowed`, else the fallback.
std::string choice(const Request& req, const char* name, const std::vector<std::string>& allowed,
                   const std::string& fallback) {
  std::string value = req.get_param_value(name);
  return std::find(allowed.begin(), allowed.end(), value) != allowed.end() ? value : fallback;
}

serve::Controls controls_of(const PreviewServer::State& s, const serve::Entry& e,
                            const Request& req) {
  serve::Controls c;
  std::vector<std::string> views{""}, personas{""}, phases{""};
  for (RenderView v : render_views()) views.push_back(to_string(v));
  if (e.good) {
    for (const Persona& p : e.good->analysis.journey->personas) personas.push_back(p.id.value);
    for (const ModelPhase& p : e.good->analysis.model->phases) phases.push_back(p.id);
  }
  c.view = choice(req, "view", views, "");
  c.persona = choice(req, "persona", personas, "");
  c.phase = choice(req, "phase", phases, "");
  c.language = choice(req, "lang", {"en", "nl"}, s.options.language);
  c.theme = choice(req, "theme", render_themes(), s.options.theme);
  return c;
}

void serve_picture(PreviewServer::State& s, const Request& req, Response& res) {
  auto entry = s.journeys.find(req.matches[1]);
  RenderView view = RenderView::flow;
  if (!entry || !parse_render_view(req.matches[2], view))
    return refuse(res, 404, tr("no such picture"));
  if (!entry->good) return refuse(res, 404, tr("this journey has not been drawn"));
  serve::Controls c = controls_of(s, *entry, req);
  serve::PictureKey key{entry->slug, entry->good->generation, view, c.persona, c.phase, c.language,
                        c.theme};
  RenderResult result = s.picture(key);
  res.set_header("Content-Security-Policy", "default-src 'none'; style-src 'unsafe-inline'");
  res.set_content(result.ok ? result.data : serve::error_picture(result.error), "image/svg+xml");
}

// Server-Sent Events: "change" with a journey's slug whenever it was checked and drawn again.
void serve_events(PreviewServer::State& s, Response& res) {
  {
    std::lock_guard<std::mutex> lock(s.mutex);
    if (s.listeners >= k_max_listeners) return refuse(res, 503, tr("too many open pages"));
    ++s.listeners;
  }
  auto seen = std::make_shared<std::uint64_t>(s.last_event);
  res.set_chunked_content_provider(
      "text/event-stream",
      [&s, seen](std::size_t, httplib::DataSink& sink) {
        std::unique_lock<std::mutex> lock(s.mutex);
        s.news.wait_for(lock, std::chrono::seconds(15),
                        [&] { return s.stopping || s.last_event > *seen; });
        if (s.stopping || !sink.is_writable()) return false;
        std::string out = ": still here\n\n";
        if (s.last_event > *seen) {
          out.clear();
          for (const auto& [id, slug] : s.events) {
            if (id > *seen) out += "event: change\ndata: " + slug + "\n\n";
          }
          *seen = s.last_event;
        }
        lock.unlock();
        return sink.write(out.data(), out.size());
      },
      [&s](bool) {
        std::lock_guard<std::mutex> lock(s.mutex);
        --s.listeners;
      });
}

}  // namespace

void install_routes(PreviewServer::State& s) {
  httplib::Server& http = s.http;
  http.new_task_queue = [] { return new httplib::ThreadPool(k_threads); };
  http.set_payload_max_length(k_max_body);
  http.set_read_timeout(std::chrono::seconds(10));
  http.set_keep_alive_max_count(100);
  http.set_pre_routing_handler(
      [&s](const Request& req, Response& res) { return screen(s, req, res); });
  http.Get("/", [&s](const Request&, Response& res) {
    res.set_content(serve::index_page(s.journeys.entries(), s.journeys.generation()),
                    "text/html; charset=utf-8");
  });
  http.Get(R"(/j/([a-z0-9-]{1,80}))", [&s](const Request& req, Response& res) {
    auto entry = s.journeys.find(req.matches[1]);
    if (!entry) return refuse(res, 404, tr("no such journey"));
    res.set_content(
        serve::journey_page(*entry, controls_of(s, *entry, req), s.journeys.generation()),
        "text/html; charset=utf-8");
  });
  http.Get(R"(/j/([a-z0-9-]{1,80})/([a-z]{1,12})\.svg)",
           [&s](const Request& req, Response& res) { serve_picture(s, req, res); });
  http.Get("/events", [&s](const Request&, Response& res) { serve_events(s, res); });
  http.Get("/live.js", [](const Request&, Response& res) {
    res.set_content(serve::live_script(), "text/javascript; charset=utf-8");
  });
  http.Get("/style.css", [&s](const Request& req, Response& res) {
    res.set_content(site::stylesheet(choice(req, "theme", render_themes(), s.options.theme)),
                    "text/css; charset=utf-8");
  });
  http.Get("/favicon.svg", [](const Request&, Response& res) {
    res.set_content(site::site_icon(), "image/svg+xml");
  });
  http.set_error_handler([](const Request&, Response& res) {
    if (res.body.empty()) res.set_content(translate("error %1$s", res.status) + "\n", "text/plain");
  });
}

}  // namespace journey
