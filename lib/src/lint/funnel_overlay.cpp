// SPDX-License-Identifier: Apache-2.0
// Resolving `funnels:`: each funnel's export files read (contained like every file a journey
// names, see resolve.hpp) and the funnel computed. A funnel without `data:` is counted from the
// touchpoints' count metrics (written in the YAML or merged from `data:`).
#include "../funnel/export_cache.hpp"
#include "journey/data.hpp"
#include "journey/funnel.hpp"
#include "journey/messages.hpp"
#include "resolve.hpp"

namespace journey::lint {

namespace {

// The touchpoints' count metrics as an export: a step per touchpoint, named by its id.
FunnelExport metrics_export(const Journey& j) {
  FunnelExport e;
  e.format = FunnelFormat::metrics;
  for (const Touchpoint& tp : j.touchpoints) {
    if (!tp.id.usable()) continue;
    for (const Metric& m : tp.metrics.value) {
      if (!is_count_metric(m.name.value) || !m.value.usable() || m.value.value < 0) continue;
      ExportCount c;
      c.count = m.value.value;
      c.span = m.value.span;
      e.steps.push_back({tp.id.value, m.name.span, {c}});
      break;
    }
  }
  return e;
}

class FunnelReader {
 public:
  FunnelReader(const Journey& j, const NamedFiles& files, const Flow& flow, Analysis& analysis,
               UsedFindings& out)
      : j_(j), files_(files), flow_(flow), analysis_(analysis), out_(out) {}

  FunnelResult read(std::size_t index, const std::string& path) {
    const Funnel& f = j_.funnels[index];
    std::vector<FunnelExport> exports;
    if (!f.data.present) {
      exports.push_back(metrics_export(j_));
      return compute_funnel(j_, index, flow_, exports);
    }
    std::optional<FunnelFormat> format;
    FunnelFormat forced{};
    if (f.format.usable() && parse_funnel_format(f.format.value, forced)) format = forced;
    EventSteps steps = event_steps(j_, f, flow_);
    std::size_t count = 0;
    for (const Text& entry : f.data.value) {
      if (++count > k_max_data_files) {
        unusable(f, index, entry,
                 translate("a funnel uses at most %1$s data files; this one and the rest are "
                           "not read",
                           k_max_data_files));
        break;
      }
      read_export(f, index, entry, path, format, steps, exports);
    }
    return compute_funnel(j_, index, flow_, exports);
  }

 private:
  void read_export(const Funnel& f, std::size_t index, const Text& entry, const std::string& path,
                   std::optional<FunnelFormat> format, const EventSteps& steps,
                   std::vector<FunnelExport>& exports) {
    if (entry.value.empty()) {
      unusable(f, index, entry, tr("the path is empty"));
      return;
    }
    std::string refused;
    std::string file = files_.resolve(path, entry.value, NamedFile::funnel_data, refused);
    if (!refused.empty()) {
      unusable(f, index, entry, refused);
      return;
    }
    analysis_.inputs.push_back(file);
    FunnelExport e = funnel::cached_funnel_export(file, format, steps);
    if (!e.error.empty()) {
      unusable(f, index, entry, translate("cannot read %1$s: %2$s", file, e.error));
      return;
    }
    if (e.source) analysis_.report.other_sources[file] = e.source;
    for (Finding& finding : e.findings) out_.push(std::move(finding));
    out_.dropped(e.dropped);
    e.findings.clear();
    exports.push_back(std::move(e));
  }

  void unusable(const Funnel& f, std::size_t index, const Text& entry, std::string message) {
    out_.push(make_finding("unusable-data", entry.span, funnel_path(f, index, "data"),
                           translate("cannot use data file '%1$s': %2$s", entry.value, message)));
  }

  const Journey& j_;
  const NamedFiles& files_;
  const Flow& flow_;
  Analysis& analysis_;
  UsedFindings& out_;
};

}  // namespace

std::vector<FunnelResult> read_funnels(const Journey& j, const std::string& path,
                                       const NamedFiles& files, const Flow& flow,
                                       Analysis& analysis, UsedFindings& out) {
  std::vector<FunnelResult> results;
  FunnelReader reader(j, files, flow, analysis, out);
  for (std::size_t i = 0; i < j.funnels.size(); ++i) results.push_back(reader.read(i, path));
  return results;
}

}  // namespace journey::lint
