// SPDX-License-Identifier: Apache-2.0
// Mermaid journey diagrams: the import never crashes or hangs, and a journey it writes is one that
// lint reads without a single error (the promise of `journey import mermaid`), checked by abort.
// Seed it with tests/data/import/*.mmd and the Mermaid exports of examples/.
#include <cstdio>
#include <cstdlib>

#include "fuzz_support.hpp"
#include "journey/import.hpp"
#include "journey/model.hpp"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  std::string text(reinterpret_cast<const char*>(data), size);
  const journey::Model& model = *journey::ModelCatalog::builtin().find("five-stage");
  journey::ImportResult r = journey::import_mermaid(journey::SourceText("fuzz.mmd", text), model);
  if (!r.ok()) return 0;
  journey::Analysis a =
      journey_fuzz::analyze(reinterpret_cast<const std::uint8_t*>(r.yaml.data()), r.yaml.size());
  if (!a.has_errors()) return 0;
  for (const journey::Finding& f : a.report.findings) {
    if (f.severity != journey::Severity::error) continue;
    std::fprintf(stderr, "%d:%d: %s [%s]\n", f.span.line, f.span.column, f.message.c_str(),
                 f.rule.c_str());
  }
  std::fprintf(stderr, "--- the imported journey:\n%s\n", r.yaml.c_str());
  std::abort();
}
