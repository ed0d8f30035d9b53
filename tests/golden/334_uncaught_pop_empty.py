# Uncaught IndexError: pop from empty list in a stack-based bracket checker.
def check(text):
    stack = []
    pairs = {")": "(", "]": "[", "}": "{"}
    for ch in text:
        if ch in "([{":
            stack.append(ch)
        elif ch in pairs:
            top = stack.pop()
            if top != pairs[ch]:
                return False
    return not stack
for s in ["()", "([]{})", "(]", "((", "{[()()]}"]:
    print(repr(s), check(s))
print(repr("())"), "->")
print(check("())"))
print("not reached")
