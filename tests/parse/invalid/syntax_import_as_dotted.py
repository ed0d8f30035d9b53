# Invalid: `as` target must be a plain name.
import os.path as p.q
