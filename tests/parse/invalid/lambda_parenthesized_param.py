# Invalid: lambda parameter that is not a name.
f = lambda (x): x
