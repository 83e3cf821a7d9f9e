"""Reports for people: plain text for the terminal and a self-contained printable HTML page."""
