// SPDX-License-Identifier: Apache-2.0
// `journey models --format json`: the models for scripts, in a shape that only ever grows.
#include "journey/escape.hpp"
#include "journey/model.hpp"

namespace journey {

namespace {

std::string quoted(const std::string& text) {
  return "\"" + json_escape(text) + "\"";
}

std::string quoted_or_null(const std::string& text) {
  return text.empty() ? "null" : quoted(text);
}

void write_phase(const ModelPhase& p, std::ostream& out) {
  out << "{\"id\": " << quoted(p.id) << ", \"name\": " << quoted(p.name_en)
      << ", \"name_nl\": " << quoted_or_null(p.name_nl) << ", \"aliases\": [";
  for (std::size_t i = 0; i < p.aliases.size(); ++i) out << (i ? ", " : "") << quoted(p.aliases[i]);
  out << "], \"stage\": " << quoted(to_string(p.stage)) << "}";
}

void write_model(const Model& m, std::ostream& out) {
  out << "    {\"id\": " << quoted(m.id) << ", \"name\": " << quoted(m.name)
      << ", \"name_nl\": " << quoted_or_null(m.name_nl)
      << ", \"description\": " << quoted_or_null(m.description)
      << ", \"origin\": " << quoted(m.origin) << ",\n     \"phases\": [";
  for (std::size_t i = 0; i < m.phases.size(); ++i) {
    out << (i ? ",\n       " : "\n       ");
    write_phase(m.phases[i], out);
  }
  out << "],\n     \"loop\": ";
  if (m.loop) {
    out << "{\"from\": " << quoted(m.phases[m.loop->first].id)
        << ", \"to\": " << quoted(m.phases[m.loop->second].id) << "}}";
  } else {
    out << "null}";
  }
}

}  // namespace

void write_models_json(const std::vector<const Model*>& models, std::ostream& out) {
  out << "{\n  \"version\": 1,\n  \"models\": [";
  for (std::size_t i = 0; i < models.size(); ++i) {
    out << (i ? ",\n" : "\n");
    write_model(*models[i], out);
  }
  out << (models.empty() ? "]\n}\n" : "\n  ]\n}\n");
}

}  // namespace journey
