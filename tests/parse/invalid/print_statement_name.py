# Invalid: Python 2 print statement with a name.
x = 1
print x
