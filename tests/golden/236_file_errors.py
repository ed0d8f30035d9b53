# Errors when opening files.
import os
missing = "definitely_missing_file.txt"
try:
    open(missing)
except FileNotFoundError as e:
    print("FileNotFoundError:", e)
    print(e.errno, e.strerror, e.filename == missing, isinstance(e, OSError))
try:
    open(missing, "r")
except OSError as e:
    print("caught as OSError:", type(e).__name__)
try:
    open(".")
except IsADirectoryError as e:
    print("IsADirectoryError:", e.strerror)
try:
    open("x.txt", "rw")
except ValueError as e:
    print("ValueError:", e)
try:
    open("x.txt", "q")
except ValueError as e:
    print("ValueError:", e)
try:
    open(f"no_such_dir_{os.getpid()}/file.txt", "w")
except FileNotFoundError as e:
    print("FileNotFoundError for missing dir:", e.errno)
try:
    open(5.5)
except TypeError as e:
    print("TypeError:", e)
print(issubclass(FileNotFoundError, OSError), issubclass(IsADirectoryError, OSError), issubclass(PermissionError, OSError))
