# Invalid: lambda without a colon.
f = lambda x x
