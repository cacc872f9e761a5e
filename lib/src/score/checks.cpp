// SPDX-License-Identifier: Apache-2.0
// The scorecard checks. Each returns a score 0..10 with a reason and the elements that cost
// points, or "not applicable" when the map gives nothing to judge. See docs/scoring.md.
#include <algorithm>
#include <cmath>
#include <cstdio>
#include <set>
#include "journey/numbers.hpp"

#include "journey/flow.hpp"
#include "journey/score.hpp"
#include "journey/words.hpp"

namespace journey {

namespace {

std::string percent(double share) {
  return format_fixed(share * 100, 0) + "%";
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

std::string name_of(const Touchpoint& tp) {
  return "'" + tp.id.value + "'";
}

// --- coverage ---

CheckResult phase_coverage(const Context& c) {
  CheckResult r = result("phase-coverage", "coverage");
  std::size_t covered = std::count(c.covered.begin(), c.covered.end(), true);
  std::size_t total = c.m.phases.size();
  r.score = 10.0 * covered / std::max<std::size_t>(1, total);
  r.reason = std::to_string(covered) + " of " + std::to_string(total) + " phases have touchpoints";
  for (std::size_t i = 0; i < total; ++i) {
    if (c.covered[i]) continue;
    int line = c.j.phases_present.span.line;
    for (const Phase& p : c.j.phases) {
      if (p.model_phase == static_cast<int>(i)) line = p.key.span.line;
    }
    r.details.push_back({line, "phase '" + c.m.phases[i].id + "' has no touchpoints"});
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
      r.details.push_back({c.j.phases_present.span.line,
                           "post-purchase phase '" + c.m.phases[i].id + "' has no touchpoints"});
    }
  }
  if (total == 0) return not_applicable(r, "model '" + c.m.id + "' has no post-purchase phase");
  r.score = 10.0 * covered / total;
  r.reason =
      std::to_string(covered) + " of " + std::to_string(total) + " post-purchase phases covered";
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
      r.details.push_back({line, "phase '" + c.m.phases[i].id + "' uses " +
                                     (channels.empty() ? std::string("no channel")
                                                       : "only '" + *channels.begin() + "'") +
                                     " where the model expects several"});
    }
  }
  if (applicable == 0) return not_applicable(r, "no covered phase expects several channels");
  r.score = 10.0 * met / applicable;
  r.reason = std::to_string(met) + " of " + std::to_string(applicable) +
             " phases use more than one channel";
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
  if (tps.empty()) return not_applicable(r, "no touchpoint records an emotion");
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
  r.reason = "mean emotion " + format_fixed(mean, 2) + " over " + std::to_string(tps.size()) +
             " touchpoints" +
             (values > tps.size() ? " (" + std::to_string(values) + " values, per persona)" : "");
  for (std::size_t i : tps) {
    const Touchpoint& tp = c.j.touchpoints[i];
    for (int e : emotion_values(tp)) {
      if (e <= 2)
        r.details.push_back({emotion_line(tp), name_of(tp) + " emotion " + std::to_string(e)});
    }
  }
  return r;
}

CheckResult lowest_emotion(const Context& c) {
  CheckResult r = result("lowest-emotion", "experience");
  auto tps = with_emotion(c);
  if (tps.empty()) return not_applicable(r, "no touchpoint records an emotion");
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
        {emotion_line(tp), name_of(tp) + " is the low point (" + std::to_string(lowest) + ")"});
  }
  r.reason = "lowest emotion " + std::to_string(lowest) + " at " +
             count_of(n, "touchpoint", "touchpoints");
  return r;
}

// Per-phase experience, also shown as a table.
std::vector<PhaseExperience> phase_table(const Context& c) {
  std::vector<PhaseExperience> out;
  // Phases named in the journey's language (`lang: nl`: "Zien", not "See"), as its pictures are.
  Language language = Language::en;
  parse_language(c.j.lang.value, language);
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
    r.reason = "mean emotion " + format_fixed(*table[p].mean_emotion, 2) +
               " in the last phase with "
               "emotions, '" +
               c.m.phases[p].id + "'";
    return r;
  }
  return not_applicable(r, "no touchpoint records an emotion");
}

