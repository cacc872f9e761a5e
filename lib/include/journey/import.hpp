// SPDX-License-Identifier: Apache-2.0
// Importing journeys from other formats, for now Mermaid's `journey` diagram: sections become
// phases of a model, tasks touchpoints, scores emotions and actors personas. The result is the
// text of a journey file and positioned findings; nothing is printed or written.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "journey/finding.hpp"
#include "journey/journey.hpp"
#include "journey/model.hpp"
#include "journey/source.hpp"

namespace journey {

// A Mermaid journey diagram as written, entity codes decoded (`#58;` is ':'), every name with
// the span it stood at in the .mmd file.
struct MermaidTask {
  Text name;
  Field<double> score;       // as written; Mermaid scores 1 to 5 but takes any number
  std::vector<Text> actors;  // trimmed, empty ones left out
  int section = -1;          // index into MermaidDiagram::sections; -1 before any section
};

struct MermaidDiagram {
  SourceSpan header;  // the `journey` keyword
  Text title;         // `title`, else the frontmatter's `title:`, else `accTitle`
  Text description;   // `accDescr`, on one line or in braces
  std::vector<Text> sections;
  std::vector<MermaidTask> tasks;  // in the order written
};

struct MermaidParseResult {
  std::optional<MermaidDiagram> diagram;  // absent when there were errors
  Findings findings;                      // errors and warnings, positioned in the source
};

// Reads a Mermaid journey diagram. Errors (rule `mermaid-syntax`, `input-limit`): not a journey
// diagram, a line Mermaid would refuse (a task without ': SCORE', a score that is not a number,
// `section` without a name, ';' outside an entity code), invalid UTF-8, and more than the limits
// of a journey (10,000 tasks, 1,000 sections, 1,000 actors on a task) or 16 MiB. Warnings
// (`mermaid-ignored`): text Mermaid ignores, control characters (read as spaces). Linear in the
// input; never throws on bad input.
MermaidParseResult parse_mermaid_journey(const SourceText& source);

struct ImportOptions {
  // What the journey's `model:` says: a model id, or the path of the model file relative to
  // where the journey will be written. Empty: the model's id.
  std::string model_reference;
};

struct ImportResult {
  // A journey file (YAML) that `journey lint` reads without errors; empty when the input had
  // errors. Every string in it is quoted as YAML needs (see yaml_write.hpp).
  std::string yaml;
  // The id of the model the journey is on.
  std::string model_id;
  // import_mermaid_auto only: the model file made from the diagram's sections, to be written where
  // the journey's `model:` points (AutoModelOptions::model_file); empty when a model of the
  // catalog was used or nothing was imported.
  std::string model_yaml;
  // Positioned in the input: the parser's findings, then what the import had to decide:
  // `unknown-section` (a section that names no phase of the model: its tasks join the phase of
  // the nearest section before it that does, or after it, or the first phase), `score-range` (a
  // score outside 1..5 or not whole, clamped and rounded), `missing-title`.
  Findings findings;

  bool ok() const { return !yaml.empty(); }
};

// Sections match the model's phases by id, English or Dutch name, or alias, ignoring case,
// accents, spaces and dashes. Tasks become touchpoints with ids from their names (ASCII, unique),
// in the task order both in their phase and through `next`; scores become emotions; actors
// become personas (ids from their names, up to the first comma) named on the touchpoints they
// take part in, or on none when every persona does.
ImportResult import_mermaid(const SourceText& source, const Model& model,
                            const ImportOptions& options = {});

// Where `--model auto` writes the model it makes for a journey file: beside it, named after it
// ("maps/shop.journey.yaml", ".journey.yml" or ".yaml" -> "maps/shop.model.yaml").
std::string section_model_path(const std::string& journey_path);

struct AutoModelOptions {
  // Where the model made from the sections is written, as the journey's `model:` names it
  // (relative to the journey); its id is made from the file's name ("shop.model.yaml": shop).
  std::string model_file;
  std::string diagram_name;  // the diagram's file name, for the model's description
};

// `--model auto`: a model that keeps the diagram's structure. When the sections name phases of a
// model of `catalog`, one each and in the model's order (of several, the one with the fewest
// phases), the journey is on that model, as import_mermaid makes it. Otherwise a model is made from
// the sections, one phase per section in order, named as written, with ASCII ids (`section-N` for
// names without ASCII letters or digits), returned in `model_yaml`; the journey uses it with a
// phase per section and `model:` naming `options.model_file`. Tasks before the first section join
// the first phase.
ImportResult import_mermaid_auto(const SourceText& source, const ModelCatalog& catalog,
                                 const AutoModelOptions& options);

}  // namespace journey
