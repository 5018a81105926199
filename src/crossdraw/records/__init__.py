"""What a draw leaves behind: canonical records, commitments, ledger lines and signatures."""
