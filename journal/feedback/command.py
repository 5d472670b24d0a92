"""``leadership-journal feedback import FILE.pdf`` and ``feedback list``."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from journal.errors import JournalError
from journal.feedback.importer import ImportPreview, preview
from journal.feedback.model import MentorComment
from journal.feedback.reader import PasswordNeeded
from journal.store import Journal


def run_import(args: argparse.Namespace, journal: Journal) -> int:
    path = Path(args.file)
    found = _preview_asking(journal, path, args.password_file)
    for comment in found.comments:
        print(_line(comment, found.titles))
    added = 0 if args.dry_run else journal.add_mentor_comments(found.comments)
    general = sum(c.entry_uid is None for c in found.comments)
    summary = (
        f"{len(found.comments)} new comment(s) in {path.name}"
        + (f", {general} on the portfolio as a whole" if general else "")
        + (f"; {found.already} were imported before" if found.already else "")
    )
    if args.dry_run:
        print(f"{summary}. Nothing was stored (--dry-run).")
    else:
        print(f"{summary}. Stored {added}; answer them in the app (Comments from my mentor).")
    return 0


def run_list(args: argparse.Namespace, journal: Journal) -> int:
    comments = journal.mentor_comments()
    if args.awaiting:
        comments = [c for c in comments if c.awaiting]
    titles = journal.titles({c.entry_uid for c in comments if c.entry_uid})
    for comment in comments:
        print(_line(comment, titles))
        if comment.response.strip():
            print(f"    my response: {_one_line(comment.response, 200)}")
    if not comments:
        print(
            "No comments from your mentor" + (" waiting for a response." if args.awaiting else ".")
        )
    return 0


def _preview_asking(journal: Journal, path: Path, password_file: str | None) -> ImportPreview:
    if password_file:
        from journal.cli import read_secret

        return preview(journal, path, read_secret(password_file))
    try:
        return preview(journal, path)
    except PasswordNeeded:
        if not sys.stdin.isatty():
            raise JournalError(
                f"{path.name} is protected by a password: give it with --password-file"
            ) from None
    import getpass

    for _attempt in range(3):
        try:
            secret = getpass.getpass(f"Password of {path.name}: ")
        except EOFError:
            break
        try:
            return preview(journal, path, secret)
        except PasswordNeeded:
            print("That password does not open it.", file=sys.stderr)
    raise JournalError(f"{path.name} was not opened; nothing was imported")


def _one_line(text: str, limit: int) -> str:
    words = " ".join(text.split())
    return words if len(words) <= limit else words[: limit - 1] + "…"


def _line(comment: MentorComment, titles: dict[str, str]) -> str:
    if comment.entry_uid is not None:
        where = titles.get(comment.entry_uid) or "(an entry no longer in the journal)"
    elif comment.session_uid is not None:
        where = "(sparring notes)"
    else:
        where = "(the portfolio as a whole)"
    who = comment.author or "mentor"
    when = f", {comment.written_at.date().isoformat()}" if comment.written_at else ""
    indent = "    " if comment.reply_to else ""
    text = _one_line(comment.text, 160) or f"[{comment.kind.value.replace('_', ' ')}]"
    quote = f' on "{_one_line(comment.quote, 60)}"' if comment.quote else ""
    return f"{indent}p. {comment.page}  {where}: {who}{when}: {text}{quote}"
