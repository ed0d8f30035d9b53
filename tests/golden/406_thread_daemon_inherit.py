# The daemon flag: default from the creating thread, explicit values, the setter.
import threading

print(threading.current_thread().daemon)
t = threading.Thread(target=lambda: None)
print(t.daemon)
t.daemon = True
print(t.daemon)
t.daemon = False
print(t.daemon)
print(threading.Thread(target=lambda: None, daemon=True).daemon)
print(threading.Thread(target=lambda: None, daemon=None).daemon)

seen = []


def child():
    seen.append(("child", threading.current_thread().daemon))


def parent():
    me = threading.current_thread()
    seen.append(("parent", me.daemon))
    c = threading.Thread(target=child)
    seen.append(("child created by parent", c.daemon))
    c.start()
    c.join()
    c2 = threading.Thread(target=child, daemon=False)
    seen.append(("explicit non-daemon child", c2.daemon))
    c2.start()
    c2.join()


p = threading.Thread(target=parent, daemon=True)
p.start()
p.join()
p = threading.Thread(target=parent)
p.start()
p.join()
for s in seen:
    print(s)
