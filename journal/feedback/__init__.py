"""The mentor writes back: comments made in a PDF reader on an exported portfolio come
home into the journal.

The export gives every entry, sparring note and section a named destination
(``lj-entry-<uid>`` …) and the file an export id, and the journal keeps a manifest of
where each entry sits (:mod:`journal.feedback.anchors`). A returned file's annotations
are read with pikepdf (:mod:`journal.feedback.reader`), placed on the entry whose region
they sit on (:mod:`journal.feedback.mapping`), reviewed by the participant and stored
as mentor comments she can answer (:mod:`journal.feedback.importer`).
"""
