// SPDX-License-Identifier: Apache-2.0
// Funnels: every export shape read from its fixture, the computation by hand, event logs (window,
// closed and open, segments, pieces), and hostile input.
#include <catch2/catch.hpp>
#include <cmath>
#include <sstream>

#include "../../lib/src/funnel/export_cache.hpp"
#include "journey/config.hpp"
#include "journey/diff.hpp"
#include "journey/funnel.hpp"
#include "journey/lint.hpp"
#include "journey/load.hpp"
#include "test_folder.hpp"

using namespace journey;
using journey_test::TestFolder;

namespace {

const std::string k_exports = std::string(JOURNEY_SOURCE_DIR) + "/tests/data/funnel/exports/";
const std::string k_shop = std::string(JOURNEY_SOURCE_DIR) + "/tests/data/funnel/shop.journey.yaml";

FunnelExport read_text(const std::string& name, const std::string& text,
                       std::optional<FunnelFormat> format = std::nullopt,
                       const EventSteps& steps = {}) {
  return read_funnel_export(std::make_shared<const SourceText>(name, text), format, steps);
}

// The all-users count of each step, in the export's order.
std::vector<double> totals(const FunnelExport& e) {
  std::vector<double> out;
  for (const ExportStep& s : e.steps) {
    double sum = 0;
    bool exact = false;
    for (const ExportCount& c : s.counts) {
      if (c.segment.empty() && c.period.empty()) {
        out.push_back(c.count);
        exact = true;
        break;
      }
      sum += c.count;
    }
    if (!exact) out.push_back(sum);
  }
  return out;
}

std::string messages(const Findings& findings) {
  std::string out;
  for (const Finding& f : findings) {
    out += f.file + ":" + std::to_string(f.span.line) + ":" + std::to_string(f.span.column) + ": " +
           f.rule + ": " + f.message + "\n";
  }
  return out;
}

bool contains(const std::string& text, const std::string& part) {
  return text.find(part) != std::string::npos;
}

bool contains_message(const FunnelExport& e, const std::string& part) {
  INFO(messages(e.findings));
  return contains(messages(e.findings), part);
}

const std::vector<double> k_shop_counts = {10000, 6000, 2400, 1200, 840};

Analysis analyze_shop() {
  Config config = default_config();
  return analyze_file(k_shop, config, LintOptions{});
}

}  // namespace

TEST_CASE("every export shape is detected and read from its fixture", "[funnel]") {
  struct Case {
    const char* file;
    FunnelFormat format;
    std::vector<std::string> names;
  };
  std::vector<std::string> events = {"session_start", "view_item", "add_to_cart", "begin_checkout",
                                     "purchase"};
  std::vector<Case> cases = {
      {"ga4-run-funnel-report.json",
       FunnelFormat::ga4,
       {"1. session_start", "2. view_item", "3. add_to_cart", "4. begin_checkout", "5. purchase"}},
      {"ga4-funnel-exploration.csv",
       FunnelFormat::ga4,
       {"1. Home page", "2. Product page", "3. Cart", "4. Checkout", "5. Order confirmation"}},
      {"mixpanel-funnels.json", FunnelFormat::mixpanel, events},
      {"posthog-funnel.json", FunnelFormat::posthog, events},
      {"posthog-funnel.csv", FunnelFormat::posthog, events},
      {"amplitude-funnel.json", FunnelFormat::amplitude, events},
      {"metrics.csv",
       FunnelFormat::metrics,
       {"home", "product", "cart", "checkout", "confirmation"}},
  };
  for (const Case& c : cases) {
    INFO(c.file);
    FunnelExport e = read_funnel_export(k_exports + c.file, std::nullopt, {});
    CHECK(e.error.empty());
    CHECK(messages(e.findings).empty());
    CHECK(e.format == c.format);
    std::vector<std::string> names;
    for (const ExportStep& s : e.steps) names.push_back(s.name);
    CHECK(names == c.names);
    CHECK(totals(e) == k_shop_counts);
  }
}

TEST_CASE("counts keep their position in the export", "[funnel]") {
  FunnelExport ga4 = read_funnel_export(k_exports + "ga4-run-funnel-report.json", {}, {});
  REQUIRE(ga4.steps.size() == 5);
  const ExportCount& mobile = ga4.steps[0].counts[1];
  CHECK(mobile.segment == "mobile");
  CHECK(mobile.count == 6000);
  CHECK(mobile.span.line == 17);
  CHECK(mobile.span.column == 37);  // the value's opening quote
  CHECK(ga4.steps[0].span.line == 14);
  FunnelExport mixpanel = read_funnel_export(k_exports + "mixpanel-funnels.json", {}, {});
  CHECK(mixpanel.steps[1].counts[0].period == "2026-10-01");
  CHECK(mixpanel.steps[1].counts[0].seconds == Approx(40));
  FunnelExport amplitude = read_funnel_export(k_exports + "amplitude-funnel.json", {}, {});
  CHECK(amplitude.steps[4].counts[0].seconds == Approx(180));
}

