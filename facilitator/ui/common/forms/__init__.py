"""Python compiled from the Qt Designer forms in forms/."""
