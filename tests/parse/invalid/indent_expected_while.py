# Invalid: missing block after while.
while True:
break
