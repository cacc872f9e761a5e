// SPDX-License-Identifier: Apache-2.0
// Whether the installed fonts can draw a journey's text: PNG and PDF are drawn with the fonts of
// this machine (fontconfig's fallback chain from the theme's font), and a character that none of
// them has comes out as a box. SVG is drawn later, by the viewer, with the viewer's fonts.
#include <fontconfig/fontconfig.h>

#include <map>
#include <mutex>
#include <set>

#include "journey/lanes.hpp"
#include "journey/messages.hpp"
#include "journey/render.hpp"
#include "journey/utf8.hpp"
#include "theme.hpp"

namespace journey {

namespace {

// Every character the fonts of the fallback chain of `font` draw, computed once. Null when
// fontconfig finds no font at all.
const FcCharSet* drawable(const std::string& font) {
  static std::once_flag once;
  static FcCharSet* chars = nullptr;
  std::call_once(once, [&] {
    // The configuration pango draws with, loaded once for both (a fresh one reads every
    // configuration file and font cache again).
    if (FcInit() == FcFalse) return;
    FcConfig* config = FcConfigGetCurrent();
    if (config == nullptr) return;
    FcPattern* pattern = FcNameParse(reinterpret_cast<const FcChar8*>(font.c_str()));
    FcConfigSubstitute(config, pattern, FcMatchPattern);
    FcDefaultSubstitute(pattern);
    FcResult result;
    FcFontSet* set = FcFontSort(config, pattern, FcTrue, &chars, &result);
    if (set != nullptr) FcFontSetDestroy(set);
    FcPatternDestroy(pattern);
  });
  return chars;
}

// The Debian package whose fonts draw a character.
const char* package_for(unsigned cp) {
  bool cjk = (cp >= 0x1100 && cp <= 0x11FF) || (cp >= 0x2E80 && cp <= 0x9FFF) ||
             (cp >= 0xAC00 && cp <= 0xD7AF) || (cp >= 0xF900 && cp <= 0xFAFF) ||
             (cp >= 0xFF00 && cp <= 0xFFEF) || (cp >= 0x20000 && cp <= 0x3FFFF);
  if (cjk) return "fonts-noto-cjk";
  if (cp >= 0x1F000) return "fonts-noto-color-emoji";
  return "fonts-noto-core";
}

// Every text of the journey a picture draws.
template <class F>
void each_text(const Journey& j, const Model& model, Language language, F&& f) {
  f(j.title.value);
  f(j.description.value);
  for (const Persona& p : j.personas) {
    f(p.name.value);
    f(p.description.value);
    for (const Text& t : p.goals.value) f(t.value);
    for (const Text& t : p.frustrations.value) f(t.value);
  }
  f(model.display_name(language));
  for (const ModelPhase& phase : model.phases) {
    f(phase.name(language));
    f(phase.role(language));
  }
  for (const Phase& phase : j.phases) {
    f(phase.goal.value);
    f(phase.role.value);
  }
  for (const Touchpoint& tp : j.touchpoints) {
    each_drawn_text(tp, [&](const Text& t) { f(t.value); });
  }
}

}  // namespace

std::vector<std::string> missing_font_warnings(const Journey& journey, const Model& model,
                                               const RenderOptions& options) {
  const FcCharSet* chars = drawable(render_detail::theme_named(options.theme).font);
  std::map<std::string, std::set<unsigned>> missing;  // by package
  each_text(journey, model, options.language, [&](const std::string& text) {
    for (std::size_t i = 0; i < text.size();) {
      unsigned cp = next_code_point(text, i);
      if (cp < 0x80 || cp == 0xFE0F || cp == 0x200D) continue;  // ASCII; emoji joiners
      if (chars == nullptr || !FcCharSetHasChar(chars, cp)) missing[package_for(cp)].insert(cp);
    }
  });
  std::vector<std::string> out;
  for (const auto& [package, cps] : missing) {
    std::string examples;
    std::size_t shown = 0;
    for (unsigned cp : cps) {
      if (shown++ == 5) break;
      append_utf8(examples, cp);
    }
    if (cps.size() > 5) examples += "…";
    // TRANSLATORS: %2$s shows up to five of the characters.
    out.push_back(translate_n(
        "%1$s character of the journey (%2$s) has no installed font and would be drawn as a "
        "box in PNG and PDF: install %3$s (apt-get install %4$s)",
        "%1$s characters of the journey (%2$s) have no installed font and would be drawn as "
        "boxes in PNG and PDF: install %3$s (apt-get install %4$s)",
        cps.size(), cps.size(), examples, package, package));
  }
  return out;
}

}  // namespace journey
