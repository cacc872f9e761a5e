// SPDX-License-Identifier: Apache-2.0
#include "export_builder.hpp"

#include <cmath>

#include "journey/escape.hpp"
#include "journey/messages.hpp"
#include "journey/numbers.hpp"

namespace journey::funnel {

std::string fold(std::string s) {
  std::size_t begin = s.find_first_not_of(" \t");
  if (begin == std::string::npos) return {};
  s = s.substr(begin, s.find_last_not_of(" \t") - begin + 1);
  for (char& c : s) {
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
  }
  return s;
}

std::string step_key(const std::string& name) {
  std::string key = fold(name);
  std::size_t digits = 0;
  while (digits < key.size() && key[digits] >= '0' && key[digits] <= '9') ++digits;
  if (digits > 0 && digits + 1 < key.size() && key[digits] == '.' && key[digits + 1] == ' ') {
    return fold(key.substr(digits + 2));
  }
  return key;
}

void ExportBuilder::report(const char* rule, const SourceSpan& span, std::string message) {
  if (out_.findings.size() >= k_max_findings) {
    ++out_.dropped[rule];
    return;
  }
  out_.findings.push_back(make_finding(rule, span, "", std::move(message), {}, out_.file));
}

ExportStep* ExportBuilder::step(const std::string& name, const SourceSpan& at) {
  std::string key = step_key(name);
  auto it = index_.find(key);
  if (it != index_.end()) return &out_.steps[it->second];
  if (out_.steps.size() >= k_max_funnel_steps) {
    if (!steps_capped_) {
      syntax(at, translate("the export has more than %1$s steps; '%2$s' and the steps after it "
                           "are not read",
                           k_max_funnel_steps, excerpt(name)));
    }
    steps_capped_ = true;
    return nullptr;
  }
  index_.emplace(key, out_.steps.size());
  out_.steps.push_back(ExportStep{name, at, {}});
  return &out_.steps.back();
}

bool ExportBuilder::add(ExportStep& step, ExportCount count) {
  if (!std::isfinite(count.count) || count.count < 0) {
    invalid(count.span, translate("a count of users is a whole number of at least 0, not %1$s",
                                  format_number(count.count)));
    return false;
  }
  if (count.count > 1e15 || std::floor(count.count) != count.count) {
    invalid(count.span, translate("a count of users is a whole number below 10^15, not %1$s",
                                  format_number(count.count)));
    return false;
  }
  if (count.seconds && (!std::isfinite(*count.seconds) || *count.seconds < 0)) {
    invalid(count.span, tr("a time between steps is a number of seconds of at least 0"));
    count.seconds.reset();
  }
  if (counts_ >= k_max_export_counts) {
    if (!counts_capped_) {
      syntax(count.span, translate("the export holds more than %1$s counts; the rest is not read",
                                   k_max_export_counts));
    }
    counts_capped_ = true;
    return false;
  }
  ++counts_;
  step.counts.push_back(std::move(count));
  return true;
}

}  // namespace journey::funnel
