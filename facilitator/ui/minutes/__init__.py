"""The Minutes stage: the PDF and exports, action items, notes, and sending the minutes from the
outbox.
"""