TEST_CASE("the shop's funnels compute alike from every shape", "[funnel]") {
  Analysis a = analyze_shop();
  INFO(messages(a.report.findings));
  CHECK_FALSE(a.has_errors());
  for (const Finding& f : a.report.findings) CHECK(f.file.empty());  // none in the exports
  REQUIRE(a.funnels.size() == 8);
  for (std::size_t i = 0; i + 1 < a.funnels.size(); ++i) {
    const FunnelResult& r = a.funnels[i];
    INFO(a.journey->funnels[r.funnel].id.value);
    REQUIRE(r.total.steps.size() == 5);
    for (std::size_t k = 0; k < 5; ++k) CHECK(*r.total.steps[k].reached == k_shop_counts[k]);
    const FunnelStep& cart = r.total.steps[2];
    CHECK(cart.conversion == Approx(0.4));
    CHECK(cart.drop_off == 3600);
    CHECK(cart.drop_share == Approx(0.6));
    CHECK(cart.cumulative == Approx(0.24));
    CHECK(r.total.biggest_leak == std::size_t(1));  // home -> product loses 4000
    REQUIRE(r.total.phases.size() == 3);
    CHECK(r.total.phases[1].entered == 6000);
    CHECK(r.total.phases[1].left == 2400);
    CHECK(r.total.phases[2].conversion == Approx(0.7));
  }
  CHECK(a.funnels[0].segments.size() == 2);  // GA4: desktop and mobile
  CHECK(*a.funnels[0].segments[1].steps[4].reached == 390);
  CHECK(a.funnels[2].periods.size() == 2);  // Mixpanel: two dates
  CHECK(*a.funnels[2].periods[1].steps[1].reached == 2900);
  // Mixpanel's mean time between steps, weighted by users over both dates.
  CHECK(*a.funnels[2].total.steps[4].seconds == Approx(180));
}

TEST_CASE("an event log is computed with its window, closed, per segment", "[funnel]") {
  Analysis a = analyze_shop();
  const FunnelResult& r = a.funnels[7];
  std::vector<double> reached;
  for (const FunnelStep& s : r.total.steps) reached.push_back(*s.reached);
  CHECK(reached == std::vector<double>{6, 4, 3, 2, 1});
  CHECK(*r.total.steps[1].seconds == Approx(70));
  CHECK(*r.total.steps[2].seconds == Approx(100));
  REQUIRE(r.segments.size() == 2);
  std::vector<double> mobile;
  for (const FunnelStep& s : r.segments[1].steps) mobile.push_back(s.reached.value_or(-1));
  CHECK(r.segments[1].segment == "mobile");
  CHECK(mobile == std::vector<double>{3, 1, 1, 0, 0});
  REQUIRE(r.periods.size() == 1);
  CHECK(r.periods[0].period == "2026-10");
}

TEST_CASE("open funnels count every step a user reached, within the window", "[funnel]") {
  std::string log =
      "user,event,timestamp\n"
      "a,view,100\n"  // a reaches view and buy without start
      "a,buy,200\n"
      "b,start,100\n"
      "b,buy,5000\n"  // past the window of 1000 s
      "c,start,0\n";
  EventSteps steps;
  steps.events = {{"start"}, {"view"}, {"buy"}};
  steps.closed = false;
  steps.window_seconds = 1000;
  FunnelExport e = read_text("log.csv", log, std::nullopt, steps);
  CHECK(messages(e.findings).empty());
  CHECK(totals(e) == std::vector<double>{2, 1, 1});
  steps.closed = true;
  FunnelExport closed = read_text("log.csv", log, std::nullopt, steps);
  CHECK(totals(closed) == std::vector<double>{2, 0, 0});
}

