"""Release a built course: the web zip, the SCORM 1.2 and 2004 packages and the printed PDFs."""
