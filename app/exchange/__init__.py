"""Data that leaves or enters the app: bundles, CSV for spreadsheets, privacy (AVG)."""
