// SPDX-License-Identifier: Apache-2.0
#include "pdf_pages.hpp"

#include <cairo-pdf.h>
#include <cairo.h>

#include <memory>

#include "graph.hpp"
#include "journey/messages.hpp"

namespace journey::render_detail {

namespace {

cairo_status_t append(void* closure, const unsigned char* data, unsigned int length) {
  static_cast<std::string*>(closure)->append(reinterpret_cast<const char*>(data), length);
  return CAIRO_STATUS_SUCCESS;
}

using Surface = std::unique_ptr<cairo_surface_t, decltype(&cairo_surface_destroy)>;
using Context = std::unique_ptr<cairo_t, decltype(&cairo_destroy)>;

// One drawing of a page, into a region of the PDF's page, so that Graphviz's renderer, which
// finishes the surface it draws on, finishes only that region.
bool draw_part(cairo_surface_t* pdf, GraphPart& p, const PageSize& page, std::string& error) {
  p.graph->set(p.graph->root(), "margin", "0");  // the PDF device's own half inch would move it
  Surface region(cairo_surface_create_for_rectangle(pdf, 0, 0, page.width, page.height),
                 cairo_surface_destroy);
  Context cr(cairo_create(region.get()), cairo_destroy);
  cairo_translate(cr.get(), k_page_margin, k_page_margin + p.top);
  cairo_scale(cr.get(), p.scale, p.scale);
  return p.graph->render_to_cairo(p.engine, cr.get(), error);
}

}  // namespace

RenderResult write_pdf_pages(const std::vector<Canvas>& pages, const PageSize& page,
                             const Theme& theme, const std::string& title) {
  std::vector<GraphPage> drawn;
  for (const Canvas& canvas : pages) {
    GraphPart p{std::make_unique<Graph>("page"), "nop2", k_print_scale};
    p.graph->set_default(AGNODE, "fontname", theme.font);
    canvas.draw(*p.graph, theme.background, 0);
    drawn.emplace_back();
    drawn.back().push_back(std::move(p));
  }
  return write_pdf_pages(drawn, page, title);
}

RenderResult write_pdf_pages(std::vector<GraphPage>& pages, const PageSize& page,
                             const std::string& title) {
  RenderResult result;
  Surface pdf(cairo_pdf_surface_create_for_stream(append, &result.data, page.width, page.height),
              cairo_surface_destroy);
  // The same bytes for the same input: no clock in the file.
  cairo_pdf_surface_set_metadata(pdf.get(), CAIRO_PDF_METADATA_CREATE_DATE, "1970-01-01T00:00:00Z");
  cairo_pdf_surface_set_metadata(pdf.get(), CAIRO_PDF_METADATA_TITLE, title.c_str());
  Context top(cairo_create(pdf.get()), cairo_destroy);
  for (GraphPage& p : pages) {
    for (GraphPart& part : p) {
      if (!draw_part(pdf.get(), part, page, result.error)) return result;
    }
    cairo_show_page(top.get());
  }
  top.reset();
  cairo_surface_finish(pdf.get());
  if (cairo_surface_status(pdf.get()) != CAIRO_STATUS_SUCCESS) {
    result.error = translate("cairo could not write the PDF: %1$s",
                             cairo_status_to_string(cairo_surface_status(pdf.get())));
    return result;
  }
  result.ok = true;
  return result;
}

}  // namespace journey::render_detail
