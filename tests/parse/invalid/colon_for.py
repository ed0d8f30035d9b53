# Invalid: for without a colon.
for i in range(3)
    pass
