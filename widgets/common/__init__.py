"""Parts several windows use: table models, themes, the kompas radar, debouncing, the icon."""