TEST_CASE("an event log larger than the input limit is read in pieces", "[funnel]") {
  TestFolder dir("journey-funnel-pieces");
  std::string path = (dir.path / "big.csv").string();
  std::ofstream out(path, std::ios::binary);
  out << "user,event,timestamp\n";
  const int users = 500'000;
  for (int u = 0; u < users; ++u) {
    // Every user starts; every other views; every third of those buys. Quoted ids too.
    std::string id = u % 7 == 0 ? "\"user " + std::to_string(u) + "\"" : "user" + std::to_string(u);
    out << id << ",start," << 1000 + u << "\n";
    if (u % 2 == 0) out << id << ",view," << 1010 + u << "\n";
    if (u % 6 == 0) out << id << ",buy," << 1020 + u << "\n";
  }
  out << "user1,bogus-time,x\n";
  out.close();
  REQUIRE(std::filesystem::file_size(path) > k_max_input_bytes);
  EventSteps steps;
  steps.events = {{"start"}, {"view"}, {"buy"}};
  FunnelExport e = read_funnel_export(path, std::nullopt, steps);
  CHECK(e.error.empty());
  CHECK(e.format == FunnelFormat::events);
  REQUIRE(e.steps.size() == 4);
  // The unclaimed event first (named while reading), at its line in the whole file; then the steps.
  CHECK(e.steps[0].name == "bogus-time");
  CHECK(e.steps[0].counts.empty());
  CHECK(e.steps[0].span.line == 1 + users + users / 2 + (users + 5) / 6 + 1);
  e.steps.erase(e.steps.begin());
  CHECK(totals(e) == std::vector<double>{users, users / 2, (users + 5) / 6});
  CHECK(e.source == nullptr);
}

TEST_CASE("timestamps: Unix seconds, milliseconds and ISO 8601", "[funnel]") {
  std::vector<std::pair<std::string, long long>> good = {
      {"1790849400", 1790849400},
      {"1790849400123", 1790849400},
      {"1790849400.5", 1790849400},
      {"2026-10-01T10:10:00Z", 1790849400},
      {"2026-10-01 12:10:00+02:00", 1790849400},
      {"2026-10-01T10:10:00.250", 1790849400},
  };
  for (const auto& [text, expected] : good) {
    INFO(text);
    long long t = 0;
    CHECK(parse_event_timestamp(text, t));
    CHECK(t == expected);
  }
  for (const char* bad : {"", "x", "2026-13-01T00:00:00Z", "2026-10-01", "1e9", "-5",
                          "2026-10-01T10:10:00+25:00", "99999999999999999999"}) {
    long long t = 0;
    INFO(bad);
    CHECK_FALSE(parse_event_timestamp(bad, t));
  }
}

TEST_CASE("hostile exports get positioned findings, never a crash", "[funnel][hostile]") {
  std::string deep = "{\"data\":" + std::string(100, '[') + std::string(100, ']') + "}";
  FunnelExport nested = read_text("deep.json", deep);
  CHECK(contains_message(nested, "nested deeper than 64 levels"));
  FunnelExport huge = read_text("huge.json", "{\"result\": [{\"name\": \"a\", \"count\": 1e999}]}");
  REQUIRE(huge.findings.size() == 1);
  CHECK(huge.findings[0].rule == "data-syntax");
  CHECK(huge.findings[0].span.line == 1);
  CHECK(huge.findings[0].span.column > 30);
  FunnelExport negative =
      read_text("neg.json", "{\"result\": [\n  {\"name\": \"a\", \"count\": -3}]}");
  REQUIRE(negative.findings.size() == 1);
  CHECK(negative.findings[0].rule == "data-invalid-value");
  CHECK(negative.findings[0].span.line == 2);
  CHECK(negative.findings[0].span.column == 26);
  FunnelExport fraction = read_text("f.json", "{\"result\": [{\"name\": \"a\", \"count\": 2.5}]}");
  CHECK(contains_message(fraction, "whole number"));
  FunnelExport control = read_text("c.json", "{\"result\": [{\"name\": \"a\x01\", \"count\": 1}]}");
  CHECK(contains_message(control, "not valid JSON"));
  FunnelExport unknown = read_text("u.json", "{\"hello\": 1}");
  CHECK(contains_message(unknown, "none of the funnel exports"));
  FunnelExport forced = read_text("m.csv", "touchpoint,metric,value\n", FunnelFormat::mixpanel);
  CHECK(contains_message(forced, "is JSON, not CSV"));
  FunnelExport binary = read_text("b.csv", std::string("user,event,timestamp\n\0\0", 23));
  CHECK(!binary.findings.empty());
  FunnelExport empty = read_text("e.csv", "");
  CHECK(!empty.findings.empty());
}

