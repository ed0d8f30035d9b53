# Invalid: unterminated ''' string.
def f():
    '''docstring
    never closed
    return 1
