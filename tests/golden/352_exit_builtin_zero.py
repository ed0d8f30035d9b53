# The builtin exit(0) ends the program successfully, skipping the rest of the module.
count = 0
for word in "exit early from a loop when done".split():
    count += 1
    print(count, word)
    if word == "when":
        print("done, calling exit(0)")
        exit(0)
print("not reached")
