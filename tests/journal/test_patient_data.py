"""The patient-data guard over a journal: where the numbers are, masked in the portfolio
by default and in a JSON copy on request, listed by `check --patient-data`, counted at
import; "Not a personal number" is remembered without the number."""

from __future__ import annotations

import dataclasses
import json
from datetime import date
from pathlib import Path

import pytest
from pypdf import PdfReader

from journal.cli import main
from journal.domain import (
    ArlEntry,
    Experience,
    Programme,
    ProgrammeSession,
    SessionKind,
    TheoryEntry,
    Trip,
    TripNote,
)
from journal.patient_data import check_journal
from journal.store import Journal, open_journal

PNR = "19121212-1212"  # Skatteverket's test number
CPR = "251248-4916"  # the classic Danish test person
HETU = "131052-308T"


def _fill(journal: Journal) -> dict[str, int]:
    journal.set_programme(
        Programme(
            name="Program",
            sessions=(
                ProgrammeSession(
                    title="Sparring",
                    kind=SessionKind.SPARRING,
                    starts_on=date(2026, 3, 1),
                    notes=f"Vi talade om patienten {HETU}.",
                ),
            ),
        )
    )
    ids = {
        "experience": journal.save(
            Experience(title="Ronden", body=f"Patienten med pnr {PNR} väntade länge.")
        ).id,
        "arl": journal.save(
            ArlEntry(title="Försök", action="Ingen siffra här.", reflection=f"cpr {CPR} nævnt")
        ).id,
        "trip": journal.save(
            TripNote(title=f"Besök {PNR}", trip=Trip(destination="Oslo"), place="Rikshospitalet")
        ).id,
        "clean": journal.save(Experience(title="Lugnt", body="Telefon 070-123 45 67.")).id,
    }
    theory = journal.save(TheoryEntry(title="Min teori", theory=f"Fallet {PNR} lärde mig"))
    assert theory.id is not None
    versioned = journal.add_theory_version(theory.id, "första")
    journal.save(dataclasses.replace(versioned, theory="Ny text utan nummer"))
    ids["theory"] = theory.id
    return {k: v for k, v in ids.items() if v is not None}


@pytest.fixture
def filled(data_dir: Path) -> tuple[Path, dict[str, int]]:
    with open_journal(data_dir, daily_backup=False) as journal:
        ids = _fill(journal)
    return data_dir, ids


def test_every_entry_and_field_with_a_number_is_listed(filled: tuple[Path, dict[str, int]]) -> None:
    folder, ids = filled
    with open_journal(folder, daily_backup=False) as journal:
        found = {hit.entry_id: hit for hit in check_journal(journal)}
    assert set(found) == {ids["experience"], ids["arl"], ids["trip"], ids["theory"]}
    assert found[ids["experience"]].fields() == ["body"]
    assert found[ids["arl"]].fields() == ["reflection"]
    assert found[ids["trip"]].fields() == ["title"]
    assert [(h.field, h.version) for h in found[ids["theory"]].hits] == [("theory", 1)]


def test_check_patient_data_never_prints_a_number(
    filled: tuple[Path, dict[str, int]], capsys: pytest.CaptureFixture[str]
) -> None:
    folder, _ids = filled
    assert main(["check", "--data-dir", str(folder), "--patient-data"]) == 1
    out = capsys.readouterr().out
    assert "Besök XXXXXXXX-XXXX" in out and "[body]" in out and "[reflection]" in out
    for number in (PNR, CPR, "121212", "4916"):
        assert number not in out
    assert "4 personal identity number(s) in 4 entries" in out


def _pdf_text(path: Path) -> str:
    return "\n".join(page.extract_text() for page in PdfReader(path).pages)


def test_the_portfolio_masks_by_default_and_keeps_the_journal_as_it_is(
    filled: tuple[Path, dict[str, int]], tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    folder, ids = filled
    out = tmp_path / "portfolio.pdf"
    assert main(["export", "--data-dir", str(folder), "--format", "pdf", "-o", str(out)]) == 0
    said = capsys.readouterr().out
    text = _pdf_text(out)
    assert "XXXXXXXX-XXXX" in text and "XXXXXX-XXXX" in text
    for number in (PNR, CPR, HETU, "191212121212"):
        assert number not in text.replace("\n", "")
    assert "5 personal identity number(s) masked" in said  # 4 entries and a session note
    with open_journal(folder, daily_backup=False) as journal:
        body = journal.get_entry(ids["experience"]).text_fields()["body"]
    assert PNR in body  # the stored entry is unchanged

    plain = tmp_path / "unmasked.pdf"
    assert (
        main(
            ["export", "--data-dir", str(folder), "--format", "pdf", "-o", str(plain), "--no-mask"]
        )
        == 0
    )
    assert PNR in _pdf_text(plain).replace("\n", "")


def test_json_keeps_the_numbers_and_says_so_and_masks_on_request(
    filled: tuple[Path, dict[str, int]], tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    folder, _ids = filled
    own = tmp_path / "own.json"
    assert main(["export", "--data-dir", str(folder), "--format", "json", "-o", str(own)]) == 0
    assert "4 personal identity number(s) in it, as written" in capsys.readouterr().out
    assert PNR in own.read_text(encoding="utf-8")
    shared = tmp_path / "shared.json"
    assert (
        main(["export", "--data-dir", str(folder), "--format", "json", "-o", str(shared), "--mask"])
        == 0
    )
    assert "5 personal identity number(s) masked" in capsys.readouterr().out
    text = shared.read_text(encoding="utf-8")
    for number in (PNR, CPR, HETU):
        assert number not in text
    json.loads(text)  # still a valid export

    other = tmp_path / "other"
    assert main(["import", "--data-dir", str(other), str(own)]) == 0
    assert "4 of the entries in the file hold personal identity numbers" in (
        capsys.readouterr().out
    )


def test_not_a_personal_number_is_remembered_for_that_entry_only(
    filled: tuple[Path, dict[str, int]], tmp_path: Path
) -> None:
    folder, ids = filled
    with open_journal(folder, daily_backup=False) as journal:
        stored = journal.dismiss_identity_number(ids["experience"], PNR)
        assert journal.dismiss_identity_number(ids["experience"], "191212121212") == stored
        assert len(stored) == 1 and PNR not in stored[0] and "1212" not in stored[0][:14]
        listed = {hit.entry_id for hit in check_journal(journal)}
        assert ids["experience"] not in listed and ids["trip"] in listed  # that entry only
        assert journal.get_entry(ids["experience"]).dismissed_numbers == stored
        # Kept through an autosave of the same entry and through a JSON round trip.
        entry = journal.get_entry(ids["experience"])
        assert isinstance(entry, Experience)
        journal.save(dataclasses.replace(entry, body=entry.body + " Mer."))
        assert journal.get_entry(ids["experience"]).dismissed_numbers == stored
    out = tmp_path / "own.json"
    assert main(["export", "--data-dir", str(folder), "--format", "json", "-o", str(out)]) == 0
    other = tmp_path / "other"
    assert main(["import", "--data-dir", str(other), str(out)]) == 0
    with open_journal(other, daily_backup=False) as journal:
        again = {hit.uid for hit in check_journal(journal)}
        uid = next(e.uid for e in journal.iter_entries() if e.title == "Ronden")
    assert uid not in again
    import sqlite3

    with sqlite3.connect(folder / "journal.sqlite3") as con:
        raw = "\n".join(r[0] for r in con.execute("SELECT dismissed_numbers FROM entries"))
    con.close()
    assert raw.count("pbkdf2-sha256$") == 1 and "19121212" not in raw  # the hash, no number
