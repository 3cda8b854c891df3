"""What the room sees (window.py) and the keys of a presenter's clicker."""