CheckResult weakest_phase(const Context& c, const std::vector<PhaseExperience>& table) {
  CheckResult r = result("weakest-phase", "experience");
  std::optional<std::size_t> worst;
  for (std::size_t p = 0; p < table.size(); ++p) {
    if (table[p].mean_emotion && (!worst || *table[p].mean_emotion < *table[*worst].mean_emotion)) {
      worst = p;
    }
  }
  if (!worst) return not_applicable(r, "no touchpoint records an emotion");
  r.score = emotion_score(*table[*worst].mean_emotion);
  r.reason = "phase '" + c.m.phases[*worst].id + "' has the lowest mean emotion, " +
             format_fixed(*table[*worst].mean_emotion, 2);
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
  if (c.order.empty()) return not_applicable(r, "no touchpoints");
  double load = 0;
  std::size_t pains = 0;
  for (std::size_t i : c.order) {
    const Touchpoint& tp = c.j.touchpoints[i];
    load += pain_load(tp);
    pains += tp.pains.value.size();
    if (pain_load(tp) >= 3) {
      r.details.push_back(
          {tp.pains.span.line, name_of(tp) + " has " +
                                   count_of(tp.pains.value.size(), "pain", "pains") + " weighing " +
                                   format_number(pain_load(tp))});
    }
  }
  double per = load / c.order.size();
  r.score = clamp10(10 * (1 - per / 3));
  r.reason = format_fixed(per, 2) + " weighted pains per touchpoint (" +
             count_of(pains, "pain", "pains") + " weighing " + format_number(load) + ")";
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
      r.details.push_back({tp.pains.span.line, name_of(tp) + " lists pains and no opportunity"});
    }
  }
  if (load == 0) return not_applicable(r, "no pains recorded");
  r.score = 10.0 * (load - unaddressed) / load;
  r.reason = format_number(load - unaddressed) + " of " + format_number(load) +
             " weighted pains sit on a touchpoint with an opportunity";
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
                           "no KPI measures phase '" + c.m.phases[p].id + "'"});
    }
  }
  if (covered == 0) return not_applicable(r, "no phase has touchpoints");
  r.score = 10.0 * with_kpi / covered;
  r.reason = std::to_string(with_kpi) + " of " + std::to_string(covered) +
             " phases with touchpoints have a KPI";
  return r;
}

CheckResult kpi_completeness(const Context& c) {
  CheckResult r = result("kpi-completeness", "measurement");
  if (c.j.kpis.empty()) {
    r.score = 0;
    r.reason = "no KPIs";
    return r;
  }
  std::size_t complete = 0;
  for (const Kpi& k : c.j.kpis) {
    if (k.target.usable() && k.actual.usable()) {
      ++complete;
    } else {
      r.details.push_back({k.span.line, "KPI '" + k.id.value + "' lacks " +
                                            (k.target.usable()   ? "an actual"
                                             : k.actual.usable() ? "a target"
                                                                 : "a target and an actual")});
    }
  }
  r.score = 10.0 * complete / c.j.kpis.size();
  r.reason = std::to_string(complete) + " of " + std::to_string(c.j.kpis.size()) +
             " KPIs have both a target and an actual";
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
      char text[160];
      std::snprintf(text, sizeof text, "KPI '%s' is at %g against a target of %g",
                    k.id.value.c_str(), k.actual.value, k.target.value);
      r.details.push_back({k.actual.span.line, text});
    }
  }
  if (judged == 0) return not_applicable(r, "no KPI has both a target and an actual");
  r.score = 10.0 * met / judged;
  r.reason = std::to_string(met) + " of " + std::to_string(judged) + " KPIs meet their target";
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
    r.reason = "no step of funnel " + funnel.id.value + " loses users";
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
  if (worst == nullptr) return not_applicable(r, "funnel " + funnel.id.value + " has one step");
  const Touchpoint& to = c.j.touchpoints[worst->touchpoint];
  r.score = clamp10(10 * std::min(1.0, worst->conversion));
  r.reason = "largest drop-off " + percent(1 - std::min(1.0, worst->conversion)) + " from " +
             name_of(*worst_from) + " to " + name_of(to) + " in funnel " + funnel.id.value + " (" +
             std::to_string(counted) + " counted steps)";
  r.details.push_back({funnel.span.line, "conversion " + name_of(*worst_from) + " -> " +
                                             name_of(to) + " is " + percent(worst->conversion)});
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
    return not_applicable(r,
                          "fewer than two touchpoints carry a count metric (visits, users, "
                          "orders, ...)");
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
    r.reason = "no step loses customers between the " + std::to_string(counted.size()) +
               " counted touchpoints";
    return r;
  }
  const Touchpoint& from = c.j.touchpoints[counted[worst_step - 1].first];
  const Touchpoint& to = c.j.touchpoints[counted[worst_step].first];
  r.reason = "largest drop-off " + percent(1 - worst) + " from " + name_of(from) + " to " +
             name_of(to) + " (" + std::to_string(counted.size()) + " counted touchpoints)";
  r.details.push_back({to.metrics.span.line, "conversion " + name_of(from) + " -> " + name_of(to) +
                                                 " is " + percent(worst)});
  return r;
}

// --- ownership ---

