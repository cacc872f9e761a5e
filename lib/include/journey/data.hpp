// SPDX-License-Identifier: Apache-2.0
// Data files (`data: [analytics/2026-10.csv]`): measured numbers as CSV rows, which the lint engine
// merges into a journey's touchpoint metrics and KPI actuals (docs/format.md, "Data files"). This
// reads one file; csv.hpp parses it.
#pragma once

#include <map>
#include <string>
#include <vector>

#include "journey/finding.hpp"
#include "journey/journey.hpp"
#include "journey/source.hpp"

namespace journey {

struct DataRow {
  enum class Kind { metric, kpi };
  Kind kind = Kind::metric;
  Text touchpoint;      // metric rows: the touchpoint's id
  Text metric;          // metric rows: the metric's name
  Text persona;         // metric rows, optional: the metric as measured for this persona
  Text kpi;             // KPI rows: the KPI's id
  Text date;            // optional: YYYY-MM-DD or YYYY-MM
  Field<double> value;  // `value` of a metric row, `actual` of a KPI row
  SourceSpan span;      // the row
};

struct DataLoadResult {
  std::vector<DataRow> rows;  // the usable rows, in file order
  char separator = ',';
  // data-syntax (the file: encoding, quoting, fields, columns) and data-invalid-value (a row's
  // values), each with `file` set to the source's name.
  Findings findings;
  // Findings left out past k_max_findings, by rule: counted, so that errors still count.
  std::map<std::string, std::size_t> dropped;
};

DataLoadResult load_data(const SourceText& source);

// The name of the metric a row with a persona sets: "conversion@sam".
std::string persona_metric(const std::string& metric, const std::string& persona);

// Limits (docs/format.md, "Limits").
constexpr std::size_t k_max_data_files = 16;      // data files per journey
constexpr std::size_t k_max_data_rows = 100'000;  // rows per data file

}  // namespace journey
