"""The venue network in the app: the switch (a service per open workshop), its dialog, the
join screen for the projector and the status bar's indicator.

The shell owns it: stage pages ask for it through a signal, never by importing this package.
"""
