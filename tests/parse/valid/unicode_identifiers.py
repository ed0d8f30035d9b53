# Valid: non-ASCII identifiers (PEP 3131): Latin, Greek, CJK, Cyrillic, combining forms.
π = 3.14159
naïve = True
café = "open"
Ñandú = 1
日本語 = "Japanese"
переменная = 42
λ = lambda x: x
Δx = 0.5
ångström = 1e-10
résumé_count = 2
_私 = None
µ = 1e-6
ℌ = "fraktur"
def grüße(name):
    return f"Grüß Gott, {name}"
class Ünïcödé:
    def método(self):
        return self.atributo
    atributo = "ça va"
x = π * 2 + Δx
r = [λ(v) for v in (Ñandú, µ)]
print(grüße("wörld"), 日本語, переменная)
s = "emoji 🐍 in strings is fine"
