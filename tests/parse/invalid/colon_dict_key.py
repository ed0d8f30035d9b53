# Invalid: dict entry with a key but no colon.
d = {1: 2, 3}
