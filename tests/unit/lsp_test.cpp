// SPDX-License-Identifier: Apache-2.0
// journey lsp: the framing, positions and cursor contexts on their own, then whole sessions
// through run_language_server with the messages an editor sends.
#include <catch2/catch.hpp>
#include <nlohmann/json.hpp>
#include <sstream>

#include "../../lib/src/lsp/cursor.hpp"
#include "../../lib/src/lsp/framing.hpp"
#include "../../lib/src/lsp/text_document.hpp"
#include "journey/lsp.hpp"
#include "test_folder.hpp"

using nlohmann::json;
using namespace journey;
using namespace journey::lsp;

namespace {

std::string frame(const std::string& body) {
  return "Content-Length: " + std::to_string(body.size()) + "\r\n\r\n" + body;
}

std::string frame(const json& message) {
  return frame(message.dump());
}

json request(int id, const std::string& method, json params) {
  return json{{"jsonrpc", "2.0"}, {"id", id}, {"method", method}, {"params", std::move(params)}};
}

json notification(const std::string& method, json params) {
  return json{{"jsonrpc", "2.0"}, {"method", method}, {"params", std::move(params)}};
}

// Runs a whole session and returns every message the server wrote, and its exit code.
std::vector<json> session(const std::string& input, int& code) {
  std::istringstream in(input);
  std::ostringstream out, log;
  LspOptions options;
  options.debounce = std::chrono::milliseconds(0);
  code = run_language_server(in, out, log, options);
  std::istringstream written(out.str());
  std::vector<json> messages;
  std::string body, error;
  while (read_message(written, 1u << 30, body, error) == ReadStatus::message) {
    messages.push_back(json::parse(body));
  }
  return messages;
}

json with_name(json params, const std::string& name) {
  params["newName"] = name;
  return params;
}

const json* response(const std::vector<json>& messages, int id) {
  for (const json& m : messages) {
    if (m.contains("id") && m["id"] == id) return &m;
  }
  return nullptr;
}

const char* const k_journey =
    "journey: Test\n"
    "model: see-think-do-care\n"
    "reviewed: 2026-11-01\n"
    "personas:\n"
    "  - {id: sam, name: Sam the planner, goals: [ship]}\n"
    "phases:\n"
    "  see:\n"
    "    touchpoints:\n"
    "      - id: ad\n"
    "        name: Ad\n"
    "        channel: social\n"
    "        emotion: 4\n"
    "        personas: [sam]\n"
    "        next: [site]\n"
    "  think:\n"
    "    touchpoints:\n"
    "      - id: site\n"
    "        name: Site\n"
    "        channel: web\n"
    "        emoton: 2\n";

}  // namespace

TEST_CASE("lsp framing reads messages and survives broken ones", "[lsp]") {
  std::string body, error;
  SECTION("one message, then the end") {
    std::istringstream in(frame(std::string("{\"a\":1}")));
    CHECK(read_message(in, 100, body, error) == ReadStatus::message);
    CHECK(body == "{\"a\":1}");
    CHECK(read_message(in, 100, body, error) == ReadStatus::end);
  }
  SECTION("a header without Content-Length, then a good message") {
    std::istringstream in("Content-Type: x\r\n\r\n" + frame(std::string("{}")));
    CHECK(read_message(in, 100, body, error) == ReadStatus::invalid);
    CHECK(read_message(in, 100, body, error) == ReadStatus::message);
    CHECK(body == "{}");
  }
  SECTION("a body over the limit is dropped without being kept") {
    std::istringstream in(frame(std::string(5000, 'x')) + frame(std::string("[]")));
    CHECK(read_message(in, 100, body, error) == ReadStatus::invalid);
    CHECK(error.find("5000 bytes") != std::string::npos);
    CHECK(read_message(in, 100, body, error) == ReadStatus::message);
    CHECK(body == "[]");
  }
  SECTION("a huge Content-Length on a short input ends it") {
    std::istringstream in("Content-Length: 99999999999999999\r\n\r\n{}");
    CHECK(read_message(in, 100, body, error) == ReadStatus::end);
  }
  SECTION("a length that is not a number, or overflows") {
    std::istringstream in(
        "Content-Length: 12a\r\n\r\nContent-Length: 999999999999999999999999\r\n\r\n");
    CHECK(read_message(in, 100, body, error) == ReadStatus::invalid);
    CHECK(read_message(in, 100, body, error) == ReadStatus::invalid);
  }
  SECTION("endless header lines") {
    std::string flood;
    for (int i = 0; i < 40; ++i) flood += "X-Header: " + std::string(3000, 'y') + "\r\n";
    std::istringstream in(flood + "\r\n");
    CHECK(read_message(in, 100, body, error) == ReadStatus::invalid);
  }
  CHECK(nests_deeper_than(std::string(100, '['), 64));
  CHECK_FALSE(nests_deeper_than("[\"[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[\"]", 3));
}

