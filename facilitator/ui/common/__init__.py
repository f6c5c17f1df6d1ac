"""What every feature shares: the workshop session, generic undo commands, tasks and services,
icons, colours, printing, settings and the compiled forms.
"""
