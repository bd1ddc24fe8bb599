"""Demo content: the Vietnamese demo tree, generated articles, drawn photos.
Not needed in production, but harmless there (an operator may fill a demo site)."""
