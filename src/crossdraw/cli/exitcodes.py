"""Every exit code crossdraw uses, named once."""

OK = 0
VIOLATIONS = 1  # validate: rule violations; plan check: P errors
INFEASIBLE = 1  # draw/odds: no selection satisfies the rules in force
BAD_INPUT = 2  # unreadable or malformed input; nothing was written
MISMATCH = 3  # verify: a record does not reproduce or was tampered with
INTERRUPTED = 130  # Ctrl-C (128 + SIGINT); nothing was written
