"""The ``leadership-journal`` command: the GUI when bare, or a subcommand.

Each subcommand imports what it needs when it runs, so ``search`` answers without
loading Qt or the ORM, and the GUI's first paint pays only for the GUI.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Callable, Sequence
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING, TypeAlias

from journal import paths
from journal.errors import JournalError, JournalMissingError

if TYPE_CHECKING:
    from journal.store import Journal

Subparsers: TypeAlias = "argparse._SubParsersAction[argparse.ArgumentParser]"

Handler = Callable[[argparse.Namespace], int]
# Starts the desktop app: (data dir or None, quit after start) -> exit code. Given by
# the ``ui`` package, which depends on ``journal`` and not the other way round.
GuiStarter = Callable[[Path | None, bool], int]


def _data_dir_option(parser: argparse.ArgumentParser, *, command: bool = True) -> None:
    # A subcommand's copy has no default of its own (SUPPRESS): given before the
    # command or after it, --data-dir means the same, and the global one is not reset.
    default = argparse.SUPPRESS if command else None
    parser.add_argument(
        "--data-dir",
        metavar="DIR",
        default=default,
        help="folder of the journal (default: $LEADERSHIP_JOURNAL_DATA_DIR, "
        "then the platform's data folder)",
    )
    parser.add_argument(
        "--passphrase-file",
        metavar="FILE",
        default=default,
        help="passphrase of an encrypted journal (otherwise asked for when needed)",
    )


def read_secret(file: str) -> str:
    try:
        secret = Path(file).read_text(encoding="utf-8").rstrip("\r\n")
    except OSError as exc:
        raise JournalError(f"cannot read {file}: {exc.strerror}") from exc
    except UnicodeDecodeError as exc:
        raise JournalError(f"{file} is not UTF-8 text; save it as UTF-8 and try again") from exc
    if not secret:
        raise JournalError(f"{file} is empty")
    return secret


def _passphrase(args: argparse.Namespace) -> str | None:
    """The journal's passphrase: from --passphrase-file, or asked for if it is encrypted."""
    if getattr(args, "passphrase_file", None):
        return read_secret(args.passphrase_file)
    from journal.storage.database import is_encrypted

    if not is_encrypted(paths.journal_file(_folder(args))):
        return None
    if not sys.stdin.isatty():
        raise JournalError(
            f"{paths.journal_file(_folder(args))} is either an encrypted journal (give its "
            "passphrase with --passphrase-file) or not a journal at all; it was not changed"
        )
    return _ask_passphrase(args)


def _ask_passphrase(args: argparse.Namespace) -> str:
    import getpass

    from journal.errors import WrongPassphraseError
    from journal.storage.database import inspect_file

    path = paths.journal_file(_folder(args))
    attempt = 0
    while attempt < 3:
        try:
            secret = getpass.getpass("Passphrase: ")
        except EOFError:  # Ctrl+D
            raise JournalError("no passphrase given; nothing was changed") from None
        if not secret:
            print("The passphrase is empty; type it, or press Ctrl+C.", file=sys.stderr)
            continue  # not a try
        attempt += 1
        try:
            inspect_file(path, secret)
            return secret
        except WrongPassphraseError:
            print("That passphrase is not right.", file=sys.stderr)
    raise WrongPassphraseError("three wrong passphrases; nothing was changed")


def _open(args: argparse.Namespace, **kwargs: bool) -> Journal:
    from journal.store import open_journal

    folder = _folder(args)
    if not kwargs.get("create", True) and not paths.journal_file(folder).exists():
        raise JournalMissingError(f"there is no journal in {folder}")
    journal = open_journal(folder, passphrase=_passphrase(args), **kwargs)
    for warning in journal.warnings:
        print(f"warning: {warning}", file=sys.stderr)
    return journal


def _iso_date(text: str) -> date:
    try:
        return date.fromisoformat(text)
    except ValueError as exc:
        raise argparse.ArgumentTypeError(f"not a date (YYYY-MM-DD): {text!r}") from exc


def build_parser() -> argparse.ArgumentParser:
    """The whole command line (a plain search is answered before it, by
    :mod:`journal.quick_search`)."""
    parser = argparse.ArgumentParser(
        prog="leadership-journal",
        description="A reflective-practice journal for leadership programmes. "
        "Without a command, the desktop app starts.",
    )
    _data_dir_option(parser, command=False)
    parser.add_argument(
        "--quit-after-start",
        action="store_true",
        help="start the app, wait for the first page of entries, then exit (benchmarks)",
    )
    parser.set_defaults(handler=_run_gui)
    sub = parser.add_subparsers(title="commands", metavar="COMMAND")
    for add in _COMMANDS.values():
        add(sub)
    return parser


