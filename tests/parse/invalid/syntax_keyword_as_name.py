# Invalid: a keyword as an assignment target name.
def f():
    class = 1
