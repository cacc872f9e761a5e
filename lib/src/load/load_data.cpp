// SPDX-License-Identifier: Apache-2.0
// Loading a data file: CSV text -> rows of measured numbers, with positioned findings in the file.
#include <algorithm>
#include <cmath>

#include "journey/csv.hpp"
#include "journey/data.hpp"
#include "journey/date.hpp"
#include "journey/escape.hpp"
#include "journey/messages.hpp"
#include "journey/suggest.hpp"
#include "reader.hpp"

namespace journey {

namespace {

enum Column { touchpoint, metric, value, kpi, actual, date, persona, k_column_count };
const std::vector<std::string> k_columns = {"touchpoint", "metric", "value",  "kpi",
                                            "actual",     "date",   "persona"};

std::string trim(const std::string& s) {
  std::size_t begin = s.find_first_not_of(" \t");
  if (begin == std::string::npos) return {};
  return s.substr(begin, s.find_last_not_of(" \t") - begin + 1);
}

std::string lower(std::string s) {
  for (char& c : s) {
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
  }
  return s;
}

SourceSpan cover(const csv::Record& r) {
  SourceSpan s = r.cells.front().span;
  s.end_line = r.cells.back().span.end_line;
  s.end_column = r.cells.back().span.end_column;
  return s;
}

// A number as the file writes it: a decimal point in a file separated by ',', a decimal comma in
// one separated by ';'; no thousands separators, no percent signs. Empty `hint` when fine.
std::string parse_value(const std::string& text, char separator, double& out) {
  std::string plain = text;
  if (separator == ';') {
    if (plain.find('.') != std::string::npos) {
      std::string comma = plain;
      std::replace(comma.begin(), comma.end(), '.', ',');
      return translate(
          "this file is separated by ';', so numbers use a decimal comma and no thousands "
          "separator: write %1$s",
          plain.find(',') == std::string::npos ? excerpt(comma) : std::string("1234,5"));
    }
    std::replace(plain.begin(), plain.end(), ',', '.');
  }
  if (load::parse_number(plain, out) && std::isfinite(out)) return {};
  if (text.find('%') != std::string::npos) {
    return tr("write a percentage as a plain number (12.5 or 0.125), without '%'");
  }
  if (separator == ',' && text.find(',') != std::string::npos) {
    return tr("no thousands separators, and a decimal point: write 1234.5");
  }
  return translate("write a plain number such as 12 or %1$s", separator == ';' ? "0,25" : "0.25");
}

bool is_month(const std::string& s) {
  return s.size() == 7 && is_iso_date(s + "-01");
}

class DataLoader {
 public:
  DataLoader(const SourceText& source, DataLoadResult& out) : source_(source), out_(out) {
    std::fill(std::begin(index_), std::end(index_), -1);
  }

  // Record by record: a row is turned into a DataRow (or findings) and its cells let go.
  void load(csv::Reader& reader) {
    csv::Record record;
    bool has_header = reader.next(record);
    out_.separator = reader.separator();
    bool usable = has_header && read_header(record);
    // Without a usable header the rows are still read: their syntax problems are reported.
    while (reader.next(record)) {
      if (usable) read_row(record);
    }
    for (const csv::Problem& p : reader.problems()) report("data-syntax", p.span, "", p.message);
    if (!has_header && reader.problems().empty()) {
      report("data-syntax", {1, 1, 1, 1}, "",
             tr("the file is empty: it needs a header line such as touchpoint,metric,value"));
    }
  }

 private:
  void report(const char* rule, const SourceSpan& span, std::string path, std::string message,
              std::string suggestion = {}) {
    if (out_.findings.size() >= k_max_findings) {  // counted: the engine says there were more
      ++out_.dropped[rule];
      return;
    }
    out_.findings.push_back(make_finding(rule, span, std::move(path), std::move(message),
                                         std::move(suggestion), source_.name()));
  }

  bool read_header(const csv::Record& header) {
    bool ok = true;
    for (std::size_t i = 0; i < header.cells.size(); ++i) {
      const csv::Cell& cell = header.cells[i];
      std::string name = lower(trim(cell.text));
      if (name.compare(0, 2, "x-") == 0) continue;  // the author's own columns
      auto known = std::find(k_columns.begin(), k_columns.end(), name);
      if (known != k_columns.end()) {
        int& at = index_[known - k_columns.begin()];
        if (at >= 0) {
          report("data-syntax", cell.span, name,
                 translate("the column '%1$s' appears twice", name));
          ok = false;
        }
        at = static_cast<int>(i);
        continue;
      }
      unknown_column(cell, name);
      ok = false;
    }
    return required_columns(header) && ok;
  }

  void unknown_column(const csv::Cell& cell, const std::string& name) {
    std::string suggestion = name.empty() ? "" : closest_match(name, k_columns);
    std::string message = name.empty()
                              ? std::string(tr("a column without a name"))
                              : translate("unknown column '%1$s'", excerpt(trim(cell.text)));
    message += did_you_mean(
        suggestion, tr("; the columns are touchpoint, metric, value, kpi, actual, date and persona "
                       "(prefix your own with 'x-')"));
    report("data-syntax", cell.span, name, message, suggestion);
  }

  bool has(Column c) const { return index_[c] >= 0; }

