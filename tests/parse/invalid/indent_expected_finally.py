# Invalid: missing block after finally.
try:
    pass
finally:
pass