def _add_demo(sub: Subparsers) -> None:
    demo = sub.add_parser("demo", help="create a realistic demo journal")
    _data_dir_option(demo)
    demo.add_argument("--entries", type=int, default=200, help="number of entries (200)")
    demo.add_argument("--seed", type=int, default=1, help="random seed (1)")
    demo.add_argument("--photos", type=int, default=None, help="number of photos (default: scaled)")
    demo.add_argument(
        "--language",
        choices=("sv", "mixed"),
        default="sv",
        help="sv: Swedish only, as a participant writes (default); "
        "mixed: Swedish, Danish and English text, for testing",
    )
    demo.add_argument(
        "--programme",
        metavar="ID",
        default=None,
        help="follow this shipped programme (see 'programmes'), in its language; "
        "default: the Swedish regional programme",
    )
    demo.set_defaults(handler=_run_demo)


def _add_export(sub: Subparsers) -> None:
    export = sub.add_parser("export", help="export the journal as JSON or a PDF portfolio")
    _data_dir_option(export)
    export.add_argument("--format", choices=("json", "pdf"), default="json")
    export.add_argument("-o", "--output", required=True, metavar="FILE")
    export.add_argument("--include-private", action="store_true", help="(pdf) include private")
    export.add_argument("--from", dest="date_from", type=_iso_date, metavar="DATE")
    export.add_argument("--to", dest="date_to", type=_iso_date, metavar="DATE")
    export.add_argument(
        "--kinds", nargs="+", choices=("experience", "arl", "theory", "trip_note"), default=None
    )
    export.add_argument(
        "--password-file", metavar="FILE", help="(pdf) encrypt with the password in this file"
    )
    export.add_argument(
        "--no-improvement",
        action="store_true",
        help="(pdf) leave out the part on your improvement work",
    )
    export.add_argument(
        "--mentor-dialogue",
        action="store_true",
        help="(pdf) after each commented entry, your mentor's comments and your responses",
    )
    masking = export.add_mutually_exclusive_group()
    masking.add_argument(
        "--no-mask",
        action="store_true",
        help="(pdf) keep personal identity numbers as written (they are masked by default)",
    )
    masking.add_argument(
        "--mask",
        action="store_true",
        help="(json) mask personal identity numbers, for a copy to share (kept by default)",
    )
    export.set_defaults(handler=_run_export)


def _add_import(sub: Subparsers) -> None:
    imp = sub.add_parser("import", help="import entries from a JSON export")
    _data_dir_option(imp)
    imp.add_argument("file", metavar="FILE")
    imp.set_defaults(handler=_run_import)


def _add_programmes(sub: Subparsers) -> None:
    progs = sub.add_parser("programmes", help="list programme templates, show one, or import one")
    _data_dir_option(progs)
    progs.add_argument("--show", metavar="ID", help="print a template's modules and sessions")
    progs.add_argument(
        "--import", dest="import_file", metavar="FILE", help="use an organiser's programme file"
    )
    progs.add_argument(
        "--start", type=date.fromisoformat, metavar="DATE", help="start date (YYYY-MM-DD)"
    )
    progs.set_defaults(handler=_run_programmes)


def _add_check(sub: Subparsers) -> None:
    check = sub.add_parser("check", help="check the journal file's integrity")
    _data_dir_option(check)
    check.add_argument(
        "--patient-data",
        action="store_true",
        help="list entries and fields that hold personal identity numbers (never the "
        "numbers); exit 1 when any does",
    )
    check.add_argument(
        "--repair",
        action="store_true",
        help="rebuild a damaged search index (after a backup); entries are not touched",
    )
    check.set_defaults(handler=_run_check)


def _add_search(sub: Subparsers) -> None:
    search = sub.add_parser("search", help="full-text search; prints the best matches")
    _data_dir_option(search)
    search.add_argument("query", nargs="+")
    search.add_argument("-n", "--limit", type=int, default=20)
    search.set_defaults(handler=_run_search)


def _add_backup(sub: Subparsers) -> None:
    backup = sub.add_parser("backup", help="back up the journal now")
    _data_dir_option(backup)
    which = backup.add_mutually_exclusive_group()
    which.add_argument("--list", action="store_true", help="list the backups instead")
    which.add_argument(
        "-o",
        "--output",
        metavar="FILE",
        help="write a consistent copy of the journal to FILE (also while the app is open)",
    )
    backup.set_defaults(handler=_run_backup)


