# Invalid: async for in a plain def.
def f():
    async for x in y:
        pass
