# Valid: non-ASCII whitespace-looking characters inside strings and comments only:     　 ﻿.
s = "non-breaking space and ideographic　space and zero​width"
t = 'line separator inside a string'
# comment with NBSP: here and an em space: there
u = f"{s} {t}"