TEST_CASE("lsp positions count UTF-16 units, the project code points", "[lsp]") {
  // "é" is one unit, "😀" two (a surrogate pair), each one code point.
  TextDocument doc("name: é😀x\nnext: [a]\n", 1);
  CHECK(utf16_units(doc.line(0), 8) == 9);
  CHECK(doc.offset_of({0, 9}) == std::string("name: é😀").size());
  CHECK(doc.position_of(std::string("name: é😀").size()).character == 9);
  SourceText source("f", doc.text());
  Range r = to_range(source, SourceSpan{1, 9, 1, 10});  // the 'x'
  CHECK(r.start.character == 9);
  CHECK(r.end.character == 10);
  doc.apply(false, Range{{1, 7}, {1, 8}}, "b, c", 2);
  CHECK(doc.line(1) == "next: [b, c]");
  CHECK(doc.version() == 2);
  doc.apply(false, Range{{40, 0}, {3, 99}}, "# end\n", 3);  // out of range and reversed: clamped
  CHECK(doc.text().find("# end") != std::string::npos);
  doc.apply(true, {}, "x", 4);
  CHECK(doc.text() == "x");
}

TEST_CASE("lsp cursor contexts in half-written YAML", "[lsp]") {
  TextDocument doc(
      "phases:\n"
      "  see:\n"
      "    touchpoints:\n"
      "      - id: ad\n"
      "        next: [si\n"
      "        per\n"
      "      - {id: x, channel: we\n"
      "        emotion: 3  # journey-lint: disable=emo\n",
      1);
  CursorContext next = context_at(doc, {4, 17});
  CHECK(next.kind == CursorContext::Kind::value);
  CHECK(next.path ==
        std::vector<std::string>{"phases", "see", "touchpoints", k_item, "next", k_item});
  CHECK(next.prefix == "si");
  CursorContext key = context_at(doc, {5, 11});
  CHECK(key.kind == CursorContext::Kind::key);
  CHECK(key.path == std::vector<std::string>{"phases", "see", "touchpoints", k_item});
  CHECK(key.prefix == "per");
  CHECK(sibling_keys(doc, 5, 8) == std::vector<std::string>{"next", "id"});
  CursorContext flow = context_at(doc, {6, 29});
  CHECK(flow.kind == CursorContext::Kind::value);
  CHECK(flow.path.back() == "channel");
  CHECK(context_at(doc, {7, 48}).kind == CursorContext::Kind::suppression);
}

