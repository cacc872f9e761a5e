// SPDX-License-Identifier: Apache-2.0
#include <cctype>
#include <map>

#include "features.hpp"
#include "journey/messages.hpp"

namespace journey::lsp {

Target target_at(const Snapshot& snapshot, const std::string& uri, const std::string& file,
                 const TextDocument& doc, Position position) {
  Target t;
  t.snapshot = &snapshot;
  t.uri = uri;
  int column = code_point_column(doc.line(position.line), position.character);
  t.occurrence = snapshot.index.at(file, position.line + 1, column);
  return t;
}

json definition(const Target& t) {
  json out = json::array();
  if (t.occurrence == nullptr) return out;
  for (const Occurrence* o : t.snapshot->index.all_of(*t.occurrence)) {
    if (o->definition) out.push_back(location(*t.snapshot, t.uri, o->file, o->span));
  }
  return out;
}

json references(const Target& t, bool include_declaration) {
  json out = json::array();
  if (t.occurrence == nullptr) return out;
  for (const Occurrence* o : t.snapshot->index.all_of(*t.occurrence)) {
    if (o->definition && !include_declaration) continue;
    out.push_back(location(*t.snapshot, t.uri, o->file, o->span));
  }
  return out;
}

namespace {

bool renamable(const Target& t) {
  return t.occurrence != nullptr &&
         (t.occurrence->kind == IdKind::persona || t.occurrence->kind == IdKind::touchpoint);
}

// What the loader accepts as an id (fields.cpp: letters, digits, '-', '_' and '.').
bool valid_id(const std::string& id) {
  if (id.empty() || id.size() > 200) return false;
  for (char c : id) {
    if (!std::isalnum(static_cast<unsigned char>(c)) && c != '-' && c != '_' && c != '.') {
      return false;
    }
  }
  return true;
}

}  // namespace

json prepare_rename(const Target& t) {
  if (!renamable(t)) return nullptr;
  const Occurrence& o = *t.occurrence;
  json where = location(*t.snapshot, t.uri, o.file, o.span);
  return json{{"range", where["range"]}, {"placeholder", o.id}};
}

json rename(const Target& t, const std::string& new_name, std::string& error) {
  if (!renamable(t)) {
    error = tr("only persona and touchpoint ids can be renamed");
    return nullptr;
  }
  if (!valid_id(new_name)) {
    error = translate("'%1$s' is not an id: use letters, digits, '-', '_' and '.'", new_name);
    return nullptr;
  }
  std::map<std::string, json> edits;  // by URI
  for (const Occurrence* o : t.snapshot->index.all_of(*t.occurrence)) {
    json where = location(*t.snapshot, t.uri, o->file, o->span);
    json& list = edits[where["uri"].get<std::string>()];
    if (list.is_null()) list = json::array();
    list.push_back({{"range", where["range"]}, {"newText", new_name}});
  }
  json changes = json::object();
  for (auto& [uri, list] : edits) changes[uri] = std::move(list);
  return json{{"changes", std::move(changes)}};
}

}  // namespace journey::lsp
