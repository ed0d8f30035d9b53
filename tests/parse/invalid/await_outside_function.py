# Invalid: await at module level.
import asyncio
await asyncio.sleep(1)
