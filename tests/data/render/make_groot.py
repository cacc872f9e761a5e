#!/usr/bin/env python3
"""Writes groot.journey.yaml and groot.model.yaml: a consultant's real-size map for the picture
tests (12 phases, 3 personas, 60 touchpoints with Dutch names of 40 to 80 characters, every lane
filled). Deterministic; run it again after changing it:  python3 tests/data/render/make_groot.py"""
import os

HERE = os.path.dirname(os.path.abspath(__file__))

PHASES = [
    ("bewustwording", "Bewustwording", "vreemdeling", "pre-purchase", "opvallen bij zzp'ers zonder vangnet"),
    ("orientatie", "Oriëntatie", "bezoeker", "pre-purchase", "de vragen beantwoorden die zzp'ers echt hebben"),
    ("vergelijking", "Vergelijking", "bezoeker", "pre-purchase", "eerlijk vergelijkbaar zijn"),
    ("advies", "Advies", "lead", "pre-purchase", "een adviesgesprek dat vertrouwen geeft"),
    ("offerte", "Offerte", "lead", "pre-purchase", "een offerte die in één keer klopt"),
    ("aanvraag", "Aanvraag", "lead", "purchase", "niemand haakt af in het formulier"),
    ("acceptatie", "Acceptatie", "klant", "purchase", "binnen vijf werkdagen een besluit"),
    ("ingang", "Ingang van de polis", "klant", "purchase", "de klant weet wat hij heeft"),
    ("gebruik", "Gebruik", "klant", "post-purchase", "premie en dekking blijven begrijpelijk"),
    ("melding", "Ziekmelding", "klant", "post-purchase", "een melding die de klant ontzorgt"),
    ("uitkering", "Uitkering", "klant", "post-purchase", "op tijd en zonder gedoe betalen"),
    ("verlenging", "Verlenging en loyaliteit", "ambassadeur", "post-purchase", "klanten blijven en bevelen ons aan"),
]

NAMES = [
    "Advertentie op LinkedIn over arbeidsongeschiktheid voor zelfstandigen",
    "Podcastfragment over een zzp'er die een jaar niet kon werken",
    "Artikel in het vakblad van de Kamer van Koophandel",
    "Gesprek met een collega-ondernemer op een netwerkborrel",
    "Zoekresultaat op 'arbeidsongeschiktheidsverzekering zzp'",
    "Landingspagina met uitleg over wachttijden en eigen risico",
    "Uitlegvideo over de verschillen tussen beroeps- en arbeidsongeschiktheid",
    "Veelgestelde vragen over premieaftrek en de inkomstenbelasting",
    "Rekenhulp voor het verzekerde bedrag bij een wisselend inkomen",
    "Chatgesprek met de digitale assistent over uitsluitingen",
    "Vergelijkingssite met premies van zes verschillende verzekeraars",
    "Productvergelijking op onze eigen website met de broodfondsen",
    "Klantbeoordelingen op Trustpilot over de afhandeling van claims",
    "Voorwaardendocument van tweeënveertig pagina's als pdf",
    "Telefoontje met de klantenservice over de premie na het vijftigste jaar",
    "Kennismakingsgesprek met de adviseur via een videoverbinding",
    "Inventarisatie van inkomen, beroep en gezondheid door de adviseur",
    "Adviesrapport met drie varianten en een duidelijke aanbeveling",
    "Vervolgafspraak om de gekozen variant samen door te nemen",
    "Samenvatting van het advies per e-mail met de volgende stappen",
    "Offerte met premie, wachttijd en eindleeftijd in één overzicht",
    "Aanpassing van de offerte na een andere keuze voor de wachttijd",
    "Digitale handtekening onder de offerte met iDIN",
    "Herinneringsmail wanneer de offerte na tien dagen niet getekend is",
    "Bevestiging dat de offerte is ontvangen en in behandeling is genomen",
    "Arbeidsongeschiktheidsverzekeringsaanvraagformulier online invullen",
    "Gezondheidsverklaring met vragen over klachten van de afgelopen vijf jaar",
    "Uploaden van de jaarcijfers en de inkomstenbelastingaangifte",
    "Controle van de gegevens met een overzicht voor het versturen",
    "Ontvangstbevestiging met het dossiernummer en de verwachte doorlooptijd",
    "Medische beoordeling door de medisch adviseur van de verzekeraar",
    "Aanvullende vragen van de acceptant over eerdere rugklachten",
    "Besluit over acceptatie met een uitsluiting voor rugklachten",
    "Gesprek met de adviseur over de uitsluiting en de mogelijkheden",
    "Akkoord van de klant op de aangepaste voorwaarden van de polis",
    "Welkomstmail met het polisblad en de belangrijkste afspraken",
    "Inloggen in de persoonlijke omgeving voor het eerst met DigiD",
    "Eerste premie-incasso van de rekening van de onderneming",
    "Welkomstgesprek van tien minuten met de vaste contactpersoon",
    "Overzicht van de dekking in begrijpelijke taal als één pagina",
    "Jaarlijkse premieherziening met uitleg over de indexatie",
    "Wijziging van het verzekerde bedrag na een goed bedrijfsjaar",
    "Nieuwsbrief met tips over preventie en een gezonde werkhouding",
    "Vraag over de dekking bij een verblijf in het buitenland",
    "Aanpassing van de premie na een verhuizing naar een andere provincie",
    "Ziekmelding via de app met een foto van de verklaring van de huisarts",
    "Eerste gesprek met de casemanager over de klachten en het werk",
    "Bezoek van de arbeidsdeskundige aan de werkplek thuis",
    "Reïntegratieplan met afspraken over gedeeltelijk hervatten",
    "Beoordeling van de mate van arbeidsongeschiktheid door de verzekeraar",
    "Eerste uitkering na afloop van de wachttijd van dertig dagen",
    "Maandelijkse uitkeringsspecificatie met de verrekening van inkomsten",
    "Herbeoordeling na drie maanden met een nieuwe medische vraag",
    "Beëindiging van de uitkering na volledig herstel van de klant",
    "Evaluatiegesprek over de afhandeling van de arbeidsongeschiktheid",
    "Verlengingsvoorstel met de premie voor het komende jaar",
    "Klanttevredenheidsonderzoek na een jaar met een NPS-vraag",
    "Uitnodiging om een collega-ondernemer aan te bevelen met korting",
    "Jubileumbericht na vijf jaar met een overzicht van de polis",
    "Opzegging of overstap naar een andere verzekeraar",
]

