// SPDX-License-Identifier: Apache-2.0
// Computing a funnel from its exports: export steps matched to touchpoints, the counts of every
// slice (all users, each segment, each period) laid along the funnel's steps.
#include <algorithm>
#include <set>
#include <unordered_map>

#include "export_builder.hpp"

namespace journey {

namespace {

using funnel::fold;
using funnel::step_key;

// Count metrics, English and Dutch (issue 21: `bezoeken`, `betalingen`, `klikken`).
const std::set<std::string> k_count_metrics = {
    "visits",     "visitors",     "users",        "sessions",     "views",       "impressions",
    "reach",      "clicks",       "sent",         "opens",        "signups",     "carts",
    "orders",     "purchases",    "installs",     "leads",        "tickets",     "calls",
    "held",       "referrals",    "count",        "bezoeken",     "bezoekers",   "gebruikers",
    "sessies",    "weergaven",    "impressies",   "bereik",       "klikken",     "verzonden",
    "geopend",    "aanmeldingen", "winkelwagens", "bestellingen", "aankopen",    "installaties",
    "betalingen", "payments",     "aantal",       "gesprekken",   "verwijzingen"};

// Touchpoints in flow order: phases in model order (unbound ones after, in file order), each
// phase's touchpoints in file order.
std::vector<std::size_t> flow_order(const Journey& j) {
  std::vector<std::size_t> phases(j.phases.size());
  for (std::size_t i = 0; i < phases.size(); ++i) phases[i] = i;
  std::stable_sort(phases.begin(), phases.end(), [&](std::size_t a, std::size_t b) {
    auto rank = [&](std::size_t p) {
      int m = j.phases[p].model_phase;
      return m < 0 ? static_cast<long>(j.phases.size()) + 1000 : static_cast<long>(m);
    };
    return rank(a) < rank(b);
  });
  std::vector<std::size_t> order;
  for (std::size_t p : phases) {
    for (std::size_t t : j.phases[p].touchpoints) order.push_back(t);
  }
  return order;
}

// Which touchpoint claims an export's step name: by `events:`, else by id, else by name.
class Claims {
 public:
  explicit Claims(const Journey& j) {
    for (std::size_t i = 0; i < j.touchpoints.size(); ++i) {
      const Touchpoint& tp = j.touchpoints[i];
      for (const Text& e : tp.events.value) by_event_.emplace(step_key(e.value), i);
      if (tp.id.usable()) by_id_.emplace(step_key(tp.id.value), i);
      if (tp.name.usable()) by_name_.emplace(step_key(tp.name.value), i);
    }
  }
  std::optional<std::size_t> owner(const std::string& name) const {
    std::string key = step_key(name);
    for (const auto* map : {&by_event_, &by_id_, &by_name_}) {
      auto it = map->find(key);
      if (it != map->end()) return it->second;
    }
    return std::nullopt;
  }

