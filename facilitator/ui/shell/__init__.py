"""The window frame: start-up, the main window, the stages, the welcome page, the windows that
outlive a page, the UI language and file-level dialogs.
"""
