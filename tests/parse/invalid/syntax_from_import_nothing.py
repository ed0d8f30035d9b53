# Invalid: from-import with no names.
from os import
