"""Dialogs: forms, export/import/anonymise, restore, printing, about."""
