"""Rule-test definitions, one module per rule pack (see ../generate.py)."""