  // Metric rows need touchpoint, metric and value; KPI rows kpi and actual.
  bool required_columns(const csv::Record& header) {
    metric_rows_ = has(touchpoint) && has(metric) && has(value);
    kpi_rows_ = has(kpi) && has(actual);
    bool metric_part = has(touchpoint) || has(metric) || has(value) || has(persona);
    bool kpi_part = has(kpi) || has(actual);
    std::string missing;
    std::size_t missing_count = 0;
    auto need = [&](Column c) {
      if (has(c)) return;
      missing += (missing.empty() ? "'" : ", '") + k_columns[c] + "'";
      ++missing_count;
    };
    if (metric_part && !metric_rows_) {
      for (Column c : {touchpoint, metric, value}) need(c);
    }
    if (kpi_part && !kpi_rows_) {
      for (Column c : {kpi, actual}) need(c);
    }
    if (missing.empty() && (metric_rows_ || kpi_rows_)) return true;
    report("data-syntax", cover(header), "",
           missing.empty()
               ? std::string(tr("the header names no data columns: touchpoint metrics need "
                                "touchpoint,metric,value and KPI actuals need kpi,actual (date and "
                                "persona are optional)"))
               : translate_n("the header lacks the column %1$s: touchpoint metrics need "
                             "touchpoint,metric,value and KPI actuals need kpi,actual (date and "
                             "persona are optional)",
                             "the header lacks the columns %1$s: touchpoint metrics need "
                             "touchpoint,metric,value and KPI actuals need kpi,actual (date and "
                             "persona are optional)",
                             missing_count, missing));
    metric_rows_ = kpi_rows_ = false;
    return false;
  }

  Text cell(const csv::Record& r, Column c) const {
    Text t;
    if (!has(c)) return t;
    const csv::Cell& x = r.cells[static_cast<std::size_t>(index_[c])];
    t.value = trim(x.text);
    t.span = x.span;
    t.present = !t.value.empty();
    return t;
  }

  void invalid(const Text& at, Column c, std::string message) {
    report("data-invalid-value", at.span, k_columns[c], std::move(message));
  }

  void read_row(const csv::Record& r) {
    DataRow row;
    row.span = cover(r);
    row.touchpoint = cell(r, touchpoint);
    row.kpi = cell(r, kpi);
    row.date = cell(r, date);
    bool ok = true;
    if (row.touchpoint.present == row.kpi.present) {
      report("data-invalid-value", row.span, "",
             row.touchpoint.present
                 ? tr("a row is a touchpoint's metric or a KPI's actual, not both: split it in two")
             : kpi_rows_ && metric_rows_ ? tr("this row names no touchpoint and no KPI")
             : metric_rows_              ? tr("this row names no touchpoint")
                                         : tr("this row names no KPI"));
      return;
    }
    if (row.date.present && !is_iso_date(row.date.value) && !is_month(row.date.value)) {
      invalid(
          row.date, date,
          translate("'%1$s' is not a date: write YYYY-MM-DD or YYYY-MM", excerpt(row.date.value)));
      ok = false;
    }
    ok = (row.touchpoint.present ? metric_row(r, row) : kpi_row(r, row)) && ok;
    if (ok) out_.rows.push_back(std::move(row));
  }

  bool number(const csv::Record& r, Column c, Field<double>& out) {
    Text t = cell(r, c);
    out.span = t.span;
    if (!t.present) {
      invalid(t, c, translate("no %1$s: write the number", k_columns[c]));
      return false;
    }
    std::string hint = parse_value(t.value, out_.separator, out.value);
    if (!hint.empty()) {
      invalid(t, c, translate("'%1$s' is not a number: %2$s", excerpt(t.value), hint));
      return false;
    }
    out.present = true;
    return true;
  }

  // A column that must stay empty on this kind of row. `why` is noop_tr-marked, %1$s the column.
  bool empty(const csv::Record& r, Column c, const char* why) {
    Text t = cell(r, c);
    if (!t.present) return true;
    invalid(t, c, translate(why, k_columns[c]));
    return false;
  }

  bool metric_row(const csv::Record& r, DataRow& row) {
    row.kind = DataRow::Kind::metric;
    row.metric = cell(r, metric);
    row.persona = cell(r, persona);
    bool ok = true;
    if (!row.metric.present) {
      invalid(row.metric, metric,
              tr("no metric: name what was measured (visits, conversion, ...)"));
      ok = false;
    }
    ok = empty(r, actual,
               noop_tr("'%1$s' is for KPI rows; a touchpoint's number goes in 'value'")) &&
         ok;
    return number(r, value, row.value) && ok;
  }

  bool kpi_row(const csv::Record& r, DataRow& row) {
    row.kind = DataRow::Kind::kpi;
    bool ok =
        empty(r, persona, noop_tr("'%1$s' is for touchpoint rows; a KPI is measured for everyone"));
    ok = empty(r, metric, noop_tr("'%1$s' is for touchpoint rows; a KPI row names the KPI only")) &&
         ok;
    ok = empty(r, value,
               noop_tr("'%1$s' is for touchpoint rows; a KPI's number goes in 'actual'")) &&
         ok;
    return number(r, actual, row.value) && ok;
  }

  const SourceText& source_;
  DataLoadResult& out_;
  int index_[k_column_count];
  bool metric_rows_ = false, kpi_rows_ = false;
};

}  // namespace

DataLoadResult load_data(const SourceText& source) {
  DataLoadResult result;
  csv::Options options;
  options.max_records = k_max_data_rows;
  csv::Reader reader(source, options);
  DataLoader(source, result).load(reader);
  return result;
}

std::string persona_metric(const std::string& metric, const std::string& persona) {
  return metric + "@" + persona;
}

}  // namespace journey
