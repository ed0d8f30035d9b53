# Valid: a whole program with CRLF line endings, including continuations and triple-quoted strings.
import sys

def greet(name, punctuation="!"):
    """Return a greeting.
    Spans lines with CRLF endings."""
    message = "Hello, " + \
        name
    parts = [
        message,
        punctuation,
    ]
    return "".join(parts)

class Greeter:
    def __init__(self, names):
        self.names = names

    def run(self):
        for n in self.names:
            if n:
                print(greet(n))
            else:
                continue
        else:
            return len(self.names)

if __name__ == "__main__":
    Greeter(sys.argv[1:]).run()
