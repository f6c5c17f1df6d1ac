"""The Ideas stage: questions, the idea board, themes, photos, capture windows, the projector wall
and the countdown.
"""
