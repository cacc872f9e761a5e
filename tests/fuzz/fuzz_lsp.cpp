// SPDX-License-Identifier: Apache-2.0
// journey lsp on arbitrary text: a whole session (initialize, open, an edit, completion, hover,
// definition, references, rename, symbols and code actions at positions taken from the input,
// shutdown, exit) through run_language_server, so that the framing, the threads and every
// feature meet half-written and hostile YAML.
#include <nlohmann/json.hpp>
#include <sstream>

#include "fuzz_support.hpp"
#include "journey/lsp.hpp"

namespace {

using nlohmann::json;

std::string frame(const json& message) {
  std::string body = message.dump(-1, ' ', false, json::error_handler_t::replace);
  return "Content-Length: " + std::to_string(body.size()) + "\r\n\r\n" + body;
}

json request(int id, const char* method, json params) {
  return json{{"jsonrpc", "2.0"}, {"id", id}, {"method", method}, {"params", std::move(params)}};
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  // A session analyses the text about 13 times (each edit, then a request): a large input, such
  // as the seed of 5,001 touchpoints and 10,002 findings, takes a minute under ASan. The engine
  // meets large inputs in the lint harness; this one is about the protocol and the features.
  if (size > 8192) return 0;
  std::string text(reinterpret_cast<const char*>(data), size);
  const std::string uri = "file:///nonexistent/fuzz.journey.yaml";
  std::string input = frame(request(1, "initialize", json::object()));
  input +=
      frame(json{{"jsonrpc", "2.0"},
                 {"method", "textDocument/didOpen"},
                 {"params", {{"textDocument", {{"uri", uri}, {"version", 1}, {"text", text}}}}}});
  // Positions from the input's bytes: lines and characters anywhere, and past the end.
  int id = 2;
  for (std::size_t i = 0; i + 1 < size && i < 24; i += 2) {
    json at{{"textDocument", {{"uri", uri}}},
            {"position", {{"line", data[i] % 64}, {"character", data[i + 1] % 96}}}};
    for (const char* method :
         {"textDocument/completion", "textDocument/hover", "textDocument/definition",
          "textDocument/references", "textDocument/prepareRename"}) {
      input += frame(request(id++, method, at));
    }
    json rename = at;
    rename["newName"] = "renamed";
    input += frame(request(id++, "textDocument/rename", rename));
    json range{{"start", at["position"]}, {"end", at["position"]}};
    input += frame(json{{"jsonrpc", "2.0"},
                        {"method", "textDocument/didChange"},
                        {"params",
                         {{"textDocument", {{"uri", uri}, {"version", id}}},
                          {"contentChanges", {{{"range", range}, {"text", text.substr(0, 8)}}}}}}});
  }
  input += frame(request(id++, "textDocument/documentSymbol", {{"textDocument", {{"uri", uri}}}}));
  input += frame(request(id++, "shutdown", nullptr));
  input += frame(json{{"jsonrpc", "2.0"}, {"method", "exit"}});
  std::istringstream in(input);
  journey::LspOptions options;
  options.debounce = std::chrono::milliseconds(0);
  journey::run_language_server(in, journey_fuzz::sink(), journey_fuzz::sink(), options);
  return 0;
}
