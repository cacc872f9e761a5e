// SPDX-License-Identifier: Apache-2.0
// What the site keeps of a journey once its page is written: its row in the index and its share of
// the portfolio views. Workers send it to the parent over a pipe (encode/decode), so it holds
// values only.
#pragma once

#include <cstddef>
#include <string>
#include <vector>

namespace journey::site {

// Key figures of one version of a journey.
struct Figures {
  std::size_t touchpoints = 0;
  bool has_emotion = false;
  double mean_emotion = 0;
  std::size_t pains = 0;
  std::size_t kpis_judged = 0;  // KPIs with a target and an actual
  std::size_t kpis_met = 0;
};

// A channel, owner or persona and how many touchpoints it has in a journey.
struct Count {
  std::string name;
  std::size_t touchpoints = 0;
};

struct PainEntry {
  std::string key;         // the pain's words, normalised (see pain_key)
  std::string text;        // as written
  std::string touchpoint;  // the touchpoint's name
  std::string anchor;      // the touchpoint's id, for a link into the journey page
};

struct LowPoint {
  int emotion = 0;
  std::string touchpoint;
  std::string anchor;
  std::string persona;  // empty: the touchpoint's single emotion
  std::string phase;
};

// A funnel's biggest leak: the step that loses the most users, over the whole export.
struct FunnelLeak {
  std::string funnel;        // its name (or id)
  std::string from, to;      // the touchpoints' names
  std::string anchor;        // the step's row in the journey page
  double lost = 0;           // users
  double share = 0;          // of those at the step before
  bool opportunity = false;  // the step lists an opportunity
};

struct Summary {
  std::size_t index = 0;  // in the input order
  std::string file;       // as given
  std::string slug;       // journeys/<slug>.html
  std::string error;      // the file could not be read or the page written: the run fails
  bool loaded = false;    // a journey came out of the file (perhaps with errors)
  bool scored = false;    // no lint errors and a known model: drawn and scored
  std::string title, model, model_name, state, owner, reviewed;
  bool stale = false;  // reviewed more than 365 days before the report date, or never
  std::vector<std::string> personas;
  double score = 0;
  bool has_trend = false;  // the base of the history had a score
  double previous_score = 0;
  std::string previous_label;  // "abc1234 (2026-10-01)"
  std::size_t errors = 0, warnings = 0, infos = 0;
  Figures figures;
  std::vector<Count> channels, owners;  // sorted by name
  std::vector<PainEntry> pains;         // distinct keys, in file order
  std::vector<LowPoint> low_points;     // the lowest few, lowest first
  std::vector<FunnelLeak> leaks;        // one per funnel with counts
  std::vector<std::string> notes;
  std::size_t diagrams = 0, reused = 0;
};

std::string encode(const Summary& summary);
// False when `bytes` is not a whole summary (a worker that died mid-write).
bool decode(const std::string& bytes, Summary& out);

// The words of a pain for comparing across journeys: lower-case letters and digits, small words
// dropped, a plural 's' cut, sorted and unique ("Shipping costs shown late" and "late shown
// shipping cost" share a key). Empty when nothing is left.
std::string pain_key(const std::string& text);

}  // namespace journey::site
