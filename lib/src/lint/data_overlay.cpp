// SPDX-License-Identifier: Apache-2.0
// Resolving `data:`: rows of measured numbers from CSV files, merged into touchpoint metrics and
// KPI actuals. The data wins over the YAML (data-conflict says where they differ); of several rows
// for one metric or KPI the latest date wins; rows with the same date are duplicates (the first
// is used).
#include <cmath>
#include <map>
#include <unordered_map>

#include "journey/data.hpp"
#include "journey/escape.hpp"
#include "journey/numbers.hpp"
#include "journey/suggest.hpp"
#include "resolve.hpp"
#include "used_files.hpp"

namespace journey::lint {

namespace {

using DataFile = UsedFile<DataLoadResult>;

// The data files of one journey together: past this no further one is read. Each is read per
// journey and its rows are dropped once merged.
constexpr std::size_t k_max_data_bytes = 64u << 20;

bool same(double a, double b) {
  return std::fabs(a - b) <= 1e-9 * std::max(1.0, std::max(std::fabs(a), std::fabs(b)));
}

// A row chosen for a metric or a KPI, with the file it is in and the `data:` entry naming that
// file (where a value from it stands in the journey).
struct Taken {
  const DataRow* row = nullptr;
  std::string file;
  SourceSpan entry;
};

template <class Key>
struct Choices {
  std::map<Key, Taken> taken;
  std::vector<Key> order;  // first seen first: merged metrics keep the files' order
};

class DataMerger {
 public:
  DataMerger(Journey& j, const NamedFiles& files, Analysis& analysis, UsedFindings& out)
      : j_(j), files_(files), analysis_(analysis), out_(out) {
    for (std::size_t i = 0; i < j.touchpoints.size(); ++i)
      index(j.touchpoints[i].id, i, touchpoints_);
    for (std::size_t i = 0; i < j.kpis.size(); ++i) index(j.kpis[i].id, i, kpis_);
    for (std::size_t i = 0; i < j.personas.size(); ++i) index(j.personas[i].id, i, personas_);
  }

  void run(const std::string& path) {
    std::size_t count = 0;
    for (const Text& entry : j_.data.value) {
      if (++count > k_max_data_files) {
        unusable(entry, "a journey uses at most " + std::to_string(k_max_data_files) +
                            " data files; this one and the rest are not read");
        break;
      }
      if (entry.value.empty()) {
        unusable(entry, "the path is empty");
        continue;
      }
      std::string refused;
      std::string file = files_.resolve(path, entry.value, NamedFile::data, refused);
      if (!refused.empty()) {
        unusable(entry, refused);
        continue;
      }
      analysis_.inputs.push_back(file);
      if (bytes_ > k_max_data_bytes) {
        unusable(entry, "the journey's data files hold more than " +
                            describe_size(k_max_data_bytes) +
                            " together; this one and the rest are not read");
        break;
      }
      std::shared_ptr<const DataFile> used = read_used(file, &load_data);
      if (!used->source) {
        unusable(entry, "cannot read " + file + ": " + used->error);
        continue;
      }
      held_.push_back(used);
      bytes_ += used->source->text().size();
      analysis_.report.other_sources[file] = used->source;
      for (const Finding& f : used->loaded.findings) out_.push(f);
      out_.dropped(used->loaded.dropped);
      for (const DataRow& row : used->loaded.rows) take(row, file, entry.span);
    }
    apply_metrics();
    apply_actuals();
  }

 private:
  struct Ids {
    std::unordered_map<std::string, std::size_t> index;
    std::vector<std::string> names;
    std::unique_ptr<IdSuggester> suggester;  // made for the first unknown id
  };

  static void index(const Text& id, std::size_t i, Ids& ids) {
    if (!id.usable() || !ids.index.emplace(id.value, i).second) return;
    ids.names.push_back(id.value);
  }

  void unusable(const Text& entry, std::string message) {
    out_.push(make_finding("unusable-data", entry.span, "data",
                           "cannot use data file '" + entry.value + "': " + std::move(message)));
  }

  // The index of what `ref` names, or nothing after reporting data-unknown-reference.
  const std::size_t* find(const Text& ref, Ids& ids, const char* what, const std::string& file) {
    auto it = ids.index.find(ref.value);
    if (it != ids.index.end()) return &it->second;
    // Past the cap the finding is only counted: no did-you-mean for it.
    if (!ids.suggester) ids.suggester = std::make_unique<IdSuggester>(ids.names);
    std::string suggestion = out_.full() ? std::string() : ids.suggester->suggest(ref.value);
    out_.push(make_finding("data-unknown-reference", ref.span, what,
                           "the journey has no " + std::string(what) + " '" + excerpt(ref.value) +
                               "'" + did_you_mean(suggestion, "; fix the id, or remove the row"),
                           suggestion, file));
    return nullptr;
  }

