# A first Garter program: classes, generators, f-strings, exceptions.
class Greeter:
    def __init__(self, name):
        self.name = name

    def greet(self, times):
        for i in range(times):
            yield f"{i + 1}: hello, {self.name}!"


def main():
    g = Greeter("world")
    for line in g.greet(3):
        print(line)
    squares = {n: n * n for n in range(6) if n % 2 == 0}
    print("squares:", squares)
    try:
        1 / 0
    except ZeroDivisionError as e:
        print("caught:", e)


if __name__ == "__main__":
    main()
