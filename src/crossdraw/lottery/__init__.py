"""The lottery: the SHA-256 sampler, exact counting and the draw. Pure functions over domain values."""
