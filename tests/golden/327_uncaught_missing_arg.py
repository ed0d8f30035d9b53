# Uncaught TypeError from calling a function with a missing argument.
def greet(greeting, name, punctuation="!"):
    return f"{greeting}, {name}{punctuation}"
print(greet("Hello", "world"))
print(greet("Hi", "there", "?"))
print(greet(name="keyword", greeting="Hey"))
calls = [("Hello", "Ann"), ("Yo", "Ben"), ("Solo",)]
for args in calls:
    print(greet(*args))
print("not reached")
