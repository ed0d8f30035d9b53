# Valid: triple-quoted strings: multi-line, with embedded quotes, as docstrings, raw and bytes.
def documented():
    """One-line docstring."""
def long_doc():
    """
    Multi-line docstring.

        Indented text inside is kept.
    "Quotes" and 'quotes' and "" and '' are fine.
    """
    return 1
s = """line 1
line 2
line 3"""
s = '''it's "quoted" ''' + """
"""
s = """ends with a quote\""""
s = """ two "" quotes inside"""
s = '''a'b''c'''
s = r"""raw \d
multi-line"""
s = """# not a comment
    still a string
"""
s = """backslash continued \
line"""
s = """"""
s = ''''''
s = """
  indentation
	tab
    inside
"""
class Doc:
    '''Class docstring
    spanning lines.'''
    x = 1
