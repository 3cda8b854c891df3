"""Icons, themes and fonts, loaded through importlib.resources."""
