// The three views. Each fills a Graph from the view model; render.cpp lays it out.
#pragma once

#include <map>

#include "graph.hpp"
#include "theme.hpp"
#include "view_model.hpp"

namespace journey::render_detail {

enum class DiffStatus { unchanged, added, removed, changed };

struct ViewInput {
  const Journey& journey;
  const Model& model;
  const RenderOptions& options;
  const ViewModel& view;
  const Theme& theme;
  // For render_diff: the status of each touchpoint by id; null for a plain render.
  const std::map<std::string, DiffStatus>* diff = nullptr;
};

void build_flow_view(const ViewInput& in, Graph& graph);
void build_map_view(const ViewInput& in, Graph& graph);
void build_emotion_view(const ViewInput& in, Graph& graph);

// Shared pieces.
void set_graph_defaults(const ViewInput& in, Graph& graph);
std::string title_html(const ViewInput& in);
std::string emotion_legend_html(const Theme& theme);

}  // namespace journey::render_detail
