"""`python -m swan_course.release`: build the course and write the release zips."""

import sys

from .build import main

sys.exit(main())
