"""The facilitator's console: the header (view.py) and one page per part of the praatplaat."""
