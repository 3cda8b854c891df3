"""Everything on screen: the GUI bootstrap, windows and views. No SQL, no reportlab."""

import PySide6.QtCore  # noqa: F401  # first: the import hook spare_imports() works with

from widgets.source_scan import spare_imports

spare_imports()
