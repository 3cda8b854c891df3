"""The app's own plumbing: paths, logging, the crash log, the self-test and the demo."""