TEST_CASE("an event log reports bad rows at their position and keeps counting", "[funnel]") {
  EventSteps steps;
  steps.events = {{"start"}, {"buy"}};
  std::string log =
      "user,event,timestamp\n"
      "a,start,100\n"
      "a,buy,yesterday\n"
      ",start,100\n"
      "b,start,300\n"
      "b,buy,200\n"  // earlier than b's start: out of order
      "c,start,100\n"
      "c,buy,150\n";
  FunnelExport e = read_text("log.csv", log, std::nullopt, steps);
  std::string m = messages(e.findings);
  CHECK(contains(m, "log.csv:3:7: data-invalid-value: 'yesterday' is not a timestamp"));
  CHECK(contains(m, "log.csv:4:1: data-invalid-value: no user id"));
  CHECK(contains(m, "log.csv:6:7: data-invalid-value: user 'b' has an earlier event"));
  CHECK(totals(e) == std::vector<double>{3, 1});
  FunnelExport header = read_text("h.csv", "who,what\n", FunnelFormat::events, steps);
  CHECK(contains_message(header, "user, event and timestamp"));
}

TEST_CASE("events: and funnels: load with positions and reach textconv", "[funnel][load]") {
  Analysis a = analyze_shop();
  REQUIRE(a.journey);
  const Touchpoint& checkout = a.journey->touchpoints.at(3);
  REQUIRE(checkout.events.value.size() == 2);
  CHECK(checkout.events.value[1].value == "add_payment_info");
  CHECK(checkout.events.span.line == 35);
  REQUIRE(a.journey->funnels.size() == 8);
  const Funnel& ga4 = a.journey->funnels[0];
  CHECK(ga4.window_seconds == 86400);
  CHECK(ga4.is_closed());
  CHECK(ga4.data.value.at(0).span.line == 47);
  std::ostringstream facts;
  write_textconv(*a.journey, facts);
  CHECK(facts.str().find("touchpoint purchase/checkout: event begin_checkout\n") !=
        std::string::npos);
  std::string bad =
      "journey: J\nmodel: see-think-do-care\nphases:\n  see:\n    touchpoints:\n"
      "      - {id: a, name: A}\nfunnels:\n  - {id: f, name: F, window: 2y, format: ga5,\n"
      "     leak-threshold: 1.5, closed: maybe}\n  - {name: G}\n";
  LoadResult r = load_journey(SourceText("bad.journey.yaml", bad));
  std::string m;
  for (const Finding& f : r.findings) {
    m += std::to_string(f.span.line) + ":" + std::to_string(f.span.column) + " " + f.rule + " " +
         f.message + "\n";
  }
  CHECK(contains(m, "8:30 invalid-value '2y' is not a window"));
  CHECK(contains(m, "8:42 invalid-value 'ga5' is not one of: ga4, mixpanel"));
  CHECK(contains(m, "did you mean 'ga4'?"));
  CHECK(contains(m, "9:22 invalid-value a leak threshold is the share"));
  CHECK(contains(m, "9:35 wrong-type"));
  CHECK(contains(m, "10:5 missing-field"));
}

TEST_CASE("an export is read once per version of its file", "[funnel]") {
  journey_test::TestFolder dir("export-cache");
  const std::string file = (dir.path / "counts.csv").string();
  auto write = [&](const std::string& text) { std::ofstream(file, std::ios::trunc) << text; };
  write("touchpoint,metric,value\nhome,visits,100\ncart,carts,40\n");
  FunnelExport first = funnel::cached_funnel_export(file, std::nullopt, {});
  REQUIRE(first.error.empty());
  REQUIRE(first.steps.size() == 2);
  CHECK(first.steps[1].counts.front().count == 40);
  // The same file again: the kept copy, the same text (the very same SourceText).
  FunnelExport again = funnel::cached_funnel_export(file, std::nullopt, {});
  CHECK(again.source == first.source);
  CHECK(again.steps.size() == 2);
  // Changed (another size): read again.
  write("touchpoint,metric,value\nhome,visits,100\ncart,carts,45\ncheckout,orders,9\n");
  FunnelExport changed = funnel::cached_funnel_export(file, std::nullopt, {});
  CHECK(changed.source != first.source);
  REQUIRE(changed.steps.size() == 3);
  CHECK(changed.steps[1].counts.front().count == 45);
  // Another forced format is another read; a missing file is the reader's error, never kept.
  FunnelExport forced = funnel::cached_funnel_export(file, FunnelFormat::metrics, {});
  CHECK(forced.source != changed.source);
  std::filesystem::remove(file);
  CHECK(!funnel::cached_funnel_export(file, std::nullopt, {}).error.empty());
}
