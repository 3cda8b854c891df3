"""The live meeting: the flow (a plain state machine), its QtCore adapter, the timer,
the speaking round, congruence and what the room may see."""
