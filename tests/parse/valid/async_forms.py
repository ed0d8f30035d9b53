# Valid: async def, await, async for, async with, async comprehensions, async generators.
import asyncio
class AsyncCM:
    async def __aenter__(self):
        return self
    async def __aexit__(self, *exc):
        return False
class AsyncIter:
    def __init__(self, n):
        self.n = n
    def __aiter__(self):
        return self
    async def __anext__(self):
        if self.n <= 0:
            raise StopAsyncIteration
        self.n -= 1
        return self.n
async def simple():
    return 1
async def awaits():
    x = await simple()
    y = await asyncio.sleep(0) or 2
    z = (await simple()) + await simple()
    w = await simple() ** 2
    return [await simple(), await simple()]
async def loops():
    async for i in AsyncIter(3):
        print(i)
    async for i in AsyncIter(2):
        pass
    else:
        pass
    async with AsyncCM() as cm:
        pass
    async with AsyncCM() as a, AsyncCM() as b:
        pass
    async with (AsyncCM() as a, AsyncCM()):
        pass
async def comprehensions():
    xs = [i async for i in AsyncIter(3)]
    ys = {i: i async for i in AsyncIter(3) if i}
    zs = [await simple() for _ in range(3)]
    gen = (i async for i in AsyncIter(3))
    return xs, ys, zs, gen
async def agen():
    yield 1
    await asyncio.sleep(0)
    yield 2
@asyncio.coroutine if False else (lambda f: f)
async def decorated():
    pass
class Service:
    async def method(self):
        return await simple()
async def nested():
    async def inner():
        return 1
    def sync_inner():
        return 2
    return await inner() + sync_inner()
def main():
    return asyncio.run(nested())
