"""A draws folder on disk: atomic writes, the journal, the locked ledger."""
