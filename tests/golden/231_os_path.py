# os.path: join, split, basename, dirname, splitext, normpath, abspath behaviour on fixed strings.
import os.path
import os
paths = ["/usr/local/bin/python3", "relative/dir/file.tar.gz", "file", "/", "dir/", ".hidden", "a/b/.c.txt",
         "", "/a//b///c", "../up/one.py", "./x.py", "no_ext.", "/trailing/slash/"]
for p in paths:
    print(repr(p), repr(os.path.basename(p)), repr(os.path.dirname(p)), os.path.split(p), os.path.splitext(p))
print(os.path.join("a", "b", "c.txt"), os.path.join("/root", "x"), os.path.join("a", "/abs", "b"), os.path.join("a", ""), os.path.join("", "b"))
print(os.path.join("dir/", "file"), os.path.join("a", "b/", "c"))
print(os.path.normpath("a/./b/../c//d/"), os.path.normpath("/x/../../y"), os.path.normpath("."), os.path.normpath("a/.."))
print(os.path.isabs("/x"), os.path.isabs("x"), os.path.isabs(""))
print(os.path.abspath("/a/b/../c"), os.path.abspath("x") == os.path.join(os.getcwd(), "x"))
print(os.path.splitext("archive.tar.gz"), os.path.splitext(".bashrc"), os.path.splitext("a.b/c"))
name = "report_2024.final.csv"
stem, ext = os.path.splitext(name)
print(stem, ext, ext[1:].upper(), os.path.join("out", stem + ".json"))
print(os.path.commonprefix(["/usr/lib", "/usr/local", "/usr/libexec"]))
