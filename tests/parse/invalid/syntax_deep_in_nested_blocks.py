# Invalid: an error deep inside nested blocks.
class Outer:
    def method(self, items):
        for item in items:
            if item:
                while item > 0:
                    try:
                        item -= = 1
                    except ValueError:
                        pass
        return items
