"""The SWAN course engine: from Markdown and YAML content to a static site.

The folders are the layers, each using only the ones above it:

    content/  load and check the course data (pure: no MkDocs, no rendering)
    render/   Markdown, HTML, JS and CSS text made from the checked data
    mkdocs/   the MkDocs plugin: the only place that imports MkDocs or Material
    release/  web zip, SCORM packages and printed PDFs of a built site
    tools/    editors' and maintainers' commands (report, scaffold, QTI, benchmark)
"""