def _add_restore(sub: Subparsers) -> None:
    restore = sub.add_parser(
        "restore", help="replace the journal by a backup (the current state is backed up first)"
    )
    _data_dir_option(restore)
    restore.add_argument("file", metavar="FILE")
    restore.set_defaults(handler=_run_restore)


def _add_passphrase(sub: Subparsers) -> None:
    secret = sub.add_parser(
        "passphrase",
        help="encrypt the journal, change its passphrase, or remove the encryption",
    )
    _data_dir_option(secret)
    which = secret.add_mutually_exclusive_group(required=True)
    which.add_argument("--new-passphrase-file", metavar="FILE", help="encrypt with this one")
    which.add_argument("--remove", action="store_true", help="store the journal unencrypted")
    secret.set_defaults(handler=_run_passphrase)


def _add_feedback(sub: Subparsers) -> None:
    feedback = sub.add_parser("feedback", help="read back the comments of your mentor")
    actions = feedback.add_subparsers(title="actions", metavar="ACTION", required=True)
    imp = actions.add_parser(
        "import", help="read the comments in a portfolio your mentor commented and returned"
    )
    _data_dir_option(imp)
    imp.add_argument("file", metavar="FILE.pdf")
    imp.add_argument("--password-file", metavar="FILE", help="the PDF's password, in a file")
    imp.add_argument("--dry-run", action="store_true", help="show them; store nothing")
    imp.set_defaults(handler=_run_feedback, action="import")
    listing = actions.add_parser("list", help="list the comments of your mentor")
    _data_dir_option(listing)
    listing.add_argument("--awaiting", action="store_true", help="only those not answered")
    listing.set_defaults(handler=_run_feedback, action="list")


def _run_feedback(args: argparse.Namespace) -> int:
    from journal.feedback import command

    with _open(args, create=False) as journal:
        if args.action == "import":
            return command.run_import(args, journal)
        return command.run_list(args, journal)


_COMMANDS: dict[str, Callable[[Subparsers], None]] = {
    "demo": _add_demo,
    "export": _add_export,
    "import": _add_import,
    "programmes": _add_programmes,
    "check": _add_check,
    "search": _add_search,
    "backup": _add_backup,
    "restore": _add_restore,
    "passphrase": _add_passphrase,
    "feedback": _add_feedback,
}


def main(argv: Sequence[str] | None = None, *, gui: GuiStarter | None = None) -> int:
    argv = list(sys.argv[1:] if argv is None else argv)
    args = build_parser().parse_args(argv)
    args.gui = gui
    handler: Handler = args.handler
    try:
        return handler(args)
    except Exception as exc:
        return failed(exc, lambda: _folder(args))
    except KeyboardInterrupt:
        return 130


def failed(exc: Exception, folder: Callable[[], Path | None]) -> int:
    """Tell what stopped a command, in a line and without a traceback; returns the exit
    code. A bug's details go to the log in the journal's ``folder``, not to the screen."""
    if isinstance(exc, JournalError):
        print(f"leadership-journal: {exc}", file=sys.stderr)
        return 2
    if isinstance(exc, BrokenPipeError):  # e.g. piped into `head`
        sys.stderr.close()
        return 0
    if isinstance(exc, OSError):  # a file named on the command line: missing, no access
        where = f" ({exc.filename})" if exc.filename else ""
        print(f"leadership-journal: {exc.strerror or exc}{where}", file=sys.stderr)
        return 2
    return _report_bug(folder, exc)


def _report_bug(folder_of: Callable[[], Path | None], exc: BaseException) -> int:
    from journal import crashlog

    try:
        folder = folder_of()
    except Exception:
        folder = None
    log = crashlog.record(folder, exc, context=" ".join(sys.argv[1:2]))
    where = f" The details are in {log}." if log else ""
    print(
        f"leadership-journal: an unexpected error stopped the command ({type(exc).__name__})."
        f"{where} The journal was not changed by it.",
        file=sys.stderr,
    )
    return 3


def _folder(args: argparse.Namespace) -> Path:
    return paths.data_dir(getattr(args, "data_dir", None))


def _run_gui(args: argparse.Namespace) -> int:
    gui: GuiStarter | None = args.gui
    if gui is None:
        raise JournalError("no command given (the desktop app starts with `leadership-journal`)")
    data_dir = Path(args.data_dir) if getattr(args, "data_dir", None) else None
    return gui(data_dir, args.quit_after_start)


