"""Windows and widgets only; models wrap core results, no SQL and no business rules here."""
