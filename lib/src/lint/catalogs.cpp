// SPDX-License-Identifier: Apache-2.0
// Resolving `use:`: catalogs of personas, channels and owners, depth-first in the order written.
// The first definition of an id wins: the journey's own, then each catalog's before those it uses.
#include <algorithm>
#include <set>
#include <unordered_map>

#include "journey/catalog.hpp"
#include "journey/messages.hpp"
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
// (the fields by their keys).
std::string differences(const std::vector<std::pair<const char*, bool>>& fields) {
  std::string out;
  for (const auto& [name, differs] : fields) {
    // TRANSLATORS: joins the keys whose values differ: "name and kind".
    if (differs) out = out.empty() ? std::string(name) : translate("%1$s and %2$s", out, name);
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
                           translate("cannot use catalog '%1$s': %2$s", top_->value, message)));
  }

  // The problem, after how its file was reached: as it is for the journey's own entry, else
  // preceded by where the file is used.
  std::string through(const Text& entry, const std::string& from, int depth,
                      const std::string& problem) const {
    return depth == 1 ? problem
                      // TRANSLATORS: %1$s is a catalog as written in a `use:` list, %2$s where
                      // (file:line:column), %3$s the problem with it.
                      : translate("'%1$s', used at %2$s, %3$s", entry.value,
                                  where(from, entry.span), problem);
  }

  void visit(const Text& entry, const std::string& from, int depth) {
    if (entry.value.empty()) {
      unusable(tr("the path is empty"));
      return;
    }
    std::string refused;
    std::string file = files_.resolve(from, entry.value, NamedFile::catalog, refused);
    if (!refused.empty()) {
      unusable(through(entry, from, depth, refused));
      j_.catalogs_complete = false;
      return;
    }
    auto on_stack = std::find(stack_.begin(), stack_.end(), file);
    if (on_stack != stack_.end()) {
      std::string cycle;
      for (auto it = on_stack; it != stack_.end(); ++it) cycle += *it + " -> ";
      unusable(translate("catalogs use each other in a cycle: %1$s (at %2$s)", cycle + file,
                         where(from, entry.span)));
      return;
    }
    if (visited_.count(file)) return;  // used twice (a diamond): read once
    if (!within_limits(entry, from, depth)) return;
    visited_.insert(file);
    analysis_.inputs.push_back(file);  // read or not: a missing file that appears later counts
    std::shared_ptr<const CatalogFile> used = catalog_cache().get(file);
    if (!used->source) {
      unusable(through(entry, from, depth, translate("cannot read %1$s: %2$s", file, used->error)));
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
      problem = translate("catalogs are nested more than %1$s deep (the next at %2$s)",
                          k_max_catalog_depth, where(from, entry.span));
    } else if (visited_.size() >= k_max_catalogs) {
      problem = translate("the journey uses more than %1$s catalog files (the next at %2$s)",
                          k_max_catalogs, where(from, entry.span));
    } else if (bytes_ > k_max_catalog_bytes) {
      problem = translate("its catalogs hold more than %1$s together (the next at %2$s)",
                          describe_size(k_max_catalog_bytes), where(from, entry.span));
    } else {
      return true;
    }
    j_.catalogs_complete = false;
    if (limit_reported_) return false;
    limit_reported_ = true;
    // TRANSLATORS: %1$s is a limit passed: "catalogs are nested more than 16 deep (...)".
    unusable(translate("%1$s; the rest is not read", problem));
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
    unusable(through(entry, from, depth,
                     // TRANSLATORS: %1$s is a file, %2$s the number of errors, %3$s the
                     // line:column of the first, %4$s its message.
                     translate_n("%1$s has %2$s error, at %3$s: %4$s",
                                 "%1$s has %2$s errors; the first, at %3$s: %4$s", errors, file,
                                 errors, at, first_error->message)));
  }

  void merge(const Catalog& c) {
    for (const Persona& p : c.personas) merge_persona(p);
    j_.channels_listed = j_.channels_listed || c.channels_present.present;
    j_.owners_listed = j_.owners_listed || c.owners_present.present;
    for (const Channel& ch : c.channels) {
      merge_entry(ch, "channels",
                  // TRANSLATORS: %2$s is file:line:column; %3$s the keys whose values differ,
                  // as written in the file ("name", "name and kind").
                  noop_tr("channel '%1$s' is defined first at %2$s with a different %3$s; this "
                          "definition is not used: make them agree or give one another id"),
                  channels_, j_.channels);
    }
    for (const Owner& o : c.owners) {
      merge_entry(o, "owners",
                  // TRANSLATORS: %2$s is file:line:column; %3$s the keys whose values differ,
                  // as written in the file ("name", "name and contact").
                  noop_tr("owner '%1$s' is defined first at %2$s with a different %3$s; this "
                          "definition is not used: make them agree or give one another id"),
                  owners_, j_.owners);
    }
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
          // TRANSLATORS: %2$s is the keys whose values differ, as written in the file ("name",
          // "name and description"); %3$s is file:line:column.
          translate("persona '%1$s' is defined here and, with a different %2$s, in %3$s; the "
                    "definition here is used: remove it to use the catalog's, or give it "
                    "another id",
                    p.id.value, what, where(p.file, p.id.span))));
      return;
    }
    conflict(p.id, p.file, "personas",
             // TRANSLATORS: %2$s is file:line:column; %3$s the keys whose values differ, as
             // written in the file ("name", "name and description").
             noop_tr("persona '%1$s' is defined first at %2$s with a different %3$s; this "
                     "definition is not used: make them agree or give one another id"),
             what, where(first.file, first.id.span));
  }

  // `list`: the catalog's key ("channels"); `message`: conflict()'s pattern for this kind.
  template <class Entry>
  void merge_entry(const Entry& e, const char* list, const char* message,
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
      conflict(e.id, e.file, list, message, differs, where(first.file, first.id.span));
    }
  }

  // A second definition in a later catalog: reported where it stands, in that catalog. `message`
  // (marked with noop_tr): "channel '%1$s' is defined first at %2$s with a different %3$s; ...",
  // with the id, where the first definition is and what differs.
  void conflict(const Text& id, const std::string& file, const std::string& list,
                const char* message, const std::string& differs, const std::string& first) {
    out_.push(make_finding("catalog-conflict", id.span, list + "[id=" + id.value + "]",
                           translate(message, id.value, first, differs), {}, file));
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
