"""The formatting commands of a text field by name: their keys and the field's method.

The field (:class:`ui.editors.markdown_edit.MarkdownEdit`) takes its shortcuts from here,
and the window's formatting bar its buttons and the keys it shows, without loading the
field's module before the first editor is built.
"""

from __future__ import annotations

FORMATS: dict[str, tuple[str, str]] = {
    "bold": ("Ctrl+B", "toggle_bold"),
    "italic": ("Ctrl+I", "toggle_italic"),
    "heading": ("Ctrl+2", "toggle_heading"),
    "bullets": ("Ctrl+Shift+8", "toggle_bullets"),
    "numbers": ("Ctrl+Shift+7", "toggle_numbers"),
    "quote": ("Ctrl+Shift+9", "toggle_quote"),
}
# Keys of the field alone (the bar has one heading button).
HEADING_KEYS: dict[str, int] = {"Ctrl+1": 1, "Ctrl+3": 3, "Ctrl+0": 0}
