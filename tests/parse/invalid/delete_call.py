# Invalid: del of a call.
del f()
