"""Everything on screen: the GUI bootstrap, windows and views. No SQL, no reportlab."""
