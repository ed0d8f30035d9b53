# Invalid: return at module level.
x = 1
return x
