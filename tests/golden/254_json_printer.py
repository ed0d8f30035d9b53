# A JSON-like serializer and pretty printer with a recursive-descent parser that round-trips.
def escape(s):
    out = ['"']
    for ch in s:
        if ch == '"':
            out.append('\\"')
        elif ch == "\\":
            out.append("\\\\")
        elif ch == "\n":
            out.append("\\n")
        elif ch == "\t":
            out.append("\\t")
        elif ord(ch) < 0x20:
            out.append("\\u%04x" % ord(ch))
        else:
            out.append(ch)
    out.append('"')
    return "".join(out)
def dumps(obj, indent=None, level=0):
    pad = "" if indent is None else "\n" + " " * (indent * (level + 1))
    end = "" if indent is None else "\n" + " " * (indent * level)
    sep = "," if indent is None else ","
    if obj is None:
        return "null"
    if obj is True:
        return "true"
    if obj is False:
        return "false"
    if isinstance(obj, (int, float)):
        if isinstance(obj, float) and obj != obj:
            raise ValueError("NaN is not JSON")
        return repr(obj)
    if isinstance(obj, str):
        return escape(obj)
    if isinstance(obj, (list, tuple)):
        if not obj:
            return "[]"
        return "[" + sep.join(pad + dumps(v, indent, level + 1) for v in obj) + end + "]"
    if isinstance(obj, dict):
        if not obj:
            return "{}"
        items = []
        for k, v in obj.items():
            if not isinstance(k, str):
                raise TypeError(f"keys must be str, not {type(k).__name__}")
            items.append(pad + escape(k) + ": " + dumps(v, indent, level + 1))
        return "{" + sep.join(items) + end + "}"
    raise TypeError(f"Object of type {type(obj).__name__} is not serializable")
class Parser:
    def __init__(self, text):
        self.t = text
        self.i = 0
    def error(self, msg):
        raise ValueError(f"{msg} at {self.i}")
    def ws(self):
        while self.i < len(self.t) and self.t[self.i] in " \n\t\r":
            self.i += 1
    def parse(self):
        v = self.value()
        self.ws()
        if self.i != len(self.t):
            self.error("trailing data")
        return v
    def value(self):
        self.ws()
        if self.i >= len(self.t):
            self.error("unexpected end")
        c = self.t[self.i]
        if c == "{":
            return self.obj()
        if c == "[":
            return self.arr()
        if c == '"':
            return self.string()
        for word, val in (("null", None), ("true", True), ("false", False)):
            if self.t.startswith(word, self.i):
                self.i += len(word)
                return val
        return self.number()
    def obj(self):
        self.i += 1
        out = {}
        self.ws()
        if self.t[self.i] == "}":
            self.i += 1
            return out
        while True:
            self.ws()
            k = self.string()
            self.ws()
            if self.t[self.i] != ":":
                self.error("expected ':'")
            self.i += 1
            out[k] = self.value()
            self.ws()
            c = self.t[self.i]
            self.i += 1
            if c == "}":
                return out
            if c != ",":
                self.error("expected ',' or '}'")
    def arr(self):
        self.i += 1
        out = []
        self.ws()
        if self.t[self.i] == "]":
            self.i += 1
            return out
        while True:
            out.append(self.value())
            self.ws()
            c = self.t[self.i]
            self.i += 1
            if c == "]":
                return out
            if c != ",":
                self.error("expected ',' or ']'")
    def string(self):
        if self.t[self.i] != '"':
            self.error("expected string")
        self.i += 1
        buf = []
        while self.t[self.i] != '"':
            c = self.t[self.i]
            if c == "\\":
                nxt = self.t[self.i + 1]
                if nxt == "u":
                    buf.append(chr(int(self.t[self.i + 2:self.i + 6], 16)))
                    self.i += 6
                    continue
                buf.append({"n": "\n", "t": "\t"}.get(nxt, nxt))
                self.i += 2
            else:
                buf.append(c)
                self.i += 1
        self.i += 1
        return "".join(buf)
    def number(self):
        start = self.i
        while self.i < len(self.t) and self.t[self.i] in "+-0123456789.eE":
            self.i += 1
        text = self.t[start:self.i]
        if not text:
            self.error("unexpected character " + repr(self.t[self.i]))
        return float(text) if any(c in text for c in ".eE") else int(text)
doc = {"name": "golden", "version": [1, 2, 3], "ok": True, "none": None, "ratio": 0.1,
       "nested": {"empty_list": [], "empty_obj": {}, "text": 'quote " and \\ and\nnewline\ttab\x01'},
       "big": 2**70, "neg": -1.5e-7, "unicode": "héllo ☕"}
compact = dumps(doc)
print(compact)
pretty = dumps(doc, indent=2)
print(pretty)
back = Parser(pretty).parse()
print(back == doc, Parser(compact).parse() == doc)
for bad in ['{"a": }', "[1, 2", '{"a" 1}', "tru", "[1] x", '{"k": [1, {"z": @}]}']:
    try:
        print(Parser(bad).parse())
    except (ValueError, IndexError) as e:
        print(type(e).__name__, "for", repr(bad), "->", e)
for bad in [{1: "x"}, {"s": {1, 2}}, float("nan")]:
    try:
        dumps(bad)
    except (TypeError, ValueError) as e:
        print(type(e).__name__ + ":", e)
