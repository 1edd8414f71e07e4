"""Qt-free flows that the command line and the window share."""
