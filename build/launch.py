"""Entry script for the desktop bundle.

PyInstaller needs a script, not a console-script entry point; this one keeps the bundle on
exactly the code path that ``facilitator`` takes when installed with pip.
"""

from facilitator.cli import main

raise SystemExit(main())
