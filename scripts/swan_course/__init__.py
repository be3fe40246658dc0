"""Load, check and render the course data (quiz banks and casussen).

Everything here is a pure function of the files it is given; the MkDocs
adapter lives in scripts/hooks.py.
"""