  void take(const DataRow& row, const std::string& file, const SourceSpan& entry) {
    Taken t{&row, file, entry};
    if (row.kind == DataRow::Kind::kpi) {
      if (const std::size_t* k = find(row.kpi, kpis_, "KPI", file)) choose(actuals_, *k, t, "KPI");
      return;
    }
    const std::size_t* tp = find(row.touchpoint, touchpoints_, "touchpoint", file);
    bool persona_known = !row.persona.present || find(row.persona, personas_, "persona", file);
    if (tp == nullptr || !persona_known) return;
    std::string name = row.persona.present ? persona_metric(row.metric.value, row.persona.value)
                                           : row.metric.value;
    choose(metrics_, std::make_pair(*tp, name), t, "metric");
  }

  // The latest date wins (no date is older than any); the same date twice is a duplicate row.
  template <class Key>
  void choose(Choices<Key>& choices, const Key& key, const Taken& t, const char* what) {
    auto [it, added] = choices.taken.emplace(key, t);
    if (added) {
      choices.order.push_back(key);
      return;
    }
    Taken& old = it->second;
    if (old.row->date.value == t.row->date.value) {
      duplicate(old, t, what);
    } else if (t.row->date.value > old.row->date.value) {
      old = t;
    }
  }

  void duplicate(const Taken& first, const Taken& again, const char* what) {
    double a = first.row->value.value, b = again.row->value.value;
    out_.push(make_finding("data-duplicate-row", again.row->span, "",
                           "the same " + std::string(what) +
                               (first.row->date.present ? " and date" : "") + " as the row at " +
                               where(first.file, first.row->span) +
                               (same(a, b) ? ""
                                           : ", with another value (" + format_number(a) +
                                                 " there, " + format_number(b) + " here)") +
                               "; the first is used: remove one",
                           {}, again.file));
  }

  void conflict(const SourceSpan& at, std::string path, const std::string& what, double yaml,
                const Taken& t) {
    out_.push(make_finding("data-conflict", at, std::move(path),
                           what + " is " + format_number(yaml) + " here and " +
                               format_number(t.row->value.value) + " in " +
                               where(t.file, t.row->span) +
                               ", which is used (data files win): remove the number here"));
  }

  void apply_metrics() {
    for (const auto& key : metrics_.order) {
      const Taken& t = metrics_.taken.at(key);
      Touchpoint& tp = j_.touchpoints[key.first];
      double v = t.row->value.value;
      auto& list = tp.metrics.value;
      auto m = std::find_if(list.begin(), list.end(),
                            [&](const Metric& x) { return x.name.value == key.second; });
      if (m == list.end()) {
        list.push_back(Metric{{key.second, t.entry, true, true}, {v, t.entry, true, true}});
      } else {
        if (m->value.usable() && !same(m->value.value, v)) {
          conflict(m->value.span, touchpoint_path(j_, tp, "metrics." + key.second),
                   "metric '" + key.second + "'", m->value.value, t);
        }
        m->value = {v, m->value.span, true, true};
      }
      if (!tp.metrics.present) {
        tp.metrics.present = true;
        tp.metrics.span = t.entry;
      }
    }
  }

  void apply_actuals() {
    for (std::size_t k : actuals_.order) {
      const Taken& t = actuals_.taken.at(k);
      Kpi& kpi = j_.kpis[k];
      double v = t.row->value.value;
      if (kpi.actual.usable() && !same(kpi.actual.value, v)) {
        conflict(kpi.actual.span, kpi_path(kpi, k, "actual"),
                 "the actual of KPI '" + kpi.id.value + "'", kpi.actual.value, t);
      }
      kpi.actual = {v, kpi.actual.present ? kpi.actual.span : t.entry, true, true};
    }
  }

  Journey& j_;
  const NamedFiles& files_;
  Analysis& analysis_;
  UsedFindings& out_;
  Ids touchpoints_, kpis_, personas_;
  Choices<std::pair<std::size_t, std::string>> metrics_;  // (touchpoint, metric name)
  Choices<std::size_t> actuals_;                          // KPI
  std::vector<std::shared_ptr<const DataFile>> held_;     // the rows taken point into these
  std::size_t bytes_ = 0;                                 // of the data files read so far
};

}  // namespace

void merge_data(Journey& j, const std::string& path, const NamedFiles& files, Analysis& analysis,
                UsedFindings& out) {
  if (j.data.value.empty()) return;
  DataMerger(j, files, analysis, out).run(path);
}

}  // namespace journey::lint
