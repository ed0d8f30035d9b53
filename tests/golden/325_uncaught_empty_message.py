# Uncaught custom exception whose str() is empty: the last line is just the class name.
class Stop(Exception):
    def __str__(self):
        return ""
class Machine:
    def __init__(self):
        self.steps = 0
    def step(self):
        self.steps += 1
        print("step", self.steps)
        if self.steps == 4:
            raise Stop("this text is hidden by __str__")
m = Machine()
try:
    raise Stop("caught version")
except Stop as e:
    print("caught:", repr(str(e)), e.args)
while True:
    m.step()
