"""The journal file behind the :class:`journal.store.Journal` facade.

- :mod:`~journal.storage.database`: recognising, connecting to, creating, upgrading,
  checking, copying and re-keying the SQLite file;
- :mod:`~journal.storage.schema` and :mod:`~journal.storage.migrations`: its tables and
  their Alembic history;
- :mod:`~journal.storage.records`: domain values to rows and back (the ORM write path),
  :mod:`~journal.storage.fastsave`: the autosave path over the same columns;
- :mod:`~journal.storage.backup`: backups, rotation, restore;
- :mod:`~journal.storage.lock` and :mod:`~journal.storage.files`: one app per journal,
  and owner-only files written whole.

Nothing here is imported by the command line's quick search.
"""
