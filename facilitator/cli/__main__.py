"""``python -m facilitator.cli``, as ``python -m facilitator``."""

import sys

from facilitator.cli import main

sys.exit(main())
