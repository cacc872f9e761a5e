// SPDX-License-Identifier: Apache-2.0
// `funnels:`: the conversion funnels a journey declares (docs/format.md, "Funnels").
#include "funnels.hpp"

#include <algorithm>

#include "journey/fields.hpp"
#include "journey/messages.hpp"
#include "journey/suggest.hpp"
#include "personas.hpp"

namespace journey::load {

namespace {

// The longest window: a year. Exports measure weeks; more is a typo.
constexpr long long k_max_window_seconds = 366LL * 24 * 3600;

// "30m", "12h", "7d", "2w", "90s": a whole number and a unit. 0 when it is not one.
long long parse_window(const std::string& text) {
  if (text.size() < 2 || text.size() > 12) return 0;
  long long n = 0;
  for (std::size_t i = 0; i + 1 < text.size(); ++i) {
    if (text[i] < '0' || text[i] > '9') return 0;
    n = n * 10 + (text[i] - '0');
  }
  long long unit = 0;
  switch (text.back()) {
    case 's':
      unit = 1;
      break;
    case 'm':
      unit = 60;
      break;
    case 'h':
      unit = 3600;
      break;
    case 'd':
      unit = 86400;
      break;
    case 'w':
      unit = 7 * 86400;
      break;
    default:
      return 0;
  }
  long long seconds = n * unit;
  return seconds > 0 && seconds <= k_max_window_seconds ? seconds : 0;
}

void read_window(Reader& r, NodeId value, const std::string& path, Funnel& f) {
  if (!r.text(value, path, f.window)) return;
  f.window_seconds = parse_window(f.window.value);
  if (f.window_seconds > 0) return;
  f.window.valid = false;
  r.report("invalid-value", f.window.span, path,
           translate("'%1$s' is not a window: write a whole number and a unit, s, m, h, d or w "
                     "(30m, 1d, 7d), of at most a year",
                     f.window.value));
}

void read_format(Reader& r, NodeId value, const std::string& path, Funnel& f) {
  if (!r.text(value, path, f.format)) return;
  const std::vector<std::string>& choices = funnel_shape().choices("format");
  if (std::find(choices.begin(), choices.end(), f.format.value) != choices.end()) return;
  f.format.valid = false;
  std::string list;
  for (const auto& c : choices) list += (list.empty() ? "" : ", ") + c;
  std::string suggestion = closest_match(f.format.value, choices);
  r.report("invalid-value", f.format.span, path,
           translate("'%1$s' is not one of: %2$s", f.format.value, list) + did_you_mean(suggestion),
           suggestion);
}

void read_threshold(Reader& r, NodeId value, const std::string& path, Funnel& f) {
  if (!r.number(value, path, f.leak_threshold)) return;
  if (f.leak_threshold.value >= 0 && f.leak_threshold.value <= 1) return;
  f.leak_threshold.valid = false;
  r.report("invalid-value", f.leak_threshold.span, path,
           tr("a leak threshold is the share of users a step loses, between 0 and 1 (0.4 is 40%)"));
}

void read_funnel(Reader& r, NodeId item, const std::string& path, Funnel& f) {
  r.each_pair(item, path, [&](const yaml::Node& key, NodeId value) {
    const std::string& k = key.value;
    std::string field = join_path(path, k);
    if (k == "id") {
      r.identifier(value, field, f.id);
    } else if (k == "name") {
      r.text(value, field, f.name);
    } else if (k == "steps") {
      r.text_list(value, field, f.steps);
    } else if (k == "window") {
      read_window(r, value, field, f);
    } else if (k == "closed") {
      r.boolean(value, field, f.closed);
    } else if (k == "leak-threshold") {
      read_threshold(r, value, field, f);
    } else if (k == "data") {
      r.text_list(value, field, f.data);
    } else if (k == "format") {
      read_format(r, value, field, f);
    } else {
      r.unknown_key(key, path, funnel_shape().keys());
    }
  });
}

}  // namespace

void read_funnels(Reader& r, NodeId list, std::vector<Funnel>& out) {
  if (!r.expect(list, NodeKind::sequence, "funnels", noop_tr("a list of funnels"))) return;
  const auto& n = r.node(list);
  std::size_t index = 0;
  const NodeId* end = r.capped_end(list, k_max_funnels, "funnels",
                                   noop_tr("more than %1$s funnels; journey reads the first %1$s "
                                           "and refuses the rest: split the journey"));
  for (const NodeId* it = r.tree().begin(n); it != end; ++it, ++index) {
    std::string path = "funnels" + item_selector(r, *it, index);
    if (!r.expect(*it, NodeKind::map, path,
                  noop_tr("a funnel (a map with 'id', 'name' and 'data')"))) {
      continue;
    }
    Funnel f;
    f.span = r.node(*it).span;
    read_funnel(r, *it, path, f);
    if (!f.id.present) {
      r.missing(f.span, path, "id", noop_tr("a short id for the funnel (--funnel ID)"));
    }
    if (!f.name.present) r.missing(f.span, path, "name", noop_tr("what the funnel measures"));
    out.push_back(std::move(f));
  }
}

}  // namespace journey::load
