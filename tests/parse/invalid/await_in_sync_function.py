# Invalid: await in a plain def.
def f():
    await g()
