"""The Participants stage: registration, import, check-in desk, organisations, exports and
printouts.
"""
