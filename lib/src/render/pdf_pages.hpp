// SPDX-License-Identifier: Apache-2.0
// Pages of one PDF, written with cairo: each page's canvas is drawn by Graphviz's cairo renderer
// into its own region of the page, scaled for print, so text stays text (searchable, and
// extractable by pdftotext) and every page has the paper's size.
#pragma once

#include <memory>
#include <string>
#include <vector>

#include "canvas.hpp"
#include "graph.hpp"
#include "journey/render.hpp"
#include "pages.hpp"
#include "theme.hpp"

namespace journey::render_detail {

RenderResult write_pdf_pages(const std::vector<Canvas>& pages, const PageSize& page,
                             const Theme& theme, const std::string& title);

// A drawing that Graphviz lays out itself (a band of the flow view): `graph` laid out with
// `engine`, scaled by `scale` and drawn from the page's left margin, `top` points below its top
// margin.
struct GraphPart {
  std::unique_ptr<Graph> graph;
  std::string engine;
  double scale = 1;
  double top = 0;
};
// A page: its drawings, stacked down the page.
using GraphPage = std::vector<GraphPart>;
RenderResult write_pdf_pages(std::vector<GraphPage>& pages, const PageSize& page,
                             const std::string& title);

}  // namespace journey::render_detail
