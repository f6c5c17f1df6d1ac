"""The Overview stage: workshop details and the agenda."""