def _run_programmes(args: argparse.Namespace) -> int:
    from journal import programmes

    if args.import_file:
        chosen = programmes.load_template(Path(args.import_file))  # checked before any change
        with _open(args) as journal:
            programme = programmes.adopt(journal, chosen, args.start or date.today())
        print(f"The journal now follows {chosen.name} ({len(programme.sessions)} sessions)")
        return 0
    if args.show:
        t = programmes.template(args.show)
        print(f"{t.name} ({t.name_en})" if t.name_en and t.name_en != t.name else t.name)
        if t.description:
            print(f"  {t.description}")
        modules = {m.uid: m.name for m in t.modules}
        for m in t.modules:
            print(f"  module {m.name}: {', '.join(m.themes)}" if m.themes else f"  module {m.name}")
        for s in sorted(t.sessions, key=lambda s: s.offset_days):
            where = f" [{modules[s.module]}]" if s.module else ""
            suggested = " (suggested: to be confirmed)" if s.placeholder else ""
            print(
                f"  day {s.offset_days:>4} +{s.duration_days}  {s.kind.value:<18} "
                f"{s.title}{where}{suggested}"
            )
        return 0
    for t in programmes.templates():
        print(f"{t.id:<18} {t.name}")
    return 0


def _run_demo(args: argparse.Namespace) -> int:
    from journal.demo import make_demo_journal

    with _open(args) as journal:
        if journal.count_entries() or journal.is_set_up():
            raise JournalError(
                f"{journal.path} already holds a journal; choose an empty --data-dir for the demo"
            )
        count = make_demo_journal(
            journal,
            entries=args.entries,
            seed=args.seed,
            photos=args.photos,
            language=args.language,
            programme_id=args.programme,
        )
    print(f"Demo journal with {count} entries in {_folder(args)}")
    return 0


def _run_export(args: argparse.Namespace) -> int:
    out = Path(args.output)
    paths.refuse_journal_path(_folder(args), out)
    password = read_secret(args.password_file) if args.password_file else None
    with _open(args, lock=False, daily_backup=False, create=False) as journal:
        if args.format == "json":
            from journal.interchange import export_json

            done = export_json(journal, out, mask=args.mask)
            print(f"Exported {done.entries} entries to {out}")
            if done.identity_numbers:
                print(
                    f"{done.identity_numbers} personal identity number(s) "
                    + (
                        "masked."
                        if done.masked
                        else "in it, as written: keep this file to yourself, or export "
                        "with --mask to share it."
                    )
                )
            return 0
        return _export_pdf(journal, args, out, password)


def _export_pdf(journal: Journal, args: argparse.Namespace, out: Path, password: str | None) -> int:
    from journal.domain import EntryKind
    from journal.portfolio import PortfolioOptions, export_and_record

    options = PortfolioOptions(
        include_private=args.include_private,
        date_from=args.date_from,
        date_to=args.date_to,
        kinds=frozenset(EntryKind(k) for k in (args.kinds or ())),
        password=password,
        mask_identity_numbers=not args.no_mask,
        mentor_dialogue=args.mentor_dialogue,
        improvement=not args.no_improvement,
    )
    result = export_and_record(journal, options, out)
    for warning in result.warnings:
        print(f"warning: {warning}", file=sys.stderr)
    print(f"Exported {result.entries} entries on {result.pages} pages to {out}")
    if result.masked:
        print(f"{result.masked} personal identity number(s) masked (--no-mask keeps them).")
    elif args.no_mask:
        print("Personal identity numbers, if any, are as written (--no-mask).")
    return 0


def _run_import(args: argparse.Namespace) -> int:
    from journal.interchange import import_json

    with _open(args) as journal:
        result = import_json(journal, Path(args.file))
    print(
        f"Imported {result.imported} entries"
        + (
            f"; {result.skipped} already in the journal were left as they were"
            if result.skipped
            else ""
        )
    )
    if result.with_identity_numbers:
        print(
            f"{result.with_identity_numbers} of the entries in the file hold personal "
            "identity numbers: `check --patient-data` lists them."
        )
    return 0


