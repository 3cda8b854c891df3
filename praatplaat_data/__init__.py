"""The content pack of the praatplaat (TOML files); loaded by app.content."""