CheckResult owned_touchpoints(const Context& c) {
  CheckResult r = result("owned-touchpoints", "ownership");
  if (c.order.empty()) return not_applicable(r, "no touchpoints");
  std::size_t owned = 0;
  for (std::size_t i : c.order) {
    const Touchpoint& tp = c.j.touchpoints[i];
    if (!tp.owner.value.empty()) {
      ++owned;
    } else {
      r.details.push_back({tp.span.line, name_of(tp) + " has no owner"});
    }
  }
  r.score = 10.0 * owned / c.order.size();
  r.reason = std::to_string(owned) + " of " + std::to_string(c.order.size()) +
             " touchpoints have an owner";
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
        r.details.push_back({tp.owner.span.line, name_of(tp) + " (" + tp.owner.value + ") -> " +
                                                     name_of(to) + " (" + to.owner.value +
                                                     ") has no handoff"});
      }
    }
  }
  if (handoffs == 0) return not_applicable(r, "the owner never changes along the flow");
  r.score = 10.0 * documented / handoffs;
  r.reason = std::to_string(documented) + " of " + std::to_string(handoffs) +
             " owner handoffs are documented";
  return r;
}

// --- freshness ---

CheckResult review_age(const Context& c) {
  CheckResult r = result("review-age", "freshness");
  Date reviewed;
  if (!c.j.reviewed.usable() || !Date::parse(c.j.reviewed.value, reviewed)) {
    r.score = 0;
    r.reason = "the map does not say when it was reviewed";
    r.details.push_back({c.j.span.line, "add 'reviewed: YYYY-MM-DD'"});
    return r;
  }
  long age = c.today.days_since_epoch() - reviewed.days_since_epoch();
  if (age < 0) {
    r.score = 0;
    r.reason = "the review date " + c.j.reviewed.value + " is in the future";
    r.details.push_back({c.j.reviewed.span.line, "reviewed " + c.j.reviewed.value});
    return r;
  }
  // Full marks for a quarter, nothing after a year, linear in between.
  r.score = age <= 90 ? 10 : clamp10(10.0 * (365 - age) / (365 - 90));
  r.reason =
      "reviewed " + std::to_string(std::max(0L, age)) + " days ago (" + c.j.reviewed.value + ")";
  if (age > 90) r.details.push_back({c.j.reviewed.span.line, "reviewed " + c.j.reviewed.value});
  return r;
}

// --- personas ---

CheckResult persona_depth(const Context& c) {
  CheckResult r = result("persona-depth", "personas");
  if (c.j.personas.empty()) {
    r.score = 0;
    r.reason = "no personas";
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
      std::string missing;
      if (p.description.value.empty()) missing += " description";
      if (p.goals.value.empty()) missing += " goals";
      if (p.frustrations.value.empty() && p.needs.value.empty()) missing += " frustrations/needs";
      if (p.channels.value.empty()) missing += " channels";
      r.details.push_back({journey_span(p).line, "persona '" + p.id.value + "' lacks" + missing});
    }
  }
  r.score = sum / c.j.personas.size();
  r.reason = count_of(c.j.personas.size(), "persona", "personas") + ", " +
             format_fixed(r.score, 1) +
             " of 10 points on average for description, goals, frustrations and channels";
  return r;
}

}  // namespace

const std::vector<CheckInfo>& score_checks() {
  static const std::vector<CheckInfo> checks = {
      {"phase-coverage", "coverage", "share of the model's phases with touchpoints"},
      {"post-purchase", "coverage", "share of the model's post-purchase phases covered"},
      {"channel-mix", "coverage",
       "phases that use more than one channel where the model expects several"},
      {"mean-emotion", "experience",
       "mean emotion over all touchpoints (every persona's value where emotions are per persona)"},
      {"lowest-emotion", "experience", "the lowest emotion in the journey, of any persona"},
      {"last-phase-emotion", "experience", "mean emotion in the last phase that records emotions"},
      {"weakest-phase", "experience", "the lowest per-phase mean emotion"},
      {"pains-per-touchpoint", "friction",
       "weighted pains per touchpoint (a blocker weighs 3, a minor pain 0.5; 3 or more scores 0)"},
      {"unaddressed-pains", "friction",
       "share of weighted pains on touchpoints with an opportunity"},
      {"kpi-coverage", "measurement", "share of covered phases with a KPI"},
      {"kpi-completeness", "measurement", "share of KPIs with both target and actual"},
      {"kpi-on-target", "measurement", "share of KPIs meeting their target"},
      {"conversion", "measurement",
       "the largest drop-off along the first funnel with data, else between touchpoints with "
       "count metrics"},
      {"owned-touchpoints", "ownership", "share of touchpoints with an owner"},
      {"documented-handoffs", "ownership", "share of owner changes with a documented handoff"},
      {"review-age", "freshness", "days since 'reviewed': 10 up to 90 days, 0 from 365"},
      {"persona-depth", "personas", "description, goals, frustrations and channels per persona"},
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
