// SPDX-License-Identifier: Apache-2.0
// Loading a catalog file: YAML text -> Catalog, with positioned findings in the catalog's file.
#include <unordered_map>

#include "journey/catalog.hpp"
#include "journey/fields.hpp"
#include "journey/messages.hpp"
#include "journey/yaml_tree.hpp"
#include "personas.hpp"
#include "reader.hpp"

namespace journey {

namespace {

using load::join_path;
using load::Reader;
using yaml::NodeId;
using yaml::NodeKind;

class CatalogLoader {
 public:
  CatalogLoader(const yaml::Tree& tree, Findings& findings) : r_(tree, findings) {}

  std::optional<Catalog> load() {
    NodeId root = r_.tree().root();
    if (!r_.root_is_map(noop_tr("a catalog file is a map with keys such as 'personas', "
                                "'channels' and 'owners'; found %1$s"))) {
      return std::nullopt;
    }
    Catalog c;
    c.span = r_.node(root).span;
    r_.each_pair(root, "", [&](const yaml::Node& key, NodeId value) {
      const std::string& k = key.value;
      if (k == "use") {
        r_.text_list(value, k, c.use);
      } else if (k == "personas") {
        load::read_personas(r_, value, c.personas);
      } else if (k == "channels") {
        c.channels_present = {true, key.span, true};
        read_entries(value, "channels", noop_tr("a channel (a map with 'id')"),
                     noop_tr("more than %1$s channels; journey reads the first %1$s and refuses "
                             "the rest: split the journey"),
                     c.channels);
      } else if (k == "owners") {
        c.owners_present = {true, key.span, true};
        read_entries(value, "owners", noop_tr("an owner (a map with 'id')"),
                     noop_tr("more than %1$s owners; journey reads the first %1$s and refuses "
                             "the rest: split the journey"),
                     c.owners);
      } else {
        r_.unknown_key(key, "", catalog_shape().keys());
      }
    });
    return c;
  }

 private:
  // Channels ({id, name, kind}) and owners ({id, name, contact}). `what` and `too_many` are
  // noop_tr-marked: what one entry is, and the message past k_max_list_items entries.
  template <class Entry>
  void read_entries(NodeId list, const char* key, const char* what, const char* too_many,
                    std::vector<Entry>& out) {
    if (!r_.expect(list, NodeKind::sequence, key, noop_tr("a list"))) return;
    const auto& n = r_.node(list);
    const Shape& shape = std::is_same_v<Entry, Channel> ? channel_shape() : owner_shape();
    const char* third = std::is_same_v<Entry, Channel> ? "kind" : "contact";
    std::size_t index = 0;
    const NodeId* end = r_.capped_end(list, load::k_max_list_items, key, too_many);
    for (const NodeId* it = r_.tree().begin(n); it != end; ++it, ++index) {
      std::string path = key + load::item_selector(r_, *it, index);
      if (!r_.expect(*it, NodeKind::map, path, what)) continue;
      Entry e;
      e.span = r_.node(*it).span;
      r_.each_pair(*it, path, [&](const yaml::Node& k, NodeId value) {
        std::string field = join_path(path, k.value);
        if (k.value == "id") {
          r_.identifier(value, field, e.id);
        } else if (k.value == "name") {
          r_.text(value, field, e.name);
        } else if (k.value == third) {
          r_.text(value, field, detail(e));
        } else {
          r_.unknown_key(k, path, shape.keys());
        }
      });
      if (!e.id.present) r_.missing(e.span, path, "id", noop_tr("the id journeys name"));
      out.push_back(std::move(e));
    }
  }

  static Text& detail(Channel& c) { return c.kind; }
  static Text& detail(Owner& o) { return o.contact; }

  Reader r_;
};

// Two entries of one list with the same id: the second is reported, as duplicate-id does in
// journeys. `message` is noop_tr-marked: %1$s the id, %2$s the line of the first.
template <class Entry>
void report_duplicates(const std::vector<Entry>& entries, const char* list, const char* message,
                       Findings& out) {
  std::unordered_map<std::string, const Entry*> first;
  for (const Entry& e : entries) {
    if (!e.id.usable()) continue;
    auto [it, added] = first.emplace(e.id.value, &e);
    if (added) continue;
    out.push_back(make_finding("duplicate-id", e.id.span,
                               std::string(list) + "[id=" + e.id.value + "].id",
                               translate(message, e.id.value, it->second->id.span.line)));
  }
}

template <class Entry>
void set_file(std::vector<Entry>& entries, const std::string& file) {
  for (Entry& e : entries) e.file = file;
}

}  // namespace

CatalogLoadResult load_catalog(const SourceText& source) {
  CatalogLoadResult result;
  yaml::ParseResult parsed = yaml::parse(source);
  result.findings = std::move(parsed.findings);
  if (parsed.ok) {
    CatalogLoader loader(parsed.tree, result.findings);
    result.catalog = loader.load();
  }
  if (Catalog* c = result.catalog ? &*result.catalog : nullptr) {
    report_duplicates(
        c->personas, "personas",
        noop_tr("persona id '%1$s' is already used at line %2$s; give this one its own id"),
        result.findings);
    report_duplicates(
        c->channels, "channels",
        noop_tr("channel id '%1$s' is already used at line %2$s; give this one its own id"),
        result.findings);
    report_duplicates(
        c->owners, "owners",
        noop_tr("owner id '%1$s' is already used at line %2$s; give this one its own id"),
        result.findings);
    set_file(c->personas, source.name());
    set_file(c->channels, source.name());
    set_file(c->owners, source.name());
  }
  for (Finding& f : result.findings) f.file = source.name();
  return result;
}

}  // namespace journey