def _run_backup(args: argparse.Namespace) -> int:
    from journal.storage.backup import BackupReason, list_backups, make_backup

    folder = _folder(args)
    if args.list:
        for info in list_backups(folder):
            print(
                f"{info.made_at:%Y-%m-%d %H:%M} UTC  {info.reason:<17} {info.size:>10}  {info.path}"
            )
        return 0
    if not paths.journal_file(folder).exists():
        raise JournalMissingError(f"there is no journal in {folder}")
    from journal.storage.database import copy_database, inspect_file

    passphrase = _passphrase(args)
    state = inspect_file(paths.journal_file(folder), passphrase)  # refuses what is not a journal
    if args.output:
        out = Path(args.output)
        paths.refuse_journal_path(folder, out)
        copy_database(paths.journal_file(folder), out, passphrase if state.encrypted else None)
        print(f"A copy of the journal is in {out}")
        return 0
    print(make_backup(folder, BackupReason.MANUAL, passphrase=passphrase))
    return 0


def _run_restore(args: argparse.Namespace) -> int:
    from journal.storage.backup import restore

    done = restore(_folder(args), Path(args.file), _passphrase(args))  # takes the lock
    print(f"Restored {args.file}; the journal as it was is kept in {done.saved}")
    if done.rekeyed:
        print("The restored journal keeps the journal's current passphrase (or lack of one).")
    return 0


def _run_passphrase(args: argparse.Namespace) -> int:
    from journal.store import change_passphrase

    old = _passphrase(args)
    new = None if args.remove else read_secret(args.new_passphrase_file)
    done = change_passphrase(_folder(args), old, new)
    print(
        ("The journal is now encrypted. " if new else "The journal is no longer encrypted. ")
        + f"The journal as it was is kept in {done.saved}."
        + (" There is no way to recover a forgotten passphrase." if new else "")
    )
    print(f"{len(done.backups.rewritten)} backups were re-written under the new passphrase.")
    if done.backups.left:
        print(f"{len(done.backups.left)} backups made under an earlier passphrase keep it.")
    return 0


def _check_patient_data(args: argparse.Namespace) -> int:
    """Where personal identity numbers are (entry and field), never the numbers."""
    from journal.identity_numbers import mask_text
    from journal.patient_data import check_journal

    with _open(args, lock=False, daily_backup=False, create=False) as journal:
        found = check_journal(journal)
    for entry in found:
        title = mask_text(entry.title)[0] or "(untitled)"
        fields = ", ".join(entry.fields())
        print(f"{entry.occurred_on}  {entry.kind.value:<10} {title}  [{fields}]  #{entry.uid}")
    numbers = sum(len(entry.hits) for entry in found)
    if not found:
        print("No personal identity numbers found.")
        return 0
    print(
        f"{numbers} personal identity number(s) in {len(found)} entries. Mask them in the "
        "app (right-click the underlined number), or leave them: the portfolio masks them."
    )
    return 1


def _run_check(args: argparse.Namespace) -> int:
    from journal.storage import database

    if args.patient_data:
        return _check_patient_data(args)

    folder = _folder(args)
    path = paths.journal_file(folder)
    if not path.exists():
        raise JournalMissingError(f"there is no journal in {folder}")
    passphrase = _passphrase(args)
    problems = database.integrity_problems(path, passphrase)
    if args.repair and problems and all(database.SEARCH_INDEX_DAMAGED in p for p in problems):
        from journal.storage.backup import BackupReason, make_backup
        from journal.storage.lock import JournalLock

        lock = JournalLock(folder)
        lock.acquire()
        try:
            key = passphrase if database.is_encrypted(path) else None
            saved = make_backup(folder, BackupReason.MANUAL, passphrase=key)
            database.rebuild_search_index(path, key)
        finally:
            lock.release()
        print(f"The search index was rebuilt (the journal as it was is kept in {saved}).")
        problems = database.integrity_problems(path, passphrase)
    if problems:
        print(f"{path} is damaged:", file=sys.stderr)
        for problem in problems[:20]:
            print(f"  {problem}", file=sys.stderr)
        return 1
    print(f"{path}: ok")
    return 0


def _run_search(args: argparse.Namespace) -> int:
    from journal.quick_search import print_found
    from journal.search import run_search
    from journal.storage.database import connect, inspect_file, read_failure

    path = paths.journal_file(_folder(args))
    if not path.exists():
        raise JournalMissingError(f"there is no journal in {path.parent}")
    passphrase = _passphrase(args)
    state = inspect_file(path, passphrase)
    con = connect(path, passphrase if state.encrypted else None, readonly=True)
    try:
        found = run_search(con, " ".join(args.query), limit=args.limit)
    except Exception as exc:  # sqlite3's or SQLCipher's DatabaseError: a damaged file
        raise read_failure(path, exc) from exc
    finally:
        con.close()
    print_found(found)
    return 0 if found else 1


if __name__ == "__main__":
    raise SystemExit(main())