 private:
  std::unordered_map<std::string, std::size_t> by_event_, by_id_, by_name_;
};

std::vector<std::size_t> declared_steps(const Journey& j, const Funnel& f, const Flow& flow) {
  std::vector<std::size_t> steps;
  if (f.steps.present) {
    for (const Text& id : f.steps.value) {
      auto it = flow.by_id.find(id.value);
      if (it != flow.by_id.end() && steps.size() < k_max_funnel_steps) steps.push_back(it->second);
    }
    return steps;
  }
  std::vector<std::size_t> order = flow_order(j);
  for (std::size_t t : order) {
    if (!j.touchpoints[t].events.value.empty()) steps.push_back(t);
  }
  if (steps.empty()) steps = order;
  if (steps.size() > k_max_funnel_steps) steps.resize(k_max_funnel_steps);
  return steps;
}

// The data of one step: the first export step its touchpoint claims.
struct StepData {
  const ExportStep* step = nullptr;
  const FunnelExport* from = nullptr;
};

struct Slice {
  std::string segment, period;
};

// A step's count in a slice: the count written for it, else the sum of the finer ones (periods
// of a segment, segments of a period, or everything for all users), the time weighted by users.
std::optional<ExportCount> count_in(const ExportStep& s, const Slice& slice) {
  for (const ExportCount& c : s.counts) {
    if (c.segment == slice.segment && c.period == slice.period) return c;
  }
  bool any_all_users = std::any_of(s.counts.begin(), s.counts.end(),
                                   [](const ExportCount& c) { return c.segment.empty(); });
  std::optional<ExportCount> sum;
  double timed = 0, weight = 0;
  for (const ExportCount& c : s.counts) {
    bool fits =
        slice.segment.empty() ? (!any_all_users || c.segment.empty()) : c.segment == slice.segment;
    fits = fits && (slice.period.empty() || c.period == slice.period);
    if (!fits) continue;
    if (!sum) {
      sum = c;
      sum->count = 0;
      sum->segment = slice.segment;
      sum->period = slice.period;
    }
    sum->count += c.count;
    if (c.seconds) {
      timed += *c.seconds * c.count;
      weight += c.count;
    }
  }
  if (sum) sum->seconds = weight > 0 ? std::optional<double>(timed / weight) : std::nullopt;
  return sum;
}

void add_phases(const Journey& j, FunnelSeries& s) {
  for (std::size_t i = 0; i < s.steps.size(); ++i) {
    std::size_t phase = j.touchpoints[s.steps[i].touchpoint].phase;
    if (s.phases.empty() || s.phases.back().phase != phase) s.phases.push_back({phase, i, i});
    FunnelPhase& p = s.phases.back();
    p.last = i;
    if (!s.steps[i].reached) continue;
    if (p.entered == 0 && (i == p.first || !s.steps[p.first].reached)) {
      p.entered = *s.steps[i].reached;
    }
    p.left = *s.steps[i].reached;
  }
  for (FunnelPhase& p : s.phases) p.conversion = p.entered > 0 ? p.left / p.entered : 1;
}

FunnelSeries series(const Journey& j, const std::vector<std::size_t>& steps,
                    const std::vector<StepData>& data, const Slice& slice) {
  FunnelSeries s;
  s.segment = slice.segment;
  s.period = slice.period;
  std::optional<double> before, top;
  for (std::size_t i = 0; i < steps.size(); ++i) {
    FunnelStep step;
    step.touchpoint = steps[i];
    if (data[i].step != nullptr) {
      if (auto c = count_in(*data[i].step, slice)) {
        step.reached = c->count;
        step.seconds = c->seconds;
        step.span = c->span;
        step.file = data[i].from->file;
      }
    }
    if (step.reached) {
      double n = *step.reached;
      if (!top) top = n;
      step.cumulative = *top > 0 ? n / *top : 0;
      if (before) {
        step.conversion = *before > 0 ? n / *before : 0;
        step.drop_off = *before - n;
        step.drop_share = *before > 0 ? step.drop_off / *before : 0;
        if (step.drop_off > 0 &&
            (!s.biggest_leak || step.drop_off > s.steps[*s.biggest_leak].drop_off)) {
          s.biggest_leak = i;
        }
      }
      before = n;
    }
    s.steps.push_back(step);
  }
  add_phases(j, s);
  return s;
}

}  // namespace

bool is_count_metric(const std::string& name) {
  std::string n = fold(name);
  return k_count_metrics.count(n) > 0 ||
         (n.size() > 6 && n.compare(n.size() - 6, 6, "_count") == 0) ||
         (n.size() > 7 && n.compare(n.size() - 7, 7, "_aantal") == 0);
}

const FunnelResult* first_with_data(const std::vector<FunnelResult>& funnels) {
  for (const FunnelResult& r : funnels) {
    if (r.has_data()) return &r;
  }
  return nullptr;
}

bool FunnelResult::has_data() const {
  return std::any_of(total.steps.begin(), total.steps.end(),
                     [](const FunnelStep& s) { return s.reached.has_value(); });
}

EventSteps event_steps(const Journey& j, const Funnel& f, const Flow& flow) {
  EventSteps out;
  out.window_seconds = f.window_seconds;
  out.closed = f.is_closed();
  for (std::size_t t : declared_steps(j, f, flow)) {
    const Touchpoint& tp = j.touchpoints[t];
    std::vector<std::string> names;
    for (const Text& e : tp.events.value) names.push_back(fold(e.value));
    if (names.empty()) {
      if (tp.id.usable()) names.push_back(fold(tp.id.value));
      if (tp.name.usable()) names.push_back(fold(tp.name.value));
    }
    out.events.push_back(std::move(names));
  }
  return out;
}

std::vector<std::size_t> funnel_steps(const Journey& j, const Funnel& f, const Flow& flow,
                                      const std::vector<FunnelExport>& exports) {
  if (f.steps.present) return declared_steps(j, f, flow);
  Claims claims(j);
  std::set<std::size_t> claimed;
  for (const FunnelExport& e : exports) {
    for (const ExportStep& s : e.steps) {
      auto owner = claims.owner(s.name);
      if (owner && !s.counts.empty()) claimed.insert(*owner);
    }
  }
  std::vector<std::size_t> steps;
  for (std::size_t t : flow_order(j)) {
    if (claimed.count(t) && steps.size() < k_max_funnel_steps) steps.push_back(t);
  }
  return steps;
}

FunnelResult compute_funnel(const Journey& j, std::size_t index, const Flow& flow,
                            const std::vector<FunnelExport>& exports) {
  FunnelResult result;
  result.funnel = index;
  std::vector<std::size_t> steps = funnel_steps(j, j.funnels[index], flow, exports);
  Claims claims(j);
  std::vector<StepData> data(steps.size());
  std::set<std::string> segments, periods;
  for (const FunnelExport& e : exports) {
    for (const ExportStep& s : e.steps) {
      auto owner = claims.owner(s.name);
      if (!owner) {
        result.unclaimed.push_back({s.name, e.file, s.span});
        continue;
      }
      auto at = std::find(steps.begin(), steps.end(), *owner);
      if (at == steps.end() || data[at - steps.begin()].step != nullptr) continue;
      data[at - steps.begin()] = {&s, &e};
      for (const ExportCount& c : s.counts) {
        if (!c.segment.empty() && segments.size() < k_max_funnel_segments) {
          segments.insert(c.segment);
        }
        if (!c.period.empty() && periods.size() < k_max_funnel_segments) periods.insert(c.period);
      }
    }
  }
  result.total = series(j, steps, data, {});
  for (const std::string& s : segments) result.segments.push_back(series(j, steps, data, {s, ""}));
  for (const std::string& p : periods) result.periods.push_back(series(j, steps, data, {"", p}));
  return result;
}

}  // namespace journey
