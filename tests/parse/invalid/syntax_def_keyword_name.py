# Invalid: def of a keyword.
def None():
    pass