TEST_CASE("lsp session: diagnostics, completion, hover, navigation, rename, quick fixes", "[lsp]") {
  journey_test::TestFolder folder("journey-lsp");
  std::string path = folder.write("t.journey.yaml", k_journey);
  std::string uri = "file://" + path;
  json doc{{"uri", uri}};
  auto at = [&](int line, int character) {
    return json{{"textDocument", doc}, {"position", {{"line", line}, {"character", character}}}};
  };
  std::string input =
      frame(request(1, "initialize", {{"capabilities", json::object()}})) +
      frame(notification("initialized", json::object())) +
      frame(notification(
          "textDocument/didOpen",
          {{"textDocument",
            {{"uri", uri}, {"languageId", "yaml"}, {"version", 1}, {"text", k_journey}}}})) +
      frame(request(2, "textDocument/completion", at(13, 15))) +
      frame(request(3, "textDocument/hover", at(12, 20))) +
      frame(request(4, "textDocument/definition", at(13, 16))) +
      frame(request(5, "textDocument/rename", with_name(at(4, 10), "samuel"))) +
      frame(request(6, "textDocument/documentSymbol", {{"textDocument", doc}})) +
      frame(request(7, "textDocument/completion", at(19, 8))) +
      frame(request(8, "textDocument/rename", with_name(at(4, 10), "no way"))) +
      frame(request(9, "shutdown", nullptr)) + frame(notification("exit", nullptr));
  int code = -1;
  std::vector<json> out = session(input, code);
  CHECK(code == 0);
  // next: [| offers the touchpoints.
  const json* completion = response(out, 2);
  REQUIRE(completion);
  std::string labels = (*completion)["result"]["items"].dump();
  CHECK(labels.find("\"site\"") != std::string::npos);
  CHECK(labels.find("\"ad\"") != std::string::npos);
  // Hovering the persona reference shows the persona.
  const json* hover = response(out, 3);
  REQUIRE(hover);
  CHECK((*hover)["result"]["contents"]["value"].get<std::string>().find("Sam the planner") !=
        std::string::npos);
  // next: [site] leads to site's id, line 17.
  const json* definition = response(out, 4);
  REQUIRE(definition);
  CHECK((*definition)["result"][0]["range"]["start"]["line"] == 16);
  // Renaming the persona changes its definition and its reference.
  const json* rename = response(out, 5);
  REQUIRE(rename);
  CHECK((*rename)["result"]["changes"][uri].size() == 2);
  const json* symbols = response(out, 6);
  REQUIRE(symbols);
  CHECK((*symbols)["result"][0]["name"] == "see");
  CHECK((*symbols)["result"][0]["children"][0]["name"] == "ad");
  // In a touchpoint, its keys not yet written; 'name' is there already.
  std::string keys = (*response(out, 7))["result"]["items"].dump();
  CHECK(keys.find("\"owner\"") != std::string::npos);
  CHECK(keys.find("\"label\":\"name\"") == std::string::npos);
  CHECK((*response(out, 8))["error"]["code"] == -32803);
  // The diagnostic for the typo, with its did-you-mean as data for the quick fix.
  bool found = false;
  for (const json& m : out) {
    if (m.value("method", "") != "textDocument/publishDiagnostics") continue;
    for (const json& d : m["params"]["diagnostics"]) {
      if (d["code"] == "unknown-key" && d["data"]["suggestion"] == "emotion") found = true;
    }
  }
  CHECK(found);
}

TEST_CASE("lsp quick fixes replace and suppress", "[lsp]") {
  journey_test::TestFolder folder("journey-lsp");
  std::string path = folder.write("t.journey.yaml", k_journey);
  std::string uri = "file://" + path;
  json diagnostic{
      {"range",
       {{"start", {{"line", 19}, {"character", 8}}}, {"end", {{"line", 19}, {"character", 14}}}}},
      {"severity", 1},
      {"code", "unknown-key"},
      {"source", "journey"},
      {"message", "unknown key"},
      {"data", {{"suggestion", "emotion"}}}};
  json missing{
      {"range",
       {{"start", {{"line", 16}, {"character", 12}}}, {"end", {{"line", 16}, {"character", 16}}}}},
      {"severity", 2},
      {"code", "missing-emotion"},
      {"source", "journey"},
      {"message", "m"}};
  std::string input =
      frame(request(1, "initialize", json::object())) +
      frame(notification("textDocument/didOpen",
                         {{"textDocument", {{"uri", uri}, {"version", 1}, {"text", k_journey}}}})) +
      frame(request(2, "textDocument/codeAction",
                    {{"textDocument", {{"uri", uri}}},
                     {"range", diagnostic["range"]},
                     {"context", {{"diagnostics", {diagnostic, missing}}}}})) +
      frame(request(3, "shutdown", nullptr)) + frame(notification("exit", nullptr));
  int code = -1;
  std::vector<json> out = session(input, code);
  const json* actions = response(out, 2);
  REQUIRE(actions);
  std::string text = (*actions)["result"].dump();
  CHECK(text.find("Change to 'emotion'") != std::string::npos);
  CHECK(text.find("\"newText\":\"emotion\"") != std::string::npos);
  CHECK(text.find("  # journey-lint: disable=missing-emotion") != std::string::npos);
}

