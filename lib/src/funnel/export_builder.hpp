// SPDX-License-Identifier: Apache-2.0
// What every export reader shares: steps found by name, counts checked, findings positioned and
// bounded (read_export.cpp and the readers beside it).
#pragma once

#include <string>
#include <unordered_map>

#include "journey/funnel.hpp"

namespace journey::funnel {

std::string fold(std::string s);  // lower case (ASCII), trimmed

class ExportBuilder {
 public:
  explicit ExportBuilder(FunnelExport& out) : out_(out) {}

  FunnelExport& result() { return out_; }
  const std::string& file() const { return out_.file; }

  // data-syntax (the file's shape) and data-invalid-value (a value).
  void syntax(const SourceSpan& span, std::string message) {
    report("data-syntax", span, std::move(message));
  }
  void invalid(const SourceSpan& span, std::string message) {
    report("data-invalid-value", span, std::move(message));
  }

  // The step named `name` (found case-insensitively, a GA4 "2. " prefix dropped), added the first
  // time; null past k_max_funnel_steps, reported once.
  ExportStep* step(const std::string& name, const SourceSpan& at);

  // A count of a step, checked: finite, not negative, a whole number of users. False (reported)
  // when not usable or when the export holds k_max_export_counts already.
  bool add(ExportStep& step, ExportCount count);

 private:
  void report(const char* rule, const SourceSpan& span, std::string message);

  FunnelExport& out_;
  std::unordered_map<std::string, std::size_t> index_;
  std::size_t counts_ = 0;
  bool steps_capped_ = false, counts_capped_ = false;
};

// "2. Add to cart" -> "add to cart": GA4 numbers its step names.
std::string step_key(const std::string& name);

}  // namespace journey::funnel
