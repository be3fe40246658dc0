"""ralph's LRS app for the tests, with its file-system backend appending to its statements file.

ralph-malph 5.1.0's FSLRSBackend writes with its default_operation_type, CREATE, which refuses
to write to a file that exists: the second POST of statements fails with a 500
("fs_lrs.jsonl already exists and overwrite is not allowed"). The backend documents APPEND as
an operation type, so the tests start ralph with APPEND as the default. test_xapi.py's
test_ralph_fs_backend_still_needs_append fails once an upgrade fixes this, so this file can go.
"""

from ralph.backends.data.base import BaseOperationType
from ralph.backends.lrs.fs import FSLRSBackend

FSLRSBackend.default_operation_type = BaseOperationType.APPEND

from ralph.api import app  # noqa: E402  (after the fix: the app creates its backend on import)

__all__ = ["app"]
