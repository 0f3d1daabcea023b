"""The domain, in pure Python: no Qt import anywhere below this package (a test checks)."""
