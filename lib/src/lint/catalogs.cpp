// SPDX-License-Identifier: Apache-2.0
// Resolving `use:`: catalogs of personas, channels and owners, depth-first in the order written.
// The first definition of an id wins: the journey's own, then each catalog's before those it uses.
#include <algorithm>
#include <set>
#include <unordered_map>

#include "journey/catalog.hpp"
#include "resolve.hpp"
#include "used_files.hpp"

namespace journey::lint {

namespace {

using CatalogFile = UsedFile<CatalogLoadResult>;

UsedFileCache<CatalogLoadResult>& catalog_cache() {
  static UsedFileCache<CatalogLoadResult> cache(&load_catalog);
  return cache;
}

// The catalogs of one journey together: past this no further catalog is read, so that a journey
// cannot make lint read 64 files of 16 MiB each.
constexpr std::size_t k_max_catalog_bytes = 64u << 20;

// What differs between two definitions of one id: "name", "description", "name and kind", ...
std::string differences(const std::vector<std::pair<const char*, bool>>& fields) {
  std::string out;
  for (const auto& [name, differs] : fields) {
    if (differs) out += (out.empty() ? "" : " and ") + std::string(name);
  }
  return out;
}

std::string differences(const Persona& a, const Persona& b) {
  return differences({{"name", a.name.value != b.name.value},
                      {"description", a.description.value != b.description.value}});
}

std::string differences(const Channel& a, const Channel& b) {
  return differences(
      {{"name", a.name.value != b.name.value}, {"kind", a.kind.value != b.kind.value}});
}

std::string differences(const Owner& a, const Owner& b) {
  return differences(
      {{"name", a.name.value != b.name.value}, {"contact", a.contact.value != b.contact.value}});
}

class CatalogResolver {
 public:
  CatalogResolver(Journey& j, const NamedFiles& files, Analysis& analysis, UsedFindings& out)
      : j_(j), files_(files), analysis_(analysis), out_(out) {
    for (std::size_t i = 0; i < j.personas.size(); ++i) {
      if (j.personas[i].id.usable()) personas_.emplace(j.personas[i].id.value, i);
    }
  }

  void run(const std::string& path) {
    for (const Text& entry : j_.use.value) {
      top_ = &entry;
      visit(entry, path, 1);
    }
  }

 private:
  void unusable(const std::string& message) {
    out_.push(make_finding("unusable-catalog", top_->span, "use",
                           "cannot use catalog '" + top_->value + "': " + message));
  }

  // How the problem file was reached: nothing for the journey's own entry, else where it is used.
  std::string through(const Text& entry, const std::string& from, int depth) const {
    return depth == 1 ? "" : "'" + entry.value + "', used at " + where(from, entry.span) + ", ";
  }

  void visit(const Text& entry, const std::string& from, int depth) {
    if (entry.value.empty()) {
      unusable("the path is empty");
      return;
    }
    std::string refused;
    std::string file = files_.resolve(from, entry.value, NamedFile::catalog, refused);
    if (!refused.empty()) {
      unusable(through(entry, from, depth) + refused);
      j_.catalogs_complete = false;
      return;
    }
    auto on_stack = std::find(stack_.begin(), stack_.end(), file);
    if (on_stack != stack_.end()) {
      std::string cycle;
      for (auto it = on_stack; it != stack_.end(); ++it) cycle += *it + " -> ";
      unusable("catalogs use each other in a cycle: " + cycle + file + " (at " +
               where(from, entry.span) + ")");
      return;
    }
    if (visited_.count(file)) return;  // used twice (a diamond): read once
    if (!within_limits(entry, from, depth)) return;
    visited_.insert(file);
    analysis_.inputs.push_back(file);  // read or not: a missing file that appears later counts
    std::shared_ptr<const CatalogFile> used = catalog_cache().get(file);
    if (!used->source) {
      unusable(through(entry, from, depth) + "cannot read " + file + ": " + used->error);
      j_.catalogs_complete = false;
      return;
    }
    bytes_ += used->source->text().size();
    analysis_.report.other_sources[file] = used->source;
    report_findings(*used, entry, from, depth);
    if (!used->loaded.catalog) {
      j_.catalogs_complete = false;
      return;
    }
    const Catalog& catalog = *used->loaded.catalog;
    merge(catalog);
    stack_.push_back(file);
    for (const Text& next : catalog.use.value) visit(next, file, depth + 1);
    stack_.pop_back();
  }

