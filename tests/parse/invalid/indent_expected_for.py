# Invalid: missing block after for.
for i in range(3):
print(i)
