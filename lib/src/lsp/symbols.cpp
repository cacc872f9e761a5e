// SPDX-License-Identifier: Apache-2.0
#include "features.hpp"
#include "journey/messages.hpp"

namespace journey::lsp {

namespace {

// SymbolKind
constexpr int k_namespace = 3, k_event = 24, k_object = 19, k_number = 16;

// A span from the start of `a` to the end of `b`.
SourceSpan cover(const SourceSpan& a, const SourceSpan& b) {
  if (!b.known()) return a;
  SourceSpan s = a;
  if (b.end_line > s.end_line || (b.end_line == s.end_line && b.end_column > s.end_column)) {
    s.end_line = b.end_line;
    s.end_column = b.end_column;
  }
  return s;
}

json symbol(const SourceText& source, const std::string& name, const std::string& detail, int kind,
            const SourceSpan& whole, const SourceSpan& selection) {
  // The selection must lie inside the range: LSP clients check it.
  SourceSpan range = cover(whole.known() ? whole : selection, selection);
  if (selection.line < range.line ||
      (selection.line == range.line && selection.column < range.column)) {
    range.line = selection.line;
    range.column = selection.column;
  }
  return json{{"name", name.empty() ? std::string(tr("(unnamed)")) : name},
              {"detail", detail},
              {"kind", kind},
              {"range", to_json(to_range(source, range))},
              {"selectionRange", to_json(to_range(source, selection))}};
}

}  // namespace

json document_symbols(const Snapshot& s) {
  json out = json::array();
  if (!s.analysis.journey) return out;
  const Journey& j = *s.analysis.journey;
  const SourceText& source = s.source();
  for (const Phase& phase : j.phases) {
    std::string detail;
    if (s.analysis.model != nullptr && phase.model_phase >= 0) {
      const ModelPhase& mp = s.analysis.model->phases[static_cast<std::size_t>(phase.model_phase)];
      detail = mp.name(message_language());
    }
    json p = symbol(source, phase.key.value, detail, k_namespace, cover(phase.key.span, phase.span),
                    phase.key.span);
    json children = json::array();
    for (std::size_t index : phase.touchpoints) {
      const Touchpoint& t = j.touchpoints[index];
      if (!t.id.span.known()) continue;
      children.push_back(symbol(source, t.id.value, t.name.value, k_event, t.span, t.id.span));
    }
    p["children"] = std::move(children);
    out.push_back(std::move(p));
  }
  for (const Persona& persona : j.personas) {
    if (!persona.file.empty() || !persona.id.span.known()) continue;  // from a catalog
    out.push_back(symbol(source, persona.id.value, persona.name.value, k_object, persona.span,
                         persona.id.span));
  }
  for (const Kpi& k : j.kpis) {
    if (!k.id.span.known()) continue;
    out.push_back(symbol(source, k.id.value, k.name.value, k_number, k.span, k.id.span));
  }
  return out;
}

}  // namespace journey::lsp
