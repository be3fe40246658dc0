"""Commands for editors and maintainers: content report, readability, scaffold, QTI export, benchmark."""
