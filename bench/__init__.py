"""Benchmarks (not tests): synthetic catalogues, search latency, start-up time. See README.md."""
