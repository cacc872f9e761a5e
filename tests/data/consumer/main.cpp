// Uses the installed journey_core: lints a journey held in a string and renders it to DOT.
// Built by tests/cli/package_cli_test.cpp through find_package(journey) and through pkg-config.
#include <iostream>

#include "journey/config.hpp"
#include "journey/lint.hpp"
#include "journey/render.hpp"
#include "journey/version.hpp"

namespace {

const char* const k_journey = R"(journey: Consumer check
model: see-think-do-care
reviewed: 2026-11-01
personas:
  - {id: sam, name: Sam, goals: [ship], frustrations: [waiting]}
phases:
  see:
    touchpoints:
      - {id: ad, name: Ad, channel: social, emotion: 4, owner: marketing, next: [site]}
  think:
    touchpoints:
      - {id: site, name: Site, channel: web, emotion: 4, owner: marketing, next: [pay]}
  do:
    touchpoints:
      - {id: pay, name: Pay, channel: web, emotion: 3, owner: marketing, next: [mail]}
  care:
    touchpoints:
      - {id: mail, name: Mail, channel: email, emotion: 3, owner: marketing}
)";

}  // namespace

int main() {
  journey::LintOptions options;
  journey::Date::parse("2026-11-02", options.today);  // findings do not depend on the day it runs
  journey::Analysis analysis =
      journey::analyze_source(journey::SourceText("consumer.journey.yaml", k_journey),
                              "consumer.journey.yaml", journey::default_config(), options);
  std::cout << "journey_core " << journey::k_version << "\n";
  std::cout << "findings: " << analysis.report.findings.size() << "\n";
  for (const auto& f : analysis.report.findings)
    std::cout << "  " << journey::to_string(f.severity) << " " << f.rule << "\n";
  if (analysis.has_errors() || !analysis.journey || !analysis.model) {
    std::cerr << "consumer: the journey did not load\n";
    return 1;
  }
  journey::RenderResult dot = journey::render(*analysis.journey, *analysis.model,
                                              journey::RenderOptions{}, journey::RenderFormat::dot);
  if (!dot.ok) {
    std::cerr << "consumer: render failed: " << dot.error << "\n";
    return 1;
  }
  std::cout << dot.data;
  return 0;
}
