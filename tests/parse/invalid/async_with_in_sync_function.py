# Invalid: async with in a plain def.
def f():
    async with g() as h:
        pass
