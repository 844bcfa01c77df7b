"""pytest, for the whole repository: leave out the integrations whose tool
is not installed (their modules import it), instead of failing to collect."""

from __future__ import annotations

import importlib.util

collect_ignore = []
if importlib.util.find_spec("datatrove") is None:
    collect_ignore.append("src/decruft/integrations/datatrove.py")
