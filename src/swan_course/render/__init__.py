"""Turn the checked course data into Markdown, HTML, JavaScript and CSS text.

Nothing here imports MkDocs. Generated pages and assets come back as text or
bytes keyed by their path in the site, so any site generator can be fed with them.
"""
