// SPDX-License-Identifier: Apache-2.0
#include "journey/words.hpp"

#include <array>
#include <utility>

namespace journey {

namespace {

using Pair = std::pair<std::string, std::string>;  // English, Dutch

const std::array<Pair, static_cast<std::size_t>(Word::count)> k_words = {{
    {"Doing", "Doen"},
    {"Touchpoints", "Contactmomenten"},
    {"Thinking", "Denken"},
    {"Feeling", "Voelen"},
    {"Pains", "Pijnpunten"},
    {"Opportunities", "Kansen"},
    {"Owners", "Eigenaren"},
    {"Backstage", "Achter de schermen"},
    {"Support", "Ondersteuning"},
    {"KPIs", "KPI's"},
    {"goal", "doel"},
    {"role", "rol"},
    {"emotion", "emotie"},
    {"very negative", "zeer negatief"},
    {"negative", "negatief"},
    {"neutral", "neutraal"},
    {"positive", "positief"},
    {"very positive", "zeer positief"},
    {"mean", "gemiddeld"},
    {"target", "streefwaarde"},
    {"actual", "werkelijk"},
    {"meets target", "haalt de streefwaarde"},
    {"misses target", "mist de streefwaarde"},
    {"BLOCKER", "BLOKKADE"},
    {"workaround", "omweg"},
    {"minor", "klein"},
    {"fail point", "faalpunt"},
    {"moment of truth", "moment van de waarheid"},
    {"no touchpoints", "geen contactmomenten"},
    {"current state", "huidige situatie"},
    {"future state", "gewenste situatie"},
    {"reviewed", "herzien"},
    {"owner", "eigenaar"},
    {"goes back (loop)", "terug in de reis (lus)"},
    {"added", "toegevoegd"},
    {"removed", "verwijderd"},
    {"changed", "gewijzigd"},
    {"unchanged", "ongewijzigd"},
    {"low point", "dieptepunt"},
    {"Customer actions", "Klantacties"},
    {"Physical evidence", "Fysiek bewijs"},
    {"Frontstage", "Zichtbaar voor de klant"},
    {"Support processes", "Ondersteunende processen"},
    {"line of interaction", "interactielijn"},
    {"line of visibility", "zichtbaarheidslijn"},
    {"line of internal interaction", "lijn van interne interactie"},
    {"Personas", "Persona's"},
    {"everyone", "iedereen"},
    {"channel", "kanaal"},
    {"none recorded", "niet vastgelegd"},
    {"continued", "vervolg"},
    {"page", "pagina"},
    {"of", "van"},
    {"lowest for", "laagste punt van"},
    {"worst moment", "slechtste moment"},
    {"Scenario", "Scenario"},
    {"Goals", "Doelen"},
    {"Frustrations", "Frustraties"},
    {"line and shape: persona · fill: emotion", "lijn en vorm: persona · vulling: emotie"},
    {"Funnel", "Trechter"},
    {"users", "gebruikers"},
    {"Users reached", "Bereikte gebruikers"},
    {"go on", "gaan door"},
    {"leave", "haken af"},
    {"biggest leak", "grootste lek"},
    {"no data", "geen gegevens"},
    {"latest", "laatste"},
    {"previous", "vorige"},
    {"window", "venster"},
    {"closed funnel", "gesloten trechter"},
    {"open funnel", "open trechter"},
    {"Step", "Stap"},
    {"step conversion against the previous period, in percentage points",
     "stapconversie tegen de vorige periode, in procentpunten"},
    {"above", "hierboven"},
    {"below", "hieronder"},
}};

const Pair k_roles[] = {
    {"stranger", "vreemdeling"}, {"visitor", "bezoeker"},  {"lead", "lead"},
    {"customer", "klant"},       {"promoter", "promotor"}, {"ambassador", "ambassadeur"},
};

}  // namespace

bool parse_language(std::string_view text, Language& out) {
  for (Language l : k_languages) {
    if (text == to_string(l)) {
      out = l;
      return true;
    }
  }
  return false;
}

const char* to_string(Language language) {
  return language == Language::nl ? "nl" : "en";
}

const std::string& word(Word w, Language language) {
  const Pair& p = k_words[static_cast<std::size_t>(w)];
  return language == Language::nl ? p.second : p.first;
}

std::string role_name(const std::string& role, Language language) {
  for (const Pair& r : k_roles) {
    if (role == r.first || role == r.second) return language == Language::nl ? r.second : r.first;
  }
  return role;
}

}  // namespace journey
