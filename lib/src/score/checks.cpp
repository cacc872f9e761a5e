// SPDX-License-Identifier: Apache-2.0
// The scorecard checks. Each returns a score 0..10 with a reason and the elements that cost
// points, or "not applicable" when the map gives nothing to judge. See docs/scoring.md.
#include <algorithm>
#include <cmath>
#include <cstdio>
#include <set>
#include "journey/numbers.hpp"

#include "journey/flow.hpp"
#include "journey/messages.hpp"
#include "journey/phase_names.hpp"
#include "journey/score.hpp"
#include "journey/words.hpp"

namespace journey {

namespace {

std::string percent(double share) {
  return format_fixed(share * 100, 0) + "%";
}

// A number as %g prints it, with the reader's decimal mark ("4.5", Dutch "4,5").
std::string number(double value) {
  return with_decimal_mark(format_number(value), message_language());
}

double clamp10(double v) {
  return std::max(0.0, std::min(10.0, v));
}

// An emotion 1..5 as a score: 1 -> 0, 3 -> 5, 5 -> 10.
double emotion_score(double e) {
  return clamp10((e - 1) / 4 * 10);
}

std::optional<double> count_metric(const Touchpoint& tp) {
  for (const Metric& m : tp.metrics.value) {
    if (is_count_metric(m.name.value) && m.value.usable() && m.value.value >= 0) {
      return m.value.value;
    }
  }
  return std::nullopt;
}

struct Context {
  const Journey& j;
  const Model& m;
  Date today;
  const std::vector<FunnelResult>& funnels;
  std::vector<std::size_t> order;         // touchpoints: model phase order, then file order
  std::vector<bool> covered;              // per model phase: has touchpoints
  std::vector<std::size_t> phase_counts;  // per model phase: touchpoints
};

// A model phase as the journey writes it ('oriëntatie' in a Dutch-keyed journey).
std::string written(const Context& c, std::size_t model_phase) {
  return phase_as_written(c.j, c.m, model_phase);
}

Context make_context(const Journey& j, const Model& m, Date today,
                     const std::vector<FunnelResult>& funnels) {
  Context c{j,
            m,
            today,
            funnels,
            {},
            std::vector<bool>(m.phases.size(), false),
            std::vector<std::size_t>(m.phases.size(), 0)};
  for (std::size_t i = 0; i < j.touchpoints.size(); ++i) {
    int mp = j.phases[j.touchpoints[i].phase].model_phase;
    if (mp < 0) continue;
    c.order.push_back(i);
    c.covered[mp] = true;
    ++c.phase_counts[mp];
  }
  std::stable_sort(c.order.begin(), c.order.end(), [&](std::size_t a, std::size_t b) {
    return j.phases[j.touchpoints[a].phase].model_phase <
           j.phases[j.touchpoints[b].phase].model_phase;
  });
  return c;
}

CheckResult result(const char* id, const char* category) {
  CheckResult r;
  r.id = id;
  r.category = category;
  return r;
}

CheckResult not_applicable(CheckResult r, std::string reason) {
  r.applicable = false;
  r.reason = std::move(reason);
  return r;
}

// --- coverage ---

CheckResult phase_coverage(const Context& c) {
  CheckResult r = result("phase-coverage", "coverage");
  std::size_t covered = std::count(c.covered.begin(), c.covered.end(), true);
  std::size_t total = c.m.phases.size();
  r.score = 10.0 * covered / std::max<std::size_t>(1, total);
  r.reason = translate_n("%1$s of %2$s phase has touchpoints",
                         "%1$s of %2$s phases have touchpoints", total, covered, total);
  for (std::size_t i = 0; i < total; ++i) {
    if (c.covered[i]) continue;
    int line = c.j.phases_present.span.line;
    for (const Phase& p : c.j.phases) {
      if (p.model_phase == static_cast<int>(i)) line = p.key.span.line;
    }
    r.details.push_back({line, translate("phase '%1$s' has no touchpoints", written(c, i))});
  }
  return r;
}

CheckResult post_purchase(const Context& c) {
  CheckResult r = result("post-purchase", "coverage");
  std::size_t total = 0, covered = 0;
  for (std::size_t i = 0; i < c.m.phases.size(); ++i) {
    if (c.m.phases[i].stage != Stage::post_purchase) continue;
    ++total;
    if (c.covered[i]) {
      ++covered;
    } else {
      r.details.push_back(
          {c.j.phases_present.span.line,
           translate("post-purchase phase '%1$s' has no touchpoints", written(c, i))});
    }
  }
  if (total == 0) {
    return not_applicable(r, translate("model '%1$s' has no post-purchase phase", c.m.id));
  }
  r.score = 10.0 * covered / total;
  r.reason = translate_n("%1$s of %2$s post-purchase phase covered",
                         "%1$s of %2$s post-purchase phases covered", total, covered, total);
  return r;
}

CheckResult channel_mix(const Context& c) {
  CheckResult r = result("channel-mix", "coverage");
  std::size_t applicable = 0, met = 0;
  for (std::size_t i = 0; i < c.m.phases.size(); ++i) {
    if (!c.covered[i] || c.m.phases[i].channels.size() < 2) continue;
    ++applicable;
    std::set<std::string> channels;
    int line = 0;
    for (std::size_t t : c.order) {
      const Touchpoint& tp = c.j.touchpoints[t];
      if (c.j.phases[tp.phase].model_phase != static_cast<int>(i)) continue;
      if (line == 0) line = c.j.phases[tp.phase].key.span.line;
      if (!tp.channel.value.empty()) channels.insert(tp.channel.value);
    }
    if (channels.size() >= 2) {
      ++met;
    } else {
      r.details.push_back(
          {line, channels.empty()
                     ? translate("phase '%1$s' uses no channel where the model expects several",
                                 written(c, i))
                     : translate("phase '%1$s' uses only '%2$s' where the model expects several",
                                 written(c, i), *channels.begin())});
    }
  }
  if (applicable == 0) return not_applicable(r, tr("no covered phase expects several channels"));
  r.score = 10.0 * met / applicable;
  r.reason =
      translate_n("%1$s of %2$s phase uses more than one channel",
                  "%1$s of %2$s phases use more than one channel", applicable, met, applicable);
  return r;
}

// --- experience ---

std::vector<std::size_t> with_emotion(const Context& c) {
  std::vector<std::size_t> out;
  for (std::size_t i : c.order) {
    if (!emotion_values(c.j.touchpoints[i]).empty()) out.push_back(i);
  }
  return out;
}

// Where a touchpoint's emotion stands in the file: the number, or the persona map.
int emotion_line(const Touchpoint& tp) {
  return tp.persona_emotions.present ? tp.persona_emotions.span.line : tp.emotion.span.line;
}

// Each persona's curve counts: a touchpoint with a map adds one value per persona.
CheckResult mean_emotion(const Context& c) {
  CheckResult r = result("mean-emotion", "experience");
  auto tps = with_emotion(c);
  if (tps.empty()) return not_applicable(r, tr("no touchpoint records an emotion"));
  double sum = 0;
  std::size_t values = 0;
  for (std::size_t i : tps) {
    for (int e : emotion_values(c.j.touchpoints[i])) {
      sum += e;
      ++values;
    }
  }
  double mean = sum / values;
  r.score = emotion_score(mean);
  r.reason = translate_n("mean emotion %1$s over %2$s touchpoint",
                         "mean emotion %1$s over %2$s touchpoints", tps.size(), decimal(mean, 2),
                         tps.size()) +
             (values > tps.size() ? translate(" (%1$s values, per persona)", values) : "");
  for (std::size_t i : tps) {
    const Touchpoint& tp = c.j.touchpoints[i];
    for (int e : emotion_values(tp)) {
      if (e <= 2)
        r.details.push_back({emotion_line(tp), translate("'%1$s' emotion %2$s", tp.id.value, e)});
    }
  }
  return r;
}

CheckResult lowest_emotion(const Context& c) {
  CheckResult r = result("lowest-emotion", "experience");
  auto tps = with_emotion(c);
  if (tps.empty()) return not_applicable(r, tr("no touchpoint records an emotion"));
  int lowest = 5;
  for (std::size_t i : tps) {
    for (int e : emotion_values(c.j.touchpoints[i])) lowest = std::min(lowest, e);
  }
  r.score = emotion_score(lowest);
  std::size_t n = 0;
  for (std::size_t i : tps) {
    const Touchpoint& tp = c.j.touchpoints[i];
    std::vector<int> values = emotion_values(tp);
    if (std::find(values.begin(), values.end(), lowest) == values.end()) continue;
    ++n;
    r.details.push_back(
        {emotion_line(tp), translate("'%1$s' is the low point (%2$s)", tp.id.value, lowest)});
  }
  r.reason = translate_n("lowest emotion %1$s at %2$s touchpoint",
                         "lowest emotion %1$s at %2$s touchpoints", n, lowest, n);
  return r;
}

// Per-phase experience, also shown as a table.
std::vector<PhaseExperience> phase_table(const Context& c) {
  std::vector<PhaseExperience> out;
  // Phases named in the messages' language (the journey's `lang: nl` unless --lang says otherwise:
  // "Zien", not "See"), as the reasons beside them are.
  Language language = message_language();
  for (std::size_t p = 0; p < c.m.phases.size(); ++p) {
    PhaseExperience row;
    row.phase = c.m.phases[p].name(language);
    double sum = 0;
    int n = 0;
    for (std::size_t i : c.order) {
      const Touchpoint& tp = c.j.touchpoints[i];
      if (c.j.phases[tp.phase].model_phase != static_cast<int>(p)) continue;
      ++row.touchpoints;
      row.pains += tp.pains.value.size();
      for (int e : emotion_values(tp)) {
        sum += e;
        ++n;
        row.lowest_emotion = std::min(row.lowest_emotion.value_or(5), e);
      }
    }
    if (n > 0) row.mean_emotion = sum / n;
    out.push_back(row);
  }
  return out;
}

CheckResult last_phase_emotion(const Context& c, const std::vector<PhaseExperience>& table) {
  CheckResult r = result("last-phase-emotion", "experience");
  for (std::size_t p = table.size(); p-- > 0;) {
    if (!table[p].mean_emotion) continue;
    r.score = emotion_score(*table[p].mean_emotion);
    r.reason = translate("mean emotion %1$s in the last phase with emotions, '%2$s'",
                         decimal(*table[p].mean_emotion, 2), written(c, p));
    return r;
  }
  return not_applicable(r, tr("no touchpoint records an emotion"));
}

CheckResult weakest_phase(const Context& c, const std::vector<PhaseExperience>& table) {
  CheckResult r = result("weakest-phase", "experience");
  std::optional<std::size_t> worst;
  for (std::size_t p = 0; p < table.size(); ++p) {
    if (table[p].mean_emotion && (!worst || *table[p].mean_emotion < *table[*worst].mean_emotion)) {
      worst = p;
    }
  }
  if (!worst) return not_applicable(r, tr("no touchpoint records an emotion"));
  r.score = emotion_score(*table[*worst].mean_emotion);
  r.reason = translate("phase '%1$s' has the lowest mean emotion, %2$s", written(c, *worst),
                       decimal(*table[*worst].mean_emotion, 2));
  return r;
}

// --- friction ---

// How much a pain weighs in friction: a blocker (the customer gives up) three times a plain pain,
// a workaround as much, a minor one half.
double pain_weight(const Pain& p) {
  if (!p.severity.usable()) return 1;
  switch (p.severity.value) {
    case PainSeverity::blocker:
      return 3;
    case PainSeverity::minor:
      return 0.5;
    case PainSeverity::workaround:
    case PainSeverity::unspecified:
      break;
  }
  return 1;
}

double pain_load(const Touchpoint& tp) {
  double load = 0;
  for (const Pain& p : tp.pains.value) load += pain_weight(p);
  return load;
}

CheckResult pains_per_touchpoint(const Context& c) {
  CheckResult r = result("pains-per-touchpoint", "friction");
  if (c.order.empty()) return not_applicable(r, tr("no touchpoints"));
  double load = 0;
  std::size_t pains = 0;
  for (std::size_t i : c.order) {
    const Touchpoint& tp = c.j.touchpoints[i];
    load += pain_load(tp);
    pains += tp.pains.value.size();
    if (pain_load(tp) >= 3) {
      std::size_t n = tp.pains.value.size();
      r.details.push_back({tp.pains.span.line, translate_n("'%1$s' has %2$s pain weighing %3$s",
                                                           "'%1$s' has %2$s pains weighing %3$s", n,
                                                           tp.id.value, n, number(pain_load(tp)))});
    }
  }
  double per = load / c.order.size();
  r.score = clamp10(10 * (1 - per / 3));
  r.reason = translate_n("%1$s weighted pains per touchpoint (%2$s pain weighing %3$s)",
                         "%1$s weighted pains per touchpoint (%2$s pains weighing %3$s)", pains,
                         decimal(per, 2), pains, number(load));
  return r;
}

CheckResult unaddressed_pains(const Context& c) {
  CheckResult r = result("unaddressed-pains", "friction");
  double load = 0, unaddressed = 0;
  for (std::size_t i : c.order) {
    const Touchpoint& tp = c.j.touchpoints[i];
    load += pain_load(tp);
    if (!tp.pains.value.empty() && tp.opportunities.value.empty()) {
      unaddressed += pain_load(tp);
      r.details.push_back(
          {tp.pains.span.line, translate("'%1$s' lists pains and no opportunity", tp.id.value)});
    }
  }
  if (load == 0) return not_applicable(r, tr("no pains recorded"));
  r.score = 10.0 * (load - unaddressed) / load;
  r.reason = translate("%1$s of %2$s weighted pains sit on a touchpoint with an opportunity",
                       number(load - unaddressed), number(load));
  return r;
}

// --- measurement ---

CheckResult kpi_coverage(const Context& c) {
  CheckResult r = result("kpi-coverage", "measurement");
  std::vector<bool> measured(c.m.phases.size(), false);
  for (const Kpi& k : c.j.kpis) {
    if (k.model_phase >= 0) measured[k.model_phase] = true;
  }
  std::size_t covered = 0, with_kpi = 0;
  for (std::size_t p = 0; p < c.m.phases.size(); ++p) {
    if (!c.covered[p]) continue;
    ++covered;
    if (measured[p]) {
      ++with_kpi;
    } else {
      r.details.push_back({c.j.kpis_present.present ? c.j.kpis_present.span.line : c.j.span.line,
                           translate("no KPI measures phase '%1$s'", written(c, p))});
    }
  }
  if (covered == 0) return not_applicable(r, tr("no phase has touchpoints"));
  r.score = 10.0 * with_kpi / covered;
  r.reason =
      translate_n("%1$s of %2$s phase with touchpoints has a KPI",
                  "%1$s of %2$s phases with touchpoints have a KPI", covered, with_kpi, covered);
  return r;
}

CheckResult kpi_completeness(const Context& c) {
  CheckResult r = result("kpi-completeness", "measurement");
  if (c.j.kpis.empty()) {
    r.score = 0;
    r.reason = tr("no KPIs");
    return r;
  }
  std::size_t complete = 0;
  for (const Kpi& k : c.j.kpis) {
    if (k.target.usable() && k.actual.usable()) {
      ++complete;
    } else {
      r.details.push_back(
          {k.span.line, k.target.usable() ? translate("KPI '%1$s' lacks an actual", k.id.value)
                        : k.actual.usable()
                            ? translate("KPI '%1$s' lacks a target", k.id.value)
                            : translate("KPI '%1$s' lacks a target and an actual", k.id.value)});
    }
  }
  r.score = 10.0 * complete / c.j.kpis.size();
  r.reason = translate_n("%1$s of %2$s KPI has both a target and an actual",
                         "%1$s of %2$s KPIs have both a target and an actual", c.j.kpis.size(),
                         complete, c.j.kpis.size());
  return r;
}

CheckResult kpi_on_target(const Context& c) {
  CheckResult r = result("kpi-on-target", "measurement");
  std::size_t judged = 0, met = 0;
  for (const Kpi& k : c.j.kpis) {
    if (!k.target.usable() || !k.actual.usable()) continue;
    ++judged;
    bool lower = k.lower_is_better.usable() && k.lower_is_better.value;
    bool ok = lower ? k.actual.value <= k.target.value : k.actual.value >= k.target.value;
    if (ok) {
      ++met;
    } else {
      r.details.push_back({k.actual.span.line,
                           translate("KPI '%1$s' is at %2$s against a target of %3$s", k.id.value,
                                     number(k.actual.value), number(k.target.value))});
    }
  }
  if (judged == 0) return not_applicable(r, tr("no KPI has both a target and an actual"));
  r.score = 10.0 * met / judged;
  r.reason = translate_n("%1$s of %2$s KPI meets its target", "%1$s of %2$s KPIs meet their target",
                         judged, met, judged);
  return r;
}

// From the first funnel with data: the worst step conversion along it, whatever the metrics are
// called.
CheckResult funnel_conversion(const Context& c, const FunnelResult& f) {
  CheckResult r = result("conversion", "measurement");
  const Funnel& funnel = c.j.funnels[f.funnel];
  const std::vector<FunnelStep>& steps = f.total.steps;
  r.score = 10;
  if (!f.total.biggest_leak) {
    r.reason = translate("no step of funnel %1$s loses users", funnel.id.value);
    return r;
  }
  const FunnelStep* worst = nullptr;
  std::size_t counted = 0;
  const Touchpoint* from = nullptr;
  const Touchpoint* worst_from = nullptr;
  for (const FunnelStep& s : steps) {
    if (!s.reached) continue;
    ++counted;
    if (from != nullptr && (worst == nullptr || s.conversion < worst->conversion)) {
      worst = &s;
      worst_from = from;
    }
    from = &c.j.touchpoints[s.touchpoint];
  }
  if (worst == nullptr) {
    return not_applicable(r, translate("funnel %1$s has one step", funnel.id.value));
  }
  const Touchpoint& to = c.j.touchpoints[worst->touchpoint];
  r.score = clamp10(10 * std::min(1.0, worst->conversion));
  r.reason = translate(
      "largest drop-off %1$s from '%2$s' to '%3$s' in funnel %4$s (%5$s counted "
      "steps)",
      percent(1 - std::min(1.0, worst->conversion)), worst_from->id.value, to.id.value,
      funnel.id.value, counted);
  r.details.push_back(
      {funnel.span.line, translate("conversion '%1$s' -> '%2$s' is %3$s", worst_from->id.value,
                                   to.id.value, percent(worst->conversion))});
  return r;
}

CheckResult conversion(const Context& c) {
  if (const FunnelResult* f = first_with_data(c.funnels)) return funnel_conversion(c, *f);
  CheckResult r = result("conversion", "measurement");
  std::vector<std::pair<std::size_t, double>> counted;  // touchpoint, count, in flow order
  for (std::size_t i : c.order) {
    if (auto n = count_metric(c.j.touchpoints[i])) counted.push_back({i, *n});
  }
  if (counted.size() < 2) {
    return not_applicable(r, tr("fewer than two touchpoints carry a count metric (visits, users, "
                                "orders, ...)"));
  }
  double worst = 1;
  std::size_t worst_step = 0;
  for (std::size_t k = 1; k < counted.size(); ++k) {
    double before = counted[k - 1].second, after = counted[k].second;
    double kept = before > 0 ? std::min(1.0, after / before) : 1.0;
    if (kept < worst) {
      worst = kept;
      worst_step = k;
    }
  }
  r.score = clamp10(10 * worst);
  if (worst_step == 0) {
    r.reason =
        translate("no step loses customers between the %1$s counted touchpoints", counted.size());
    return r;
  }
  const Touchpoint& from = c.j.touchpoints[counted[worst_step - 1].first];
  const Touchpoint& to = c.j.touchpoints[counted[worst_step].first];
  r.reason = translate("largest drop-off %1$s from '%2$s' to '%3$s' (%4$s counted touchpoints)",
                       percent(1 - worst), from.id.value, to.id.value, counted.size());
  r.details.push_back(
      {to.metrics.span.line, translate("conversion '%1$s' -> '%2$s' is %3$s", from.id.value,
                                       to.id.value, percent(worst))});
  return r;
}

// --- ownership ---

CheckResult owned_touchpoints(const Context& c) {
  CheckResult r = result("owned-touchpoints", "ownership");
  if (c.order.empty()) return not_applicable(r, tr("no touchpoints"));
  std::size_t owned = 0;
  for (std::size_t i : c.order) {
    const Touchpoint& tp = c.j.touchpoints[i];
    if (!tp.owner.value.empty()) {
      ++owned;
    } else {
      r.details.push_back({tp.span.line, translate("'%1$s' has no owner", tp.id.value)});
    }
  }
  r.score = 10.0 * owned / c.order.size();
  r.reason =
      translate_n("%1$s of %2$s touchpoint has an owner", "%1$s of %2$s touchpoints have an owner",
                  c.order.size(), owned, c.order.size());
  return r;
}

CheckResult documented_handoffs(const Context& c) {
  CheckResult r = result("documented-handoffs", "ownership");
  Flow flow = build_flow(c.j);
  std::size_t handoffs = 0, documented = 0;
  for (std::size_t i = 0; i < c.j.touchpoints.size(); ++i) {
    const Touchpoint& tp = c.j.touchpoints[i];
    if (tp.owner.value.empty()) continue;
    for (std::size_t k : flow.next[i]) {
      const Touchpoint& to = c.j.touchpoints[k];
      if (to.owner.value.empty() || to.owner.value == tp.owner.value) continue;
      ++handoffs;
      if (!tp.handoff.value.empty()) {
        ++documented;
      } else {
        r.details.push_back({tp.owner.span.line,
                             translate("'%1$s' (%2$s) -> '%3$s' (%4$s) has no handoff", tp.id.value,
                                       tp.owner.value, to.id.value, to.owner.value)});
      }
    }
  }
  if (handoffs == 0) return not_applicable(r, tr("the owner never changes along the flow"));
  r.score = 10.0 * documented / handoffs;
  r.reason =
      translate_n("%1$s of %2$s owner handoff is documented",
                  "%1$s of %2$s owner handoffs are documented", handoffs, documented, handoffs);
  return r;
}

// --- freshness ---

CheckResult review_age(const Context& c) {
  CheckResult r = result("review-age", "freshness");
  Date reviewed;
  if (!c.j.reviewed.usable() || !Date::parse(c.j.reviewed.value, reviewed)) {
    r.score = 0;
    r.reason = tr("the map does not say when it was reviewed");
    r.details.push_back({c.j.span.line, tr("add 'reviewed: YYYY-MM-DD'")});
    return r;
  }
  long age = c.today.days_since_epoch() - reviewed.days_since_epoch();
  if (age < 0) {
    r.score = 0;
    r.reason = translate("the review date %1$s is in the future", c.j.reviewed.value);
    r.details.push_back({c.j.reviewed.span.line, translate("reviewed %1$s", c.j.reviewed.value)});
    return r;
  }
  // Full marks for a quarter, nothing after a year, linear in between.
  r.score = age <= 90 ? 10 : clamp10(10.0 * (365 - age) / (365 - 90));
  r.reason = translate_n("reviewed %1$s day ago (%2$s)", "reviewed %1$s days ago (%2$s)",
                         static_cast<unsigned long>(std::max(0L, age)), std::max(0L, age),
                         c.j.reviewed.value);
  if (age > 90) {
    r.details.push_back({c.j.reviewed.span.line, translate("reviewed %1$s", c.j.reviewed.value)});
  }
  return r;
}

// --- personas ---

CheckResult persona_depth(const Context& c) {
  CheckResult r = result("persona-depth", "personas");
  if (c.j.personas.empty()) {
    r.score = 0;
    r.reason = tr("no personas");
    return r;
  }
  double sum = 0;
  for (const Persona& p : c.j.personas) {
    // description 2, goals 3, frustrations or needs 3, channels 2
    double points = (p.description.value.empty() ? 0 : 2) + (p.goals.value.empty() ? 0 : 3) +
                    (p.frustrations.value.empty() && p.needs.value.empty() ? 0 : 3) +
                    (p.channels.value.empty() ? 0 : 2);
    sum += points;
    if (points < 10) {
      // The persona's keys that are missing, as written in the file (never empty here).
      std::string missing;
      if (p.description.value.empty()) missing += " description";
      if (p.goals.value.empty()) missing += " goals";
      if (p.frustrations.value.empty() && p.needs.value.empty()) missing += " frustrations/needs";
      if (p.channels.value.empty()) missing += " channels";
      // TRANSLATORS: %2$s lists the persona's missing keys as written in the file ("description
      // goals channels"); they stay in English.
      r.details.push_back({journey_span(p).line,
                           translate("persona '%1$s' lacks %2$s", p.id.value, missing.substr(1))});
    }
  }
  r.score = sum / c.j.personas.size();
  std::size_t personas = c.j.personas.size();
  r.reason = translate_n(
      "%1$s persona, %2$s of 10 points on average for description, goals, frustrations and "
      "channels",
      "%1$s personas, %2$s of 10 points on average for description, goals, frustrations and "
      "channels",
      personas, personas, decimal(r.score, 1));
  return r;
}

}  // namespace

const std::vector<CheckInfo>& score_checks() {
  static const std::vector<CheckInfo> checks = {
      {"phase-coverage", "coverage", noop_tr("share of the model's phases with touchpoints")},
      {"post-purchase", "coverage", noop_tr("share of the model's post-purchase phases covered")},
      {"channel-mix", "coverage",
       noop_tr("phases that use more than one channel where the model expects several")},
      {"mean-emotion", "experience",
       noop_tr("mean emotion over all touchpoints (every persona's value where emotions are per "
               "persona)")},
      {"lowest-emotion", "experience",
       noop_tr("the lowest emotion in the journey, of any persona")},
      {"last-phase-emotion", "experience",
       noop_tr("mean emotion in the last phase that records emotions")},
      {"weakest-phase", "experience", noop_tr("the lowest per-phase mean emotion")},
      {"pains-per-touchpoint", "friction",
       noop_tr("weighted pains per touchpoint (a blocker weighs 3, a minor pain 0.5; 3 or more "
               "scores 0)")},
      {"unaddressed-pains", "friction",
       noop_tr("share of weighted pains on touchpoints with an opportunity")},
      {"kpi-coverage", "measurement", noop_tr("share of covered phases with a KPI")},
      {"kpi-completeness", "measurement", noop_tr("share of KPIs with both target and actual")},
      {"kpi-on-target", "measurement", noop_tr("share of KPIs meeting their target")},
      {"conversion", "measurement",
       noop_tr(
           "the largest drop-off along the first funnel with data, else between touchpoints with "
           "count metrics")},
      {"owned-touchpoints", "ownership", noop_tr("share of touchpoints with an owner")},
      {"documented-handoffs", "ownership",
       noop_tr("share of owner changes with a documented handoff")},
      {"review-age", "freshness", noop_tr("days since 'reviewed': 10 up to 90 days, 0 from 365")},
      {"persona-depth", "personas",
       noop_tr("description, goals, frustrations and channels per persona")},
  };
  return checks;
}

std::vector<CheckResult> run_checks(const Journey& j, const Model& m, Date today,
                                    const std::vector<FunnelResult>& funnels,
                                    std::vector<PhaseExperience>& phases) {
  Context c = make_context(j, m, today, funnels);
  phases = phase_table(c);
  return {phase_coverage(c),
          post_purchase(c),
          channel_mix(c),
          mean_emotion(c),
          lowest_emotion(c),
          last_phase_emotion(c, phases),
          weakest_phase(c, phases),
          pains_per_touchpoint(c),
          unaddressed_pains(c),
          kpi_coverage(c),
          kpi_completeness(c),
          kpi_on_target(c),
          conversion(c),
          owned_touchpoints(c),
          documented_handoffs(c),
          review_age(c),
          persona_depth(c)};
}

}  // namespace journey
