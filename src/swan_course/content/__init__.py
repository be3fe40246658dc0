"""Load and check the course data: YAML files, schemas, pages' front matter and the rules between them.

Everything here is a pure function of the files it is given. Nothing imports
MkDocs or renders anything; mistakes are ContentError values in the author's terms.
"""
