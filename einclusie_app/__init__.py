"""E-inclusie Wegwijzer: find digital help for a client at the counter, offline."""

__version__ = "0.1.0"