  bool within_limits(const Text& entry, const std::string& from, int depth) {
    std::string problem;
    if (depth > k_max_catalog_depth) {
      problem = "catalogs are nested more than " + std::to_string(k_max_catalog_depth) +
                " deep (the next at " + where(from, entry.span) + ")";
    } else if (visited_.size() >= k_max_catalogs) {
      problem = "the journey uses more than " + std::to_string(k_max_catalogs) +
                " catalog files (the next at " + where(from, entry.span) + ")";
    } else if (bytes_ > k_max_catalog_bytes) {
      problem = "its catalogs hold more than " + describe_size(k_max_catalog_bytes) +
                " together (the next at " + where(from, entry.span) + ")";
    } else {
      return true;
    }
    j_.catalogs_complete = false;
    if (limit_reported_) return false;
    limit_reported_ = true;
    unusable(problem + "; the rest is not read");
    return false;
  }

  // The catalog's own findings, positioned in it; its errors also make its `use:` entry one.
  void report_findings(const CatalogFile& used, const Text& entry, const std::string& from,
                       int depth) {
    const Finding* first_error = nullptr;
    std::size_t errors = 0;
    // The loader keeps at most k_max_findings: more means some were left out, errors likely.
    if (used.loaded.findings.size() >= k_max_findings) out_.dropped({{"unusable-catalog", 1}});
    for (const Finding& f : used.loaded.findings) {
      out_.push(f);
      if (!out_.is_error(f)) continue;
      if (first_error == nullptr) first_error = &f;
      ++errors;
    }
    if (first_error == nullptr) return;
    const std::string& file = used.source->name();
    std::string at =
        std::to_string(first_error->span.line) + ":" + std::to_string(first_error->span.column);
    unusable(through(entry, from, depth) + file + " has " + std::to_string(errors) +
             (errors == 1 ? " error, at " : " errors; the first, at ") + at + ": " +
             first_error->message);
  }

  void merge(const Catalog& c) {
    for (const Persona& p : c.personas) merge_persona(p);
    j_.channels_listed = j_.channels_listed || c.channels_present.present;
    j_.owners_listed = j_.owners_listed || c.owners_present.present;
    for (const Channel& ch : c.channels) merge_entry(ch, "channel", channels_, j_.channels);
    for (const Owner& o : c.owners) merge_entry(o, "owner", owners_, j_.owners);
  }

  void merge_persona(const Persona& p) {
    if (!p.id.usable()) return;
    auto [it, added] = personas_.emplace(p.id.value, j_.personas.size());
    if (added) {
      j_.personas.push_back(p);
      j_.personas.back().via = top_->span;
      return;
    }
    const Persona& first = j_.personas[it->second];
    std::string what = differences(first, p);
    if (what.empty() || first.file == p.file) return;  // twice in one catalog: duplicate-id
    if (first.file.empty()) {  // the journey's own: reported there, where it can be fixed
      out_.push(make_finding(
          "catalog-conflict", first.id.span, "personas[id=" + p.id.value + "]",
          "persona '" + p.id.value + "' is defined here and, with a different " + what + ", in " +
              where(p.file, p.id.span) +
              "; the definition here is used: remove it to use the catalog's, or give it "
              "another id"));
      return;
    }
    conflict(p.id, p.file, "personas", "persona", what, where(first.file, first.id.span));
  }

  template <class Entry>
  void merge_entry(const Entry& e, const char* what,
                   std::unordered_map<std::string, std::size_t>& index, std::vector<Entry>& all) {
    if (!e.id.usable()) return;
    auto [it, added] = index.emplace(e.id.value, all.size());
    if (added) {
      all.push_back(e);
      return;
    }
    const Entry& first = all[it->second];
    std::string differs = differences(first, e);
    if (!differs.empty() && first.file != e.file) {  // twice in one catalog: duplicate-id
      conflict(e.id, e.file, std::string(what) + "s", what, differs,
               where(first.file, first.id.span));
    }
  }

  // A second definition in a later catalog: reported where it stands, in that catalog.
  void conflict(const Text& id, const std::string& file, const std::string& list,
                const std::string& what, const std::string& differs, const std::string& first) {
    out_.push(make_finding(
        "catalog-conflict", id.span, list + "[id=" + id.value + "]",
        what + " '" + id.value + "' is defined first at " + first + " with a different " + differs +
            "; this definition is not used: make them agree or give one another id",
        {}, file));
  }

  Journey& j_;
  const NamedFiles& files_;
  Analysis& analysis_;
  UsedFindings& out_;
  const Text* top_ = nullptr;       // the journey's `use:` entry being resolved
  std::vector<std::string> stack_;  // the catalogs being read, for cycles
  std::set<std::string> visited_;   // every catalog read or tried
  std::size_t bytes_ = 0;           // read so far
  bool limit_reported_ = false;
  std::unordered_map<std::string, std::size_t> personas_, channels_, owners_;  // id -> index
};

}  // namespace

void resolve_catalogs(Journey& j, const std::string& path, const NamedFiles& files,
                      Analysis& analysis, UsedFindings& out) {
  if (j.use.value.empty()) return;
  CatalogResolver(j, files, analysis, out).run(path);
}

}  // namespace journey::lint
