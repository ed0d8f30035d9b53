# Invalid: missing block after with.
with open('f') as fh:
fh.read()
