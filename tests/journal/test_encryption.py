from __future__ import annotations

import hashlib
from pathlib import Path

import pytest

from journal.cli import main
from journal.domain import Experience
from journal.errors import PassphraseRequiredError, WrongPassphraseError
from journal.paths import journal_file
from journal.storage import backup, database
from journal.store import change_passphrase, open_journal

pytest.importorskip("sqlcipher3")

SECRET = "körsbär 'och\" päron"
WORDS = "hemlighetsfulla patientuppgifter"


def _digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def _raw_bytes(folder: Path) -> bytes:
    return b"".join(p.read_bytes() for p in folder.glob("journal.sqlite3*"))


def test_encrypted_journal_hides_its_text_and_needs_the_passphrase(
    data_dir: Path, capfd: pytest.CaptureFixture[str]
) -> None:
    with open_journal(data_dir, passphrase=SECRET) as j:
        assert j.encrypted
        j.save(Experience(title="Samtal", body=WORDS))
        assert [h.title for h in j.search("hemlighets")] == ["Samtal"]  # FTS5 inside SQLCipher
    path = journal_file(data_dir)
    assert WORDS.encode() not in _raw_bytes(data_dir)
    assert database.is_encrypted(path)
    before = _digest(path)
    with pytest.raises(PassphraseRequiredError):
        open_journal(data_dir)
    with pytest.raises(WrongPassphraseError):
        open_journal(data_dir, passphrase="fel")
    assert _digest(path) == before
    with open_journal(data_dir, passphrase=SECRET) as j:
        assert [e.title for e in j.iter_entries()] == ["Samtal"]
    assert "hmac" not in capfd.readouterr().err


def test_backups_of_an_encrypted_journal_are_encrypted(data_dir: Path) -> None:
    with open_journal(data_dir, passphrase=SECRET) as j:
        j.save(Experience(title="x", body=WORDS))
        made = j.backup()
    assert WORDS.encode() not in made.read_bytes()
    assert database.integrity_problems(made, SECRET) == []
    with pytest.raises(WrongPassphraseError):
        database.inspect_file(made, "fel")
    backup.restore(data_dir, made, SECRET)
    with open_journal(data_dir, passphrase=SECRET) as j:
        assert j.count_entries() == 1


def test_encrypt_rekey_and_decrypt(data_dir: Path) -> None:
    with open_journal(data_dir) as j:
        j.save(Experience(title="Början", body=WORDS))
    change_passphrase(data_dir, None, "ett")
    assert WORDS.encode() not in _raw_bytes(data_dir)
    change_passphrase(data_dir, "ett", "två")
    with pytest.raises(WrongPassphraseError):
        open_journal(data_dir, passphrase="ett")
    with open_journal(data_dir, passphrase="två") as j:
        assert [h.title for h in j.search("patientuppgifter")] == ["Början"]
    change_passphrase(data_dir, "två", None)
    assert not database.is_encrypted(journal_file(data_dir))
    with open_journal(data_dir) as j:
        assert j.count_entries() == 1
    reasons = [b.reason for b in backup.list_backups(data_dir)]
    assert reasons.count("before-rekey") == 3


def test_cli_reads_the_passphrase_from_a_file(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    folder = tmp_path / "j"
    secret = tmp_path / "secret.txt"
    secret.write_text(SECRET + "\n", encoding="utf-8")
    wrong = tmp_path / "wrong.txt"
    wrong.write_text("fel\n", encoding="utf-8")
    common = ["--data-dir", str(folder), "--passphrase-file", str(secret)]
    assert main(["demo", *common, "--entries", "12"]) == 0
    assert database.is_encrypted(journal_file(folder))
    assert main(["check", *common]) == 0
    assert main(["export", *common, "-o", str(tmp_path / "x.json")]) == 0
    capsys.readouterr()
    assert main(["check", "--data-dir", str(folder), "--passphrase-file", str(wrong)]) == 2
    assert "passphrase is not right" in capsys.readouterr().err
    assert main(["search", "--data-dir", str(folder), "tillit"]) == 2
    assert "encrypted" in capsys.readouterr().err
    assert main(["passphrase", *common, "--remove"]) == 0
    assert not database.is_encrypted(journal_file(folder))
