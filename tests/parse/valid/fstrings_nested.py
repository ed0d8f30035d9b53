# Valid: f-strings nested inside f-strings, multi-line triple-quoted f-strings, nested specs.
name = "x"
width = 8
fill = "*"
rows = [("a", 1), ("bb", 22)]
s = f"{f'{name}'}"
s = f"{f'{name!r:>{width}}'}"
s = f"outer {f'middle {name}'} end"
s = f'{"{"}'
s = f"{'}'}"
s = f"{width:{fill}>{width}}"
s = f"{name:{fill}^{width + 2}}"
s = f"{3.14159:{width}.{width // 2}}"
s = f"""
multi-line {name}
  with {width:>{width}} spec
"""
s = f"""{
    name
}"""
s = f'''{name!r}
{width}'''
table = "\n".join(f"{k:<{width}}|{v:>{width}}" for k, v in rows)
s = f"{', '.join(f'{k}={v}' for k, v in rows)}"
s = f"{'yes' if width > 3 else 'no':>5}"
s = f"{width:{'<' if width else '>'}10}"
s = f"{name=}{width=}"
s = f"{name!r:{width}}"
s = f"{{{{{name}}}}}"
s = f"{name:}"
s = f"{name:{''}}"
s = f"{name:{width}}{'!'}"
s = f"{ name = }"
s = f"{width * 2 = :>6}"
s = f"""triple {f"inner {f'innermost {name}'}"}"""
