# Valid: form feed characters at the start of lines and on blank lines (as in some old sources).

def page_one():
    return 1

def page_two():
    return 2
class Paged:
    def method(self):
        return 3
