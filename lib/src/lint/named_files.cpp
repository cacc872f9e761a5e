// SPDX-License-Identifier: Apache-2.0
// Resolving what a journey names (catalogs, data files, a model file) and the cap on what the
// files it uses report: see resolve.hpp.
#include <filesystem>

#include "resolve.hpp"

namespace fs = std::filesystem;

namespace journey::lint {

std::string NamedFiles::resolve(const std::string& from, const std::string& entry, NamedFile kind,
                                std::string& refused) const {
  fs::path p(entry);
  if (p.is_relative()) p = fs::path(from).parent_path() / p;
  p = p.lexically_normal();
  refused = scope.check(p.string(), root, kind);
  if (!refused.empty()) return {};
  // The file as it really is, so that one file reached under several names (through links) is
  // read once and named alike; relative to the working folder when written relative.
  std::error_code ec;
  fs::path real = fs::weakly_canonical(fs::absolute(p, ec), ec);
  if (ec || real.empty()) return p.string();
  if (p.is_absolute()) return real.string();
  fs::path relative = real.lexically_relative(fs::current_path(ec));
  return ec || relative.empty() ? real.string() : relative.string();
}

void UsedFindings::push(Finding f) {
  if (!full()) {
    kept_.push_back(std::move(f));
    return;
  }
  ++dropped_;
  if (is_error_(f) && is_shown_(f)) ++dropped_errors_;
}

void UsedFindings::dropped(const std::map<std::string, std::size_t>& by_rule) {
  for (const auto& [rule, count] : by_rule) {
    Finding f;
    f.rule = rule;
    dropped_ += count;
    if (is_error_(f) && is_shown_(f)) dropped_errors_ += count;
  }
}

}  // namespace journey::lint
