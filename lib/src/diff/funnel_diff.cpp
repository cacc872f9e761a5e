// SPDX-License-Identifier: Apache-2.0
// The funnels of two versions: a funnel declared or dropped, and a step whose conversion (users
// going on from the step before, over the whole export) fell or rose, as each version's exports
// give it. A fall is a regression: fewer customers get through that step.
#include <cmath>

#include "funnel_diff.hpp"
#include "journey/messages.hpp"
#include "journey/numbers.hpp"
#include "make_change.hpp"

namespace journey::diff_detail {

namespace {

const FunnelResult* result_of(const DiffSide& side, std::size_t funnel) {
  if (side.funnels == nullptr) return nullptr;
  for (const FunnelResult& r : *side.funnels) {
    if (r.funnel == funnel) return &r;
  }
  return nullptr;
}

const FunnelStep* step_named(const Journey& j, const FunnelSeries& s, const std::string& id) {
  for (const FunnelStep& step : s.steps) {
    if (j.touchpoints[step.touchpoint].id.value == id && step.reached) return &step;
  }
  return nullptr;
}

// A step's conversion must move by a percentage point or more to count: less is noise between
// two exports.
constexpr long k_least_change = 10;  // tenths of a percentage point

// Conversions as shown (one decimal of a percentage), so that a change means a shown change.
long tenths(double share) {
  return std::lround(share * 1000);
}

std::string percent(long tenths) {
  return format_fixed(static_cast<double>(tenths) / 10, 1) + "%";
}

// The same in a message, with the reader's decimal mark ("12,5%" in Dutch).
std::string shown_percent(long tenths) {
  return decimal(static_cast<double>(tenths) / 10, 1) + "%";
}

// Each step of the new funnel that the old one measured too, after its first.
void compare_steps(const DiffSide& a, const DiffSide& b, std::size_t old_index,
                   std::size_t new_index, std::vector<Change>& out) {
  const FunnelResult* x = result_of(a, old_index);
  const FunnelResult* y = result_of(b, new_index);
  if (x == nullptr || y == nullptr) return;
  const Funnel& f = b.journey->funnels[new_index];
  const Funnel& o = a.journey->funnels[old_index];
  for (std::size_t k = 1; k < y->total.steps.size(); ++k) {
    const FunnelStep& now = y->total.steps[k];
    if (!now.reached) continue;
    const std::string& id = b.journey->touchpoints[now.touchpoint].id.value;
    const FunnelStep* before = step_named(*a.journey, x->total, id);
    if (before == nullptr || before == &x->total.steps.front()) continue;
    long from = tenths(before->conversion), to = tenths(now.conversion);
    if (std::labs(to - from) < k_least_change) continue;
    double points = static_cast<double>(to - from) / 10;
    std::string message = translate("funnel '%1$s' step '%2$s' conversion %3$s -> %4$s (%5$s pt)",
                                    f.id.value, id, shown_percent(from), shown_percent(to),
                                    (points > 0 ? "+" : "") + decimal(points, 1));
    out.push_back(make_change(to < from ? "funnel-conversion-fell" : "funnel-conversion-rose",
                              "funnels[id=" + f.id.value + "].steps[id=" + id + "]", o.span.line,
                              f.span.line, percent(from), percent(to), message));
  }
}

}  // namespace

void diff_funnels(const DiffSide& a, const DiffSide& b, std::vector<Change>& out) {
  if (a.journey == nullptr || b.journey == nullptr) return;
  const std::vector<Funnel>& old_funnels = a.journey->funnels;
  const std::vector<Funnel>& new_funnels = b.journey->funnels;
  for (std::size_t i = 0; i < new_funnels.size(); ++i) {
    const Funnel& f = new_funnels[i];
    std::size_t j = 0;
    while (j < old_funnels.size() && old_funnels[j].id.value != f.id.value) ++j;
    if (j == old_funnels.size()) {
      out.push_back(make_change("funnel-added", "funnels[id=" + f.id.value + "]", 0, f.span.line,
                                "", f.id.value, translate("funnel '%1$s' added", f.id.value)));
      continue;
    }
    compare_steps(a, b, j, i, out);
  }
  for (const Funnel& o : old_funnels) {
    bool kept = false;
    for (const Funnel& f : new_funnels) kept = kept || f.id.value == o.id.value;
    if (!kept) {
      out.push_back(make_change("funnel-removed", "funnels[id=" + o.id.value + "]", o.span.line, 0,
                                o.id.value, "", translate("funnel '%1$s' removed", o.id.value)));
    }
  }
}

}  // namespace journey::diff_detail
