// SPDX-License-Identifier: Apache-2.0
#include "journey_page.hpp"

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <map>
#include <sstream>

#include "folder.hpp"
#include "html.hpp"
#include "journey/model.hpp"
#include "journey/source.hpp"

namespace fs = std::filesystem;

namespace journey::site {

namespace {

constexpr std::size_t k_low_points_per_journey = 5;

std::string persona_name(const Journey& j, const std::string& id) {
  for (const Persona& p : j.personas) {
    if (p.id.value == id) return p.name.value.empty() ? id : p.name.value;
  }
  return id;
}

std::string phase_name(const Journey& j, const Model* m, const Touchpoint& t, Language lang) {
  if (t.phase >= j.phases.size()) return {};
  const Phase& p = j.phases[t.phase];
  if (m != nullptr && p.model_phase >= 0) return m->phases[p.model_phase].name(lang);
  return p.key.value;
}

bool is_stale(const Journey& j, Date today) {
  Date reviewed;
  if (!j.reviewed.usable() || !Date::parse(j.reviewed.value, reviewed)) return true;
  return today.days_since_epoch() - reviewed.days_since_epoch() > 365;
}

void collect_counts(const Journey& j, Summary& s) {
  std::map<std::string, std::size_t> channels, owners;
  for (const Touchpoint& t : j.touchpoints) {
    if (t.channel.usable() && !t.channel.value.empty()) ++channels[t.channel.value];
    if (t.owner.usable() && !t.owner.value.empty()) ++owners[t.owner.value];
  }
  for (const auto& [name, n] : channels) s.channels.push_back({name, n});
  for (const auto& [name, n] : owners) s.owners.push_back({name, n});
  for (const Persona& p : j.personas) {
    s.personas.push_back(p.name.value.empty() ? p.id.value : p.name.value);
  }
}

void collect_pains(const Journey& j, Summary& s) {
  std::map<std::string, bool> seen;
  for (std::size_t i = 0; i < j.touchpoints.size(); ++i) {
    const Touchpoint& t = j.touchpoints[i];
    if (!t.pains.usable()) continue;
    for (const Pain& p : t.pains.value) {
      std::string key = pain_key(p.value);
      if (key.empty() || seen[key]) continue;
      seen[key] = true;
      s.pains.push_back(
          {key, p.value, t.name.value.empty() ? t.id.value : t.name.value, anchor_of(i)});
    }
  }
}

void collect_low_points(const Journey& j, const Model* m, Language lang, Summary& s) {
  std::vector<std::pair<LowPoint, std::size_t>> all;
  for (std::size_t i = 0; i < j.touchpoints.size(); ++i) {
    const Touchpoint& t = j.touchpoints[i];
    LowPoint p{0, t.name.value.empty() ? t.id.value : t.name.value, anchor_of(i), "",
               phase_name(j, m, t, lang)};
    if (t.persona_emotions.usable()) {
      for (const PersonaEmotion& e : t.persona_emotions.value) {
        auto v = emotion_of(t, e.persona.value);
        if (!v) continue;
        p.emotion = *v;
        p.persona = persona_name(j, e.persona.value);
        all.push_back({p, i});
      }
    } else if (auto v = emotion_of(t)) {
      p.emotion = *v;
      all.push_back({p, i});
    }
  }
  std::stable_sort(all.begin(), all.end(),
                   [](const auto& a, const auto& b) { return a.first.emotion < b.first.emotion; });
  for (std::size_t k = 0; k < all.size() && k < k_low_points_per_journey; ++k) {
    s.low_points.push_back(all[k].first);
  }
}

void collect_leaks(const Analysis& a, Summary& s) {
  const Journey& j = *a.journey;
  auto name = [&](std::size_t i) {
    const Touchpoint& t = j.touchpoints[i];
    return t.name.value.empty() ? t.id.value : t.name.value;
  };
  for (const FunnelResult& r : a.funnels) {
    const FunnelSeries& total = r.total;
    if (!total.biggest_leak || *total.biggest_leak == 0) continue;
    std::size_t k = *total.biggest_leak;
    const FunnelStep& step = total.steps[k];
    const Funnel& f = j.funnels[r.funnel];
    const Touchpoint& to = j.touchpoints[step.touchpoint];
    s.leaks.push_back({f.name.value.empty() ? f.id.value : f.name.value,
                       name(total.steps[k - 1].touchpoint), name(step.touchpoint),
                       anchor_of(step.touchpoint), step.drop_off, step.drop_share,
                       to.opportunities.usable() && !to.opportunities.value.empty()});
  }
}

}  // namespace

// What the index and the portfolio need of a loaded journey.
void summarize(const Analysis& a, const SiteOptions& options, Summary& s) {
  for (const Finding& f : a.report.findings) {
    ++(f.severity == Severity::error     ? s.errors
       : f.severity == Severity::warning ? s.warnings
                                         : s.infos);
  }
  s.title = s.file;
  if (!a.journey) return;
  const Journey& j = *a.journey;
  s.loaded = true;
  if (j.title.usable() && !j.title.value.empty()) s.title = j.title.value;
  s.model = j.model.value;
  if (a.model != nullptr) s.model_name = a.model->display_name(options.language);
  bool future = j.state.usable() && j.state.value == JourneyState::future;
  s.state = future ? "future" : "current";
  s.owner = j.owner.value;
  s.reviewed = j.reviewed.usable() ? j.reviewed.value : "";
  s.stale = is_stale(j, options.today);
  s.figures = figures_of(j);
  collect_counts(j, s);
  collect_pains(j, s);
  collect_low_points(j, a.model, options.language, s);
  collect_leaks(a, s);
}

Summary build_journey(std::size_t index, const std::string& file, const std::string& slug,
                      WorkerContext& ctx) {
  Summary s;
  s.index = index;
  s.file = file;
  s.slug = slug;
  std::string error;
  auto config = ctx.resolver.for_file(file, error);
  if (!config) {
    s.error = "invalid configuration: " + error;
    return s;
  }
  LintOptions lint;
  lint.today = ctx.options.today;
  lint.language = ctx.options.language;  // one language on every page, whatever lang: says
  Analysis a = analyze_file(file, *config, lint);
  if (!a.report.error.empty()) {
    s.error = file + ": cannot read the file: " + a.report.error;
    return s;
  }
  summarize(a, ctx.options, s);
  PageData page{words_for(ctx.options.language), ctx.options, a, s, {}, {}, {}};
  if (!a.has_errors() && a.model != nullptr && a.journey) {
    s.scored = true;
    page.card =
        score_journey(*a.journey, *a.model, file, ctx.options.today, config->score, a.funnels);
    s.score = page.card->total;
    page.views = draw_views(a, slug, ctx, s);
  }
  if (ctx.options.history && a.journey) {
    page.history = read_history(file, a.report.source.text(), a, *config, ctx.options);
    s.has_trend = page.history->base_scored && s.scored;
    s.previous_score = page.history->base_score;
    s.previous_label = page.history->base_label;
  }
  std::ostringstream html;
  write_journey_page(html, page);
  std::string path = (fs::path(ctx.folder) / "journeys" / (slug + ".html")).string();
  if (!write_file(path, html.str(), error)) s.error = error;
  return s;
}

}  // namespace journey::site
