"""The six things the portfolio needs of reportlab that its public API does not offer.

Each relies on reportlab's internals, so each lives here and nowhere else, and
tests/portfolio/test_reportlab_private.py checks every assumption: a reportlab upgrade
that breaks one fails that test, not a participant's export. pyproject.toml bounds
reportlab to the versions that test has passed on.
"""

from __future__ import annotations

import hashlib
import io
from typing import Any

from reportlab.lib.utils import ImageReader


def text_cursor(canv: Any) -> tuple[float, float]:
    """Where the text being drawn has got to, inside an ``<onDraw>`` callback of a
    Paragraph (the contents' dot leaders start there). reportlab keeps it only in
    ``canvas._curr_tx_info``."""
    info = canv._curr_tx_info
    return float(info["cur_x"]), float(info["cur_y"])


def keep_canvas_open(doc: Any) -> None:
    """Make ``doc.build()`` leave its canvas unsaved, so that forms whose content is
    known only after layout (the contents' page numbers) can still be defined on it.
    BaseDocTemplate saves unless its ``_doSave`` is false; no public switch exists."""
    doc._doSave = 0


class JpegReader(ImageReader):  # type: ignore[misc]
    """A JPEG that reportlab embeds as it is, named by a digest of its bytes.

    canvas.drawImage names every image by a digest of what ``getRGBData`` returns, which
    for an ordinary reader means decoding every pixel: several milliseconds and 3 bytes
    a pixel (2.9 MB for a 1200 x 800 photo), wasted on a JPEG that goes into the PDF
    unchanged. For a JPEG this reader returns a digest of its bytes instead; reportlab
    uses that return value only to name the image when ``jpeg_fh()`` is set.
    """

    def __init__(self, jpeg: bytes) -> None:
        super().__init__(io.BytesIO(jpeg))
        self._key = hashlib.sha256(jpeg).digest()

    def getRGBData(self) -> bytes:
        if self.jpeg_fh() is None:
            return bytes(super().getRGBData())
        self._dataA = None  # a JPEG has no alpha channel
        return self._key


def name_destinations(canv: Any, names: dict[str, str]) -> None:
    """Write the catalog's ``/Dests`` dictionary: each name (``lj-entry-<uid>``) to the
    destination of a bookmark key already drawn (``canvas.bookmarkHorizontal``).
    reportlab keeps its bookmark keys to itself (they are not PDF named destinations);
    ``canvas._bookmarkReference`` is the destination it made for a key, and the
    catalog's ``Dests`` is written when set. Call before ``canvas.save()``."""
    from reportlab.pdfbase.pdfdoc import PDFDictionary

    if names:
        refs = {name: canv._bookmarkReference(key) for name, key in names.items()}
        canv._doc.Catalog.Dests = PDFDictionary(refs)


def add_info_entry(canv: Any, key: str, value: str) -> None:
    """One more entry in the document information dictionary (the export id). reportlab
    writes a fixed set of entries (``PDFInfo.format``); this info object adds one."""
    from reportlab.pdfbase.pdfdoc import PDFDictionary, PDFInfo, PDFString

    class _Info(PDFInfo):  # type: ignore[misc]
        def format(self, document: Any) -> bytes:
            formatted: bytes = super().format(document)
            extra: bytes = PDFDictionary({key: PDFString(value)}).format(document)
            # Both are "<< ... >>": the extra entry goes before the closing ">>".
            return formatted.rstrip()[:-2] + extra.strip()[2:]

    info = canv._doc.info
    extended = _Info()
    extended.__dict__.update(info.__dict__)
    canv._doc.info = extended


def valid_to_unicode() -> None:
    """Make reportlab write valid ToUnicode entries for characters beyond U+FFFF.

    ``ttfonts.makeToUnicodeCMap`` writes each character as ``<%04X>``: an emoji becomes
    ``<1F600>``, an odd-length string that readers cut to U+1F60 ("ὠ") or drop, so
    copying or searching it fails. The PDF wants UTF-16BE, a surrogate pair for such a
    character (``<D83DDE00>``). The function is looked up by name when a subset is
    written, so replacing it here takes effect for every font."""
    from reportlab.pdfbase import ttfonts

    if getattr(ttfonts.makeToUnicodeCMap, "lj_valid", False):
        return
    original = ttfonts.makeToUnicodeCMap

    def make(fontname: str, subset: list[int]) -> str:
        text: str = original(fontname, subset)
        if all(v <= 0xFFFF for v in subset):
            return text
        for i, v in enumerate(subset):
            if v > 0xFFFF:
                pair = chr(v).encode("utf-16-be").hex().upper()
                text = text.replace(f"<{i:02X}> <{v:04X}>", f"<{i:02X}> <{pair}>", 1)
        return text

    make.lj_valid = True  # type: ignore[attr-defined]
    ttfonts.makeToUnicodeCMap = make