PERSONAS = [
    ("lotte", "Lotte, zelfstandig fysiotherapeut", "34 jaar, eigen praktijk sinds zes jaar, wisselend inkomen",
     ["haar inkomen beschermen als ze uitvalt", "weten waar ze aan toe is"],
     ["kleine lettertjes", "premies die elk jaar stijgen"]),
    ("daan", "Daan, freelance bouwkundig tekenaar", "47 jaar, werkt vanuit huis, eerder rugklachten",
     ["een verzekering ondanks zijn rug", "snel geholpen worden als het misgaat"],
     ["medische vragen die als een verhoor voelen", "lange wachttijden"]),
    ("sanne", "Sanne, startende grafisch ontwerper", "26 jaar, net begonnen, krap budget",
     ["goedkoop verzekerd zijn", "alles online regelen"],
     ["jargon", "bellen tijdens kantooruren"]),
]

OWNERS = ["marketing", "online", "klantenservice", "advies", "acceptatie", "schadebehandeling", "financien"]
CHANNELS = ["social", "web", "email", "telefoon", "video", "app", "post"]


def q(text):
    return '"' + text.replace('"', '\\"') + '"'


def emotions(k):
    base = [4, 3, 3, 4, 3, 2, 2, 3, 3, 2, 3, 4]
    b = base[k // 5]
    lotte = max(1, min(5, b + (1 if k % 3 == 0 else 0)))
    daan = max(1, min(5, b - (1 if k % 4 == 1 else 0) - (1 if 30 <= k <= 34 else 0)))
    sanne = max(1, min(5, b + (1 if k % 5 == 2 else 0) - (1 if k in (25, 26) else 0)))
    return {"lotte": lotte, "daan": daan, "sanne": sanne}


def touchpoint(k, out):
    name = NAMES[k]
    tid = "t%02d" % (k + 1)
    out.append("      - id: %s" % tid)
    out.append("        name: %s" % q(name))
    out.append("        channel: %s" % CHANNELS[k % len(CHANNELS)])
    e = emotions(k)
    out.append("        emotion: {lotte: %d, daan: %d, sanne: %d}" % (e["lotte"], e["daan"], e["sanne"]))
    out.append("        actions: [%s, %s]" % (q("leest de uitleg over " + name.split()[0].lower()),
                                              q("bespreekt het met de partner")))
    out.append("        thoughts: [%s]" % q("Wat betekent dit precies voor mijn inkomen als ik ziek word?"))
    out.append("        owner: %s" % OWNERS[k % len(OWNERS)])
    if k % 4 == 1:
        out.append("        pains:")
        if k in (26, 32, 45):
            out.append("          - {text: %s, severity: blocker}" % q("de vragen zijn onduidelijk en de klant stopt halverwege"))
        else:
            out.append("          - {text: %s, severity: workaround}" % q("de klant moet alles twee keer invullen"))
        out.append("        opportunities: [%s]" % q("vooraf ingevulde gegevens uit het KvK-register"))
    elif k % 4 == 3:
        out.append("        pains: [%s]" % q("de premie is pas aan het eind duidelijk"))
        out.append("        opportunities: [%s]" % q("toon de premie vanaf de eerste stap"))
    out.append("        backstage:")
    out.append("          - {text: %s, owner: %s}" % (q("dossier bijwerken in het polisadministratiesysteem"), OWNERS[(k + 2) % len(OWNERS)]))
    out.append("        support: [%s, %s]" % (q("CRM Salesforce"), q("polisadministratie Quion")))
    if k % 10 == 5:
        out.append("        moment: %s" % q("het moment dat het vertrouwen ontstaat"))
    out.append("        metrics: {bezoeken: %d, conversie: %s}" % (1000 - k * 12, "0.%02d" % (30 - k // 3)))
    if k % 5 == 4:
        out.append("        handoff: %s" % q("het dossier gaat met een samenvatting naar het volgende team"))


def journey():
    out = [
        "# A consultant's real-size map for the picture tests: 12 phases, 3 personas, 60 touchpoints",
        "# with Dutch names of 40 to 80 characters and every lane filled. Written by make_groot.py.",
        "journey: Een arbeidsongeschiktheidsverzekering afsluiten als zzp'er",
        "model: ./groot.model.yaml",
        "lang: nl",
        "state: current",
        "owner: klantreisteam",
        "reviewed: 2026-11-20",
        "description: " + q("Een zelfstandige zoekt een vangnet voor als ziekte het werk onmogelijk maakt, "
                            "vergelijkt, laat zich adviseren, wordt geaccepteerd en meldt zich later ziek."),
        "personas:",
    ]
    for pid, name, desc, goals, frustrations in PERSONAS:
        out.append("  - id: %s" % pid)
        out.append("    name: %s" % q(name))
        out.append("    description: %s" % q(desc))
        out.append("    goals: [%s]" % ", ".join(q(g) for g in goals))
        out.append("    frustrations: [%s]" % ", ".join(q(f) for f in frustrations))
    out.append("phases:")
    k = 0
    for pid, _, _, _, goal in PHASES:
        out.append("  %s:" % pid)
        out.append("    goal: %s" % q(goal))
        out.append("    touchpoints:")
        for _ in range(5):
            touchpoint(k, out)
            k += 1
    out.append("kpis:")
    for i, (pid, name, _, _, _) in enumerate(PHASES):
        out.append("  - {id: kpi-%s, name: %s, phase: %s, target: %d, actual: %d, unit: '%%'}" %
                   (pid, q("conversie " + name.lower()), pid, 60 + i, 52 + (i * 7) % 20))
    return "\n".join(out) + "\n"


def model():
    out = ["# The twelve phases of the real-size test map (groot.journey.yaml). Written by make_groot.py.",
           "id: groot", "name: {en: Income protection for the self-employed, nl: Arbeidsongeschiktheid voor zzp'ers}",
           "phases:"]
    for pid, name, role, stage, _ in PHASES:
        out.append("  - {id: %s, name: {en: %s, nl: %s}, stage: %s, role: %s}" % (pid, q(name), q(name), stage, role))
    return "\n".join(out) + "\n"


if __name__ == "__main__":
    assert len(NAMES) == 60
    for n in NAMES:
        assert 40 <= len(n) <= 80, n
    with open(os.path.join(HERE, "groot.journey.yaml"), "w", encoding="utf-8") as f:
        f.write(journey())
    with open(os.path.join(HERE, "groot.model.yaml"), "w", encoding="utf-8") as f:
        f.write(model())
