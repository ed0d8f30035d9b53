# Invalid: with without a colon.
with open('f') as f
    pass
