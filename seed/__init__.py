"""The reviewed seed dataset and the build that turns it into SQLite."""
