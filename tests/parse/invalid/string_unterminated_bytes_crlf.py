# Invalid (CRLF endings): unterminated bytes literal.
b = b'abc
