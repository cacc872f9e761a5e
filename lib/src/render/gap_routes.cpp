// SPDX-License-Identifier: Apache-2.0
// The geometry is Graphviz's own after layout (types.h, installed with gvc): node centres and
// sizes, cluster boxes, and each edge's spline, which the renderers draw and gvFreeLayout frees
// with free(). Coordinates are points, y up.
#include "gap_routes.hpp"

#include <graphviz/gvc.h>

#include <algorithm>
#include <cmath>
#include <cstdlib>
#include <limits>
#include <map>
#include <utility>

namespace journey::render_detail {

namespace {

constexpr double k_arrowhead = 10;  // Graphviz's arrowhead length at arrowsize 1
constexpr double k_corner = 6;      // the radius of a rounded corner
constexpr double k_clearance = 2;   // room kept from a node a line passes
constexpr double k_min_gap = 4;     // a narrower gap holds no arrow

struct Box {
  double left, right, bottom, top;
};

Box box_of(Agnode_t* n) {
  pointf c = ND_coord(n);
  return {c.x - ND_lw(n), c.x + ND_rw(n), c.y - ND_ht(n) / 2, c.y + ND_ht(n) / 2};
}

bool is_drawn(Agnode_t* n) {
  return ND_ht(n) >= 2;
}  // not an invisible point

// Whether a level line at `y` between x0 and x1 would pass another node of the column.
bool blocked(Agraph_t* column, Agnode_t* self, double y, double x0, double x1) {
  double lo = std::min(x0, x1), hi = std::max(x0, x1);
  for (Agnode_t* n = agfstnode(column); n != nullptr; n = agnxtnode(column, n)) {
    if (n == self || !is_drawn(n)) continue;
    Box b = box_of(n);
    if (y >= b.bottom - k_clearance && y <= b.top + k_clearance && b.right > lo && b.left < hi) {
      return true;
    }
  }
  return false;
}

// An arrow's way across: out of the tail's side, to the gap, along it, into the head's side.
struct Crossing {
  Agedge_t* edge;
  pointf exit, entry;  // on the tail's and the head's side
  double gap_left, gap_right;
};

bool plan(const GapArrow& a, Crossing& out) {
  Agnode_t *tail = agtail(a.edge), *head = aghead(a.edge);
  boxf from = GD_bb(a.from_column), to = GD_bb(a.to_column);
  bool rightwards = to.LL.x >= from.UR.x;
  if (!rightwards && to.UR.x > from.LL.x) return false;  // columns that overlap: no gap
  Box t = box_of(tail), h = box_of(head);
  double y0 = ND_coord(tail).y, y1 = ND_coord(head).y;
  out.edge = a.edge;
  out.exit = {rightwards ? t.right : t.left, y0};
  out.entry = {rightwards ? h.left : h.right, y1};
  out.gap_left = rightwards ? from.UR.x : to.UR.x;
  out.gap_right = rightwards ? to.LL.x : from.LL.x;
  if (out.gap_right - out.gap_left < k_min_gap) return false;
  double from_side = rightwards ? from.UR.x : from.LL.x, to_side = rightwards ? to.LL.x : to.UR.x;
  return !blocked(a.from_column, tail, y0, out.exit.x, from_side) &&
         !blocked(a.to_column, head, y1, to_side, out.entry.x);
}

double distance(pointf a, pointf b) {
  return std::hypot(b.x - a.x, b.y - a.y);
}

pointf toward(pointf from, pointf to, double length) {
  double d = distance(from, to);
  if (d == 0) return from;
  return {from.x + (to.x - from.x) * length / d, from.y + (to.y - from.y) * length / d};
}

// A polyline as one piecewise cubic Bézier (Graphviz's spline form: 1 + 3k points), straight
// runs and rounded corners.
std::vector<pointf> rounded_path(const std::vector<pointf>& corners) {
  std::vector<pointf> out{corners.front()};
  auto line_to = [&](pointf p) {
    out.push_back(out.back());
    out.push_back(p);
    out.push_back(p);
  };
  for (std::size_t i = 1; i + 1 < corners.size(); ++i) {
    pointf a = corners[i - 1], c = corners[i], b = corners[i + 1];
    double r = std::min({k_corner, distance(a, c) / 2, distance(c, b) / 2});
    pointf in = toward(c, a, r), off = toward(c, b, r);
    line_to(in);
    out.push_back(toward(in, c, r * 0.55));
    out.push_back(toward(off, c, r * 0.55));
    out.push_back(off);
  }
  line_to(corners.back());
  return out;
}

// Replaces the edge's spline: `points` up to the arrowhead's base, the head's tip at `tip`.
void install(Agedge_t* e, const std::vector<pointf>& points, pointf tip) {
  auto* list = static_cast<pointf*>(std::malloc(points.size() * sizeof(pointf)));
  auto* curve = static_cast<bezier*>(std::calloc(1, sizeof(bezier)));
  splines* spl =
      ED_spl(e) != nullptr ? ED_spl(e) : static_cast<splines*>(std::calloc(1, sizeof(splines)));
  if (list == nullptr || curve == nullptr || spl == nullptr) {  // keep dot's route
    std::free(list);
    std::free(curve);
    if (spl != ED_spl(e)) std::free(spl);
    return;
  }
  std::copy(points.begin(), points.end(), list);
  curve->list = list;
  curve->size = static_cast<int>(points.size());
  curve->eflag = 1;
  curve->ep = tip;
  if (ED_spl(e) != nullptr) {
    for (int i = 0; i < spl->size; ++i) std::free(spl->list[i].list);
    std::free(spl->list);
  }
  spl->list = curve;
  spl->size = 1;
  boxf bb{{tip.x, tip.y}, {tip.x, tip.y}};
  for (pointf p : points) {
    bb.LL.x = std::min(bb.LL.x, p.x), bb.LL.y = std::min(bb.LL.y, p.y);
    bb.UR.x = std::max(bb.UR.x, p.x), bb.UR.y = std::max(bb.UR.y, p.y);
  }
  spl->bb = bb;
  ED_spl(e) = spl;
}

void draw(const Crossing& c, double x) {
  pointf tip = c.entry;
  pointf base = toward(tip, {x, tip.y}, std::min(k_arrowhead, std::fabs(tip.x - x)));
  std::vector<pointf> corners{c.exit};
  if (std::fabs(c.exit.y - c.entry.y) >= 1) {
    corners.push_back({x, c.exit.y});
    corners.push_back({x, c.entry.y});
  }
  corners.push_back(base);
  install(c.edge, rounded_path(corners), tip);
}

// An edge's horizontal extent from its control points and arrowheads (the curve lies within
// them): dot leaves a spline's own bounding box unset.
template <class Take>
void take_spline(Agedge_t* e, Take& take) {
  const splines* spl = ED_spl(e);
  if (spl == nullptr) return;
  for (int i = 0; i < spl->size; ++i) {
    const bezier& b = spl->list[i];
    for (int k = 0; k < b.size; ++k)
      take(b.list[k].x - k_arrowhead / 2, b.list[k].x + k_arrowhead / 2);
    if (b.sflag) take(b.sp.x - k_arrowhead / 2, b.sp.x + k_arrowhead / 2);
    if (b.eflag) take(b.ep.x - k_arrowhead / 2, b.ep.x + k_arrowhead / 2);
  }
}

// The drawing's left and right edge fitted to the clusters, nodes, splines and title drawn.
void fit_width(Agraph_t* root) {
  double lo = std::numeric_limits<double>::max(), hi = std::numeric_limits<double>::lowest();
  auto take = [&](double left, double right) {
    lo = std::min(lo, left);
    hi = std::max(hi, right);
  };
  for (int i = 1; i <= GD_n_cluster(root); ++i) {
    take(GD_bb(GD_clust(root)[i]).LL.x, GD_bb(GD_clust(root)[i]).UR.x);
  }
  for (Agnode_t* n = agfstnode(root); n != nullptr; n = agnxtnode(root, n)) {
    Box b = box_of(n);
    take(b.left, b.right);
    for (Agedge_t* e = agfstout(root, n); e != nullptr; e = agnxtout(root, e)) {
      take_spline(e, take);
    }
  }
  if (textlabel_t* label = GD_label(root))
    take(label->pos.x - label->dimen.x / 2, label->pos.x + label->dimen.x / 2);
  if (lo >= hi) return;
  GD_bb(root).LL.x = std::max(GD_bb(root).LL.x, lo);
  GD_bb(root).UR.x = std::min(GD_bb(root).UR.x, hi);
}

}  // namespace

void route_through_gaps(Agraph_t* root, const std::vector<GapArrow>& arrows) {
  // The arrows that can cross, by gap (its left edge), each given a lane of the gap in turn.
  std::map<std::pair<double, double>, std::vector<Crossing>> by_gap;
  for (const GapArrow& a : arrows) {
    Crossing c;
    if (plan(a, c)) by_gap[{c.gap_left, c.gap_right}].push_back(c);
  }
  for (const auto& [gap, crossings] : by_gap) {
    double step = (gap.second - gap.first) / static_cast<double>(crossings.size() + 1);
    for (std::size_t k = 0; k < crossings.size(); ++k) {
      draw(crossings[k], gap.first + step * static_cast<double>(k + 1));
    }
  }
  fit_width(root);
}

}  // namespace journey::render_detail
