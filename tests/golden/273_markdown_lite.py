# A tiny Markdown-to-HTML converter: headings, lists, emphasis, code, links, paragraphs.
def escape(s):
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
def inline(text):
    out = []
    i = 0
    while i < len(text):
        if text.startswith("**", i):
            j = text.find("**", i + 2)
            if j != -1:
                out.append("<strong>" + inline(text[i + 2:j]) + "</strong>")
                i = j + 2
                continue
        if text[i] == "*":
            j = text.find("*", i + 1)
            if j != -1:
                out.append("<em>" + inline(text[i + 1:j]) + "</em>")
                i = j + 1
                continue
        if text[i] == "`":
            j = text.find("`", i + 1)
            if j != -1:
                out.append("<code>" + escape(text[i + 1:j]) + "</code>")
                i = j + 1
                continue
        if text[i] == "[":
            j = text.find("](", i)
            k = text.find(")", j) if j != -1 else -1
            if j != -1 and k != -1:
                out.append(f'<a href="{text[j + 2:k]}">{inline(text[i + 1:j])}</a>')
                i = k + 1
                continue
        out.append(escape(text[i]))
        i += 1
    return "".join(out)
def render(md):
    html = []
    para = []
    list_kind = None
    def flush_para():
        if para:
            html.append("<p>" + inline(" ".join(para)) + "</p>")
            para.clear()
    def close_list():
        nonlocal list_kind
        if list_kind:
            html.append(f"</{list_kind}>")
            list_kind = None
    for raw in md.splitlines():
        line = raw.rstrip()
        if not line:
            flush_para()
            close_list()
            continue
        if line.startswith("#"):
            level = len(line) - len(line.lstrip("#"))
            flush_para()
            close_list()
            html.append(f"<h{level}>{inline(line[level:].strip())}</h{level}>")
            continue
        stripped = line.lstrip()
        kind = None
        if stripped[:2] in ("- ", "* "):
            kind, item = "ul", stripped[2:]
        elif stripped.split(". ", 1)[0].isdigit() and ". " in stripped:
            kind, item = "ol", stripped.split(". ", 1)[1]
        if kind:
            flush_para()
            if list_kind != kind:
                close_list()
                html.append(f"<{kind}>")
                list_kind = kind
            html.append(f"  <li>{inline(item)}</li>")
            continue
        close_list()
        para.append(stripped)
    flush_para()
    close_list()
    return "\n".join(html)
DOC = """# Golden *tests*

Garter is **fast** and uses `a < b && c`.
This line joins the paragraph; see [the docs](http://example.org/docs).

## Features
- integers & **big** ints
- *generators*
* mixed bullet

1. first
2. second with `code`
10. tenth

Unclosed *emphasis and ** stars stay literal.
### Trailing heading ###"""
print(render(DOC))
print(repr(render("")), render("plain"), render("#"), sep="\n")
