"""The limits the journal keeps, chosen far beyond what a participant writes.

Each is enforced with a message where text or a file comes in (the editors, an import,
a programme file) and checked again by the library before anything is stored, so that
no paste or file can make the journal slow to open or the portfolio impossible to make.
The README's "Your data" lists them.
"""

from __future__ import annotations

# One text field (a body, an action, a reflection, ...): about 1,000 printed pages.
# A 1 MB paste fits; a 100 MB one took 19 s and 5.7 GB to open, and never exported.
MAX_TEXT_CHARS = 2_000_000
# A title, a place, a tag or a name.
MAX_LINE_CHARS = 1_000

# Days a deleted entry stays in the Trash (and restorable) before it is gone for good.
TRASH_DAYS = 30

# An organiser's programme file. Real programmes have 5 to 40 sessions over 1 to 3 years.
MAX_PROGRAMME_CHARS = 1_000_000
MAX_SESSIONS = 500
MAX_MODULES = 100
MAX_OFFSET_DAYS = 3_660  # ten years after the start
MAX_DURATION_DAYS = 366
MAX_LENGTH_MONTHS = 120
MAX_START_YEAR = 9_000

# A photo's caption: one line under it in the portfolio.
MAX_CAPTION_CHARS = 300
