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
#include "journey/messages.hpp"
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
        unusable(entry, translate("a journey uses at most %1$s data files; this one and the "
                                  "rest are not read",
                                  k_max_data_files));
        break;
      }
      if (entry.value.empty()) {
        unusable(entry, tr("the path is empty"));
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
        unusable(entry, translate("the journey's data files hold more than %1$s together; this "
                                  "one and the rest are not read",
                                  describe_size(k_max_data_bytes)));
        break;
      }
      std::shared_ptr<const DataFile> used = read_used(file, &load_data);
      if (!used->source) {
        unusable(entry, translate("cannot read %1$s: %2$s", file, used->error));
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
  enum class Kind { kpi, metric };  // what a duplicate row is about

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
                           translate("cannot use data file '%1$s': %2$s", entry.value, message)));
  }

  // The index of what `ref` names, or nothing after reporting data-unknown-reference: `what` is
  // the finding's path ("KPI", "touchpoint", "persona"), `message` its pattern (noop_tr).
  const std::size_t* find(const Text& ref, Ids& ids, const char* what, const char* message,
                          const std::string& file) {
    auto it = ids.index.find(ref.value);
    if (it != ids.index.end()) return &it->second;
    // Past the cap the finding is only counted: no did-you-mean for it.
    if (!ids.suggester) ids.suggester = std::make_unique<IdSuggester>(ids.names);
    std::string suggestion = out_.full() ? std::string() : ids.suggester->suggest(ref.value);
    out_.push(make_finding("data-unknown-reference", ref.span, what,
                           translate(message, excerpt(ref.value)) +
                               did_you_mean(suggestion, tr("; fix the id, or remove the row")),
                           suggestion, file));
    return nullptr;
  }

  void take(const DataRow& row, const std::string& file, const SourceSpan& entry) {
    Taken t{&row, file, entry};
    if (row.kind == DataRow::Kind::kpi) {
      if (const std::size_t* k =
              find(row.kpi, kpis_, "KPI", noop_tr("the journey has no KPI '%1$s'"), file)) {
        choose(actuals_, *k, t, Kind::kpi);
      }
      return;
    }
    const std::size_t* tp = find(row.touchpoint, touchpoints_, "touchpoint",
                                 noop_tr("the journey has no touchpoint '%1$s'"), file);
    bool persona_known =
        !row.persona.present ||
        find(row.persona, personas_, "persona", noop_tr("the journey has no persona '%1$s'"), file);
    if (tp == nullptr || !persona_known) return;
    std::string name = row.persona.present ? persona_metric(row.metric.value, row.persona.value)
                                           : row.metric.value;
    choose(metrics_, std::make_pair(*tp, name), t, Kind::metric);
  }

  // The latest date wins (no date is older than any); the same date twice is a duplicate row.
  template <class Key>
  void choose(Choices<Key>& choices, const Key& key, const Taken& t, Kind what) {
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

  void duplicate(const Taken& first, const Taken& again, Kind what) {
    double a = first.row->value.value, b = again.row->value.value;
    const char* message =
        what == Kind::kpi
            ? (first.row->date.present
                   // TRANSLATORS: %1$s is where the first row is (file:line:column); %2$s is
                   // ", with another value (...)" or nothing. The same for the next three.
                   ? noop_tr("the same KPI and date as the row at %1$s%2$s; the first is used: "
                             "remove one")
                   : noop_tr("the same KPI as the row at %1$s%2$s; the first is used: remove one"))
            : (first.row->date.present
                   ? noop_tr("the same metric and date as the row at %1$s%2$s; the first is "
                             "used: remove one")
                   : noop_tr("the same metric as the row at %1$s%2$s; the first is used: remove "
                             "one"));
    std::string values = same(a, b) ? std::string()
                                    : translate(", with another value (%1$s there, %2$s here)",
                                                format_number(a), format_number(b));
    out_.push(make_finding("data-duplicate-row", again.row->span, "",
                           translate(message, where(first.file, first.row->span), values), {},
                           again.file));
  }

  // `message` (noop_tr): the name, the YAML's number, the data's number and where that is.
  void conflict(const SourceSpan& at, std::string path, const char* message,
                const std::string& name, double yaml, const Taken& t) {
    out_.push(
        make_finding("data-conflict", at, std::move(path),
                     translate(message, name, format_number(yaml),
                               format_number(t.row->value.value), where(t.file, t.row->span))));
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
                   noop_tr("metric '%1$s' is %2$s here and %3$s in %4$s, which is used (data "
                           "files win): remove the number here"),
                   key.second, m->value.value, t);
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
                 noop_tr("the actual of KPI '%1$s' is %2$s here and %3$s in %4$s, which is used "
                         "(data files win): remove the number here"),
                 kpi.id.value, kpi.actual.value, t);
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
