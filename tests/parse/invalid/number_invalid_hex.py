# Invalid: non-hex digit after 0x.
x = 0xfg