TEST_CASE("lsp protocol corners: bad JSON, unknown methods, order, cancellation", "[lsp]") {
  std::string input =
      frame(request(1, "textDocument/hover", json::object())) +  // before initialize
      frame(std::string("{not json")) +                          // parse error
      frame(std::string("[1,2]")) +                              // not an object
      frame(std::string(200, '[')) +                             // too deep to parse
      frame(request(2, "initialize", json::object())) +
      frame(request(3, "no/such/method", json::object())) +
      frame(request(4, "textDocument/hover", {{"textDocument", 7}})) +  // wrong types
      frame(notification("textDocument/didOpen", {{"textDocument", "x"}})) +
      frame(request(5, "textDocument/completion", json::object())) +
      frame(notification("$/cancelRequest", {{"id", 5}})) + frame(request(6, "shutdown", nullptr)) +
      frame(notification("exit", nullptr));
  int code = -1;
  std::vector<json> out = session(input, code);
  CHECK(code == 0);
  CHECK((*response(out, 1))["error"]["code"] == -32002);
  int parse_errors = 0;
  for (const json& m : out) {
    if (m.contains("id") && m["id"].is_null()) ++parse_errors;
  }
  CHECK(parse_errors == 3);
  CHECK((*response(out, 3))["error"]["code"] == -32601);
  CHECK((*response(out, 4))["result"].is_null());
  // Cancelled while queued, or answered before the cancellation was read: never lost.
  const json* cancelled = response(out, 5);
  REQUIRE(cancelled);
  CHECK((cancelled->contains("result") || (*cancelled)["error"]["code"] == -32800));
  CHECK(response(out, 6));
}

TEST_CASE("lsp hover on a key under a scalar is no key of any map", "[lsp]") {
  // Found by fuzz_lsp: `journey:` holds text, so `name` under it belongs to no shape.
  std::string text = "journey:\n  name: x\n";
  std::string input =
      frame(request(1, "initialize", json::object())) +
      frame(
          notification("textDocument/didOpen",
                       {{"textDocument",
                         {{"uri", "file:///x/t.journey.yaml"}, {"version", 1}, {"text", text}}}})) +
      frame(request(2, "textDocument/hover",
                    {{"textDocument", {{"uri", "file:///x/t.journey.yaml"}}},
                     {"position", {{"line", 1}, {"character", 3}}}})) +
      frame(request(3, "textDocument/completion",
                    {{"textDocument", {{"uri", "file:///x/t.journey.yaml"}}},
                     {"position", {{"line", 1}, {"character", 4}}}})) +
      frame(request(4, "shutdown", nullptr)) + frame(notification("exit", nullptr));
  int code = -1;
  std::vector<json> out = session(input, code);
  CHECK(code == 0);
  REQUIRE(response(out, 2));
  CHECK((*response(out, 2))["result"].is_null());
  REQUIRE(response(out, 3));
  CHECK((*response(out, 3))["result"]["items"].empty());
}

TEST_CASE("lsp completes the model's phases not yet written, and values", "[lsp]") {
  std::string text =
      "journey: T\nmodel: see-think-do-care\nstate: \nphases:\n  see:\n    goal: g\n  \n";
  const std::string uri = "file:///x/p.journey.yaml";
  auto at = [&](int line, int character) {
    return json{{"textDocument", {{"uri", uri}}},
                {"position", {{"line", line}, {"character", character}}}};
  };
  std::string input =
      frame(request(1, "initialize", json::object())) +
      frame(notification("textDocument/didOpen",
                         {{"textDocument", {{"uri", uri}, {"version", 1}, {"text", text}}}})) +
      frame(request(2, "textDocument/completion", at(6, 2))) +
      frame(request(3, "textDocument/completion", at(2, 7))) +
      frame(request(4, "shutdown", nullptr)) + frame(notification("exit", nullptr));
  int code = -1;
  std::vector<json> out = session(input, code);
  std::vector<std::string> phases, states;
  for (const json& item : (*response(out, 2))["result"]["items"]) phases.push_back(item["label"]);
  for (const json& item : (*response(out, 3))["result"]["items"]) states.push_back(item["label"]);
  CHECK(phases == std::vector<std::string>{"think", "do", "care"});
  CHECK(states == std::vector<std::string>{"current", "future"});
}

TEST_CASE("lsp exits with 1 when the input ends without shutdown", "[lsp]") {
  int code = -1;
  session(frame(request(1, "initialize", json::object())), code);
  CHECK(code == 1);
}
