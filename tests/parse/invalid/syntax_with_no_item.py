# Invalid: with and no context manager.
with :
    pass
