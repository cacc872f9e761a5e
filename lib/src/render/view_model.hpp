// SPDX-License-Identifier: Apache-2.0
// What every view draws, derived once from a journey: the phases in model order, the touchpoints
// kept by the persona filter, and the flow between them.
#pragma once

#include <string>
#include <vector>

#include "journey/journey.hpp"
#include "journey/model.hpp"
#include "journey/render.hpp"

namespace journey::render_detail {

struct ViewPhase {
  int model_phase;                       // index into Model::phases
  std::string title;                     // the phase name in the chosen language
  std::vector<std::size_t> touchpoints;  // indices into Journey::touchpoints, file order
  std::string role;        // the customer's role: the journey's, else the model's; translated
  std::string goal;        // the journey's goal for the phase
  bool continued = false;  // a part of the phase: its first touchpoints are on an earlier page
};

struct ViewEdge {
  std::size_t from, to;  // indices into Journey::touchpoints
  bool back;             // goes to an earlier or the same position: drawn as a loop
};

struct ViewModel {
  std::vector<ViewPhase> phases;   // every model phase, in model order
  std::vector<std::size_t> order;  // kept touchpoints in flow order (phase, then file)
  std::vector<int> position;       // per touchpoint: index in `order`, -1 when not kept
  std::vector<ViewEdge> edges;     // between kept touchpoints, sorted, no duplicates
  // The emotion curves: the filtered persona, else each persona of an emotion map, else one
  // empty id for the single curve (see emotion_subjects).
  std::vector<std::string> subjects;
  std::string error;  // why the view cannot be drawn (an unknown --phase), or empty

  // What the views mark, so that a mark means something (computed over the whole view, kept by
  // its slices): each curve's lowest moment when it is 3 or below (the first in flow order when
  // tied); the journey's worst moment, once (the lowest value of any curve, then the lowest mean,
  // then the first in flow order); and the fail points: a blocker pain, or a moment of truth at
  // or below the fail threshold (RenderOptions::fail_emotion) for a curve shown.
  std::vector<std::pair<std::string, std::size_t>> lowest;  // subject -> touchpoint
  std::size_t worst = static_cast<std::size_t>(-1);
  std::vector<bool> fail;  // per touchpoint of the journey

  // The subjects whose lowest moment is this touchpoint, in curve order.
  std::vector<std::string> lowest_of(std::size_t touchpoint) const;
  bool is_fail_point(std::size_t touchpoint) const {
    return touchpoint < fail.size() && fail[touchpoint];
  }
};

// A part of a view for pages and bands: some of a phase's touchpoints (`first`, `count`).
struct PhaseSlice {
  std::size_t phase = 0;  // index into ViewModel::phases
  std::size_t first = 0, count = 0;
  bool continued = false;  // the phase's earlier touchpoints are in an earlier part
};
// The view of the slices only: their phases and touchpoints, in order, and the edges between them.
ViewModel slice_view(const ViewModel& view, const std::vector<PhaseSlice>& slices);

// Persona filter: a touchpoint is kept when it lists the persona or lists no personas at all.
// Edges through touchpoints that are filtered out are joined, so the flow stays connected.
ViewModel build_view_model(const Journey& journey, const Model& model,
                           const RenderOptions& options);

}  // namespace journey::render_detail
