// SPDX-License-Identifier: Apache-2.0
// What the funnel view shows (funnel_model.cpp): which funnel (--funnel, else the first), which of
// its counts (--segment, else the latest period against the previous when the export has dates,
// else everyone over the whole export), and the view model of its steps, grouped in runs of one
// phase, so that pages and bands cut it between phases like the other views.
#pragma once

#include <string>
#include <vector>

#include "journey/funnel.hpp"
#include "view_model.hpp"

namespace journey::render_detail {

struct ShownFunnel {
  const FunnelResult* result = nullptr;
  const FunnelSeries* latest = nullptr;    // the bars (null: nothing to draw; see error)
  const FunnelSeries* previous = nullptr;  // lighter bars beside them, when periods compare
  std::string error;                       // why the view cannot be drawn
};

ShownFunnel shown_funnel(const Journey& journey, const std::vector<FunnelResult>* funnels,
                         const RenderOptions& options);

// The view model of the funnel's steps: a phase per run of steps in one journey phase, titled as
// `full` titles it, the steps in funnel order. `error` set when shown_funnel has one.
ViewModel funnel_view_model(const Journey& journey, const ViewModel& full,
                            const std::vector<FunnelResult>* funnels, const RenderOptions& options);

}  // namespace journey::render_detail
