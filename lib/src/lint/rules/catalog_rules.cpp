// SPDX-License-Identifier: Apache-2.0
// Rules about catalogs (`use:`) and data files (`data:`) whose findings the lint engine makes while
// it resolves them (lint/catalogs.cpp, lint/data_overlay.cpp); listed here to be configured and
// documented like any other rule. unknown-channel and unknown-owner check the resolved journey.
#include "rule_support.hpp"

namespace journey::rules {

namespace {

const RuleInfo k_catalog_rules[] = {
    {"unusable-catalog", Severity::error, "data",
     "a catalog in 'use:' cannot be used: it cannot be read, it has errors, catalogs use each "
     "other in a cycle, nest more than 16 deep, or number more than 64",
     "The personas, channels and owners of the journey come from its catalogs; without them "
     "references cannot be checked and every view misses what the catalog defines.",
     "use: [../catalog/personas.yaml]   # no such file\n",
     "Fix the path (relative to the journey file) or the catalog at the position shown; break "
     "the cycle."},
    {"catalog-conflict", Severity::warning, "data",
     "a persona, channel or owner is defined twice, in the journey and a catalog or in two "
     "catalogs, with a different name, description, kind or contact",
     "Two meanings of one id make maps disagree about who the customer is; only the first "
     "definition is used (the journey's own, then the catalogs in the order of 'use:').",
     "use: [catalog.yaml]   # defines sam as 'Sam, the solo maker'\npersonas:\n  - {id: sam, "
     "name: Sam the freelancer}\n",
     "Remove the local definition to use the catalog's, make the two agree, or give one "
     "another id."},
};

const RuleInfo k_data_rules[] = {
    {"unusable-data", Severity::error, "data",
     "a data file in 'data:' cannot be read: missing, not a regular file, over 16 MiB, or past "
     "16 data files or 64 MiB of them for one journey",
     "Its numbers are missing from the journey's metrics, KPIs and score.",
     "data: [analytics/2026-10.csv]   # no such file\n",
     "Fix the path (relative to the journey file), or split the file."},
    {"data-syntax", Severity::error, "data",
     "a data file is not CSV as journey reads it: binary data, invalid UTF-8, tab-separated, "
     "a bad quote, a row with more or fewer fields than the header, a header with unknown, "
     "repeated or missing columns, or more than 100,000 rows",
     "A row that cannot be read is a number that silently goes missing.",
     "touchpoint,metric,value\ncheckout,visits,\"1200\"5\n",
     "Export the data as CSV (UTF-8, separated by ',' or ';'); quote fields that hold the "
     "separator and write quotes in them twice."},
    {"data-invalid-value", Severity::error, "data",
     "a row of a data file with a malformed number or date, an empty required field, or values "
     "in columns that its kind of row does not use",
     "The row is left out: its metric or KPI actual keeps the YAML's value or none.",
     "touchpoint,metric,value\ncheckout,conversion,3.1%\n",
     "Write plain numbers (a decimal comma in files separated by ';'), dates as YYYY-MM-DD or "
     "YYYY-MM."},
    {"data-unknown-reference", Severity::error, "data",
     "a row of a data file names a touchpoint, KPI or persona that the journey does not have",
     "The number belongs nowhere: usually a renamed touchpoint or a typo in the export.",
     "touchpoint,metric,value\ncheckuot,visits,1200\n",
     "Use the journey's id (the suggestion), or remove the row."},
    {"data-duplicate-row", Severity::warning, "data",
     "two rows of the data files give the same metric of a touchpoint (and persona), or the "
     "same KPI, for the same date",
     "Only the first is used; the second is usually an export appended twice or a copy that "
     "was corrected in one place only.",
     "touchpoint,metric,value\ncheckout,visits,1200\ncheckout,visits,1250\n",
     "Remove one of the rows, or give each its date."},
    {"data-conflict", Severity::warning, "data",
     "a metric or KPI actual written in the journey that a data file gives with another value",
     "The data file wins, so the number in the YAML is stale and misleads whoever reads the "
     "file.",
     "metrics: {visits: 1200}   # the data file says 1250\n",
     "Remove the number from the YAML and keep it in the data file."},
};

}  // namespace

std::vector<std::unique_ptr<Rule>> make_catalog_rules() {
  std::vector<std::unique_ptr<Rule>> out;
  for (const RuleInfo& info : k_catalog_rules) out.push_back(std::make_unique<ReportedRule>(info));
  return out;
}

std::vector<std::unique_ptr<Rule>> make_data_rules() {
  std::vector<std::unique_ptr<Rule>> out;
  for (const RuleInfo& info : k_data_rules) out.push_back(std::make_unique<ReportedRule>(info));
  return out;
}

}  // namespace journey::rules
