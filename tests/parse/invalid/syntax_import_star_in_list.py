# Invalid: star among other names.
from os import path, *
