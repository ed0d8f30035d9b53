# Valid: several dedents at once, dedent to different levels, dedent at end of file.
def a():
    if True:
        for i in range(2):
            while i:
                i -= 1
x = 1
def b():
    if x:
        if x:
            pass
    else:
        pass
  # comment at an indentation that matches no block
class C:
        def eight(self):
                return 8
        def also_eight(self):
            return "body indented by four more"
def c():
 one = 1
 if one:
  return one
def d():
    if x:
        pass
    elif x:
        if x:
            if x:
                pass
        else:
            pass
