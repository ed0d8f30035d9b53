# Invalid: while without a colon.
while True
    pass
