"""Formatted text on the screen, Markdown in the journal, and nothing changed on the way."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from PySide6.QtCore import QMimeData, Qt
from PySide6.QtGui import QTextDocument
from pytestqt.qtbot import QtBot

from journal.demo import make_demo_journal
from journal.store import Journal
from ui.editors import markdown_doc
from ui.editors.markdown_edit import MarkdownEdit

CTRL = Qt.KeyboardModifier.ControlModifier
SHIFT = Qt.KeyboardModifier.ShiftModifier

# What a text field can hold: any character but those a text document takes as its own
# structure (paragraph and line separators, carriage return, the object marker), which
# the plain editor before this one turned into line breaks too.
STRUCTURE = "\r\u2028\u2029\ufffc\ufdd0\ufdd1"
MARKUP = "*_#>-+1234567890.) \\\n`"
texts = st.lists(
    st.one_of(
        st.sampled_from([*MARKUP, "**", "__", "***", "- ", "1. ", "# ", "> ", "\n\n"]),
        st.characters(codec="utf-8", exclude_characters=STRUCTURE),
    ),
    max_size=60,
).map("".join)


@pytest.fixture
def edit(qtbot: QtBot) -> Iterator[MarkdownEdit]:
    widget = MarkdownEdit()
    qtbot.addWidget(widget)
    widget.show()
    qtbot.waitExposed(widget)
    widget.setFocus()
    yield widget


@settings(max_examples=400, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(text=texts)
def test_any_stored_text_comes_back_unchanged(qapp: object, text: str) -> None:
    document = QTextDocument()
    markdown_doc.read(document, text)
    assert markdown_doc.write(document) == text


def test_every_text_of_the_demo_journal_comes_back_unchanged(
    qapp: object, journal: Journal
) -> None:
    make_demo_journal(journal, entries=40, seed=2, photos=0)
    seen = formatted = 0
    for entry in journal.iter_entries():
        for text in entry.text_fields().values():
            document = QTextDocument()
            markdown_doc.read(document, text)
            assert markdown_doc.write(document) == text
            seen += 1
            formatted += markdown_doc.has_markup(text)
    assert seen > 100 and formatted > 10


def test_text_typed_without_formatting_is_stored_byte_for_byte(
    edit: MarkdownEdit, qtbot: QtBot
) -> None:
    typed = "Morgonmotet 2*3 gick_bra # inte en rubrik"
    qtbot.keyClicks(edit, typed)
    qtbot.keyClick(edit, Qt.Key.Key_Return)
    qtbot.keyClicks(edit, "andra raden \\ med snedstreck")
    expected = typed + "\nandra raden \\ med snedstreck"
    assert edit.text() == expected
    edit.set_text(edit.text())
    assert edit.text() == expected


def test_bold_and_italic_show_as_such_and_are_stored_as_markdown(
    edit: MarkdownEdit, qtbot: QtBot
) -> None:
    qtbot.keyClicks(edit, "Hello world")
    qtbot.keyClick(edit, Qt.Key.Key_Left, CTRL | SHIFT)  # select "world"
    qtbot.keyClick(edit, Qt.Key.Key_B, CTRL)
    assert edit.toPlainText() == "Hello world"  # no markers on the screen
    assert edit.text() == "Hello **world**"
    qtbot.keyClick(edit, Qt.Key.Key_End)
    qtbot.keyClick(edit, Qt.Key.Key_B, CTRL)  # bold off for what comes next
    qtbot.keyClicks(edit, " and ")
    qtbot.keyClick(edit, Qt.Key.Key_I, CTRL)  # italic for what is typed next
    qtbot.keyClicks(edit, "more")
    assert edit.toPlainText() == "Hello world and more"
    assert edit.text() == "Hello **world** and *more*"

    edit.set_text(edit.text())  # saved and opened again
    assert edit.toPlainText() == "Hello world and more"
    assert edit.text() == "Hello **world** and *more*"


def test_ctrl_b_on_an_empty_field_inserts_no_markers(edit: MarkdownEdit, qtbot: QtBot) -> None:
    """It used to insert "****" and leave the cursor between them."""
    qtbot.keyClick(edit, Qt.Key.Key_B, CTRL)
    assert edit.toPlainText() == "" and edit.text() == ""
    qtbot.keyClicks(edit, "bold")
    assert edit.toPlainText() == "bold"
    assert edit.text() == "**bold**"


def test_headings_lists_and_quotes(edit: MarkdownEdit, qtbot: QtBot) -> None:
    qtbot.keyClicks(edit, "Title")
    qtbot.keyClick(edit, Qt.Key.Key_1, CTRL)
    qtbot.keyClick(edit, Qt.Key.Key_Return)  # after a heading: body text
    qtbot.keyClicks(edit, "Body")
    qtbot.keyClick(edit, Qt.Key.Key_Return)
    edit.toggle_bullets()
    qtbot.keyClicks(edit, "one")
    qtbot.keyClick(edit, Qt.Key.Key_Return)
    qtbot.keyClicks(edit, "two")
    qtbot.keyClick(edit, Qt.Key.Key_Return)
    qtbot.keyClick(edit, Qt.Key.Key_Return)  # an empty item ends the list
    edit.toggle_numbers()
    qtbot.keyClicks(edit, "first")
    qtbot.keyClick(edit, Qt.Key.Key_Return)
    qtbot.keyClicks(edit, "second")
    qtbot.keyClick(edit, Qt.Key.Key_Return)
    qtbot.keyClick(edit, Qt.Key.Key_Return)
    edit.toggle_quote()
    qtbot.keyClicks(edit, "A quote")
    expected = "# Title\nBody\n- one\n- two\n1. first\n2. second\n> A quote"
    assert edit.text() == expected
    assert "#" not in edit.toPlainText() and ">" not in edit.toPlainText()
    edit.set_text(expected)
    assert edit.text() == expected
    assert edit.document().findBlockByNumber(0).blockFormat().headingLevel() == 1
    assert edit.document().findBlockByNumber(2).textList() is not None


def test_a_dash_typed_at_the_start_of_a_line_starts_a_list(
    edit: MarkdownEdit, qtbot: QtBot
) -> None:
    qtbot.keyClicks(edit, "- milk")
    qtbot.keyClick(edit, Qt.Key.Key_Return)
    qtbot.keyClicks(edit, "eggs")
    assert edit.text() == "- milk\n- eggs"
    assert edit.document().begin().textList() is not None


def test_paste_from_word_keeps_bold_italics_and_lists_and_drops_the_rest(
    edit: MarkdownEdit,
) -> None:
    data = QMimeData()
    data.setHtml(
        "<html><body><p style='font-family:Calibri;font-size:11pt;color:#1f3864'>"
        "Plain <b>bold</b> and <i>italic</i> <span style='color:red;"
        "background:yellow;font-size:20pt'>coloured</span></p>"
        "<ul><li>one</li><li>two</li></ul><ol><li>first</li></ol></body></html>"
    )
    data.setText("Plain bold and italic coloured\none\ntwo\nfirst")
    edit.insertFromMimeData(data)
    assert edit.text() == "Plain **bold** and *italic* coloured\n- one\n- two\n1. first"
    fmt = edit.document().begin().begin().fragment().charFormat()
    assert not fmt.hasProperty(fmt.Property.ForegroundBrush)


def test_pasting_plain_markdown_shows_it_formatted(edit: MarkdownEdit) -> None:
    data = QMimeData()
    data.setText("**a** and *b*\r\n- c")
    edit.insertFromMimeData(data)
    assert edit.toPlainText() == "a and b\nc"
    assert edit.text() == "**a** and *b*\n- c"
