#!/usr/bin/env python3
"""Generate CPython 3.11 set-behaviour cases for src/runtime/settable.rs.

Run with CPython 3.11 on a 64-bit build (the PySetObject field offsets are hard-coded):
    python3 tools/gen_settable_cases.py cases        > cases.txt   # the table in settable.rs
    python3 tools/gen_settable_cases.py fuzz SEED N  > fuzz.txt    # N random cases
    GARTER_SETTABLE_CASES=fuzz.txt cargo test --lib settable -- --ignored

Each case is a sequence of ops on named sets of ints; after each op we record the
internal state (mask, fill, used, finger, a digest of the slot layout) read from
the real PySetObject via ctypes, plus the iteration order.
"""
import ctypes, random, sys

M64 = (1 << 64) - 1
P = 0x100000001b3

def digest(vals):
    d = 0xcbf29ce484222325
    for v in vals:
        d = ((d ^ (v & M64)) * P) & M64
    return d

def state(s):
    a = id(s)
    rd = lambda off: ctypes.c_ssize_t.from_address(a + off).value
    fill, used, mask, table, finger = rd(16), rd(24), rd(32), rd(40), rd(56)
    elems = {id(x): x for x in s}
    lay = []
    for i in range(mask + 1):
        k = ctypes.c_void_p.from_address(table + 16 * i).value
        h = ctypes.c_ssize_t.from_address(table + 16 * i + 8).value
        if k is None:
            continue
        if h == -1:
            lay += [i, 2]
        else:
            lay += [i, 1, elems[k]]
    order = list(s)
    o = ' '.join(map(str, order)) if len(order) <= 100 else '#%d' % digest(order)
    return 'm%d f%d u%d g%d x%d |%s' % (mask, fill, used, finger, digest(lay), ' ' + o if o else '')

def lcg(n, seed, mod):
    # keys: n draws of a 64-bit LCG, (x >> 1) % mod, shifted to be centred on 0
    x, out = seed, []
    for _ in range(n):
        x = (x * 6364136223846793005 + 1442695040888963407) & M64
        out.append((x >> 1) % mod - mod // 2)
    return out

class Runner:
    def __init__(self):
        self.sets = {}
        self.lines = []
    def op(self, line):
        t = line.split()
        c, S = t[0], self.sets
        if c == 'b':
            S[t[1]] = set(int(x) for x in t[2:]); r = state(S[t[1]])
        elif c == 'r':
            S[t[1]] = set(range(int(t[2]), int(t[3]), int(t[4]))); r = state(S[t[1]])
        elif c == 'g':
            S[t[1]] = set(lcg(int(t[2]), int(t[3]), int(t[4]))); r = state(S[t[1]])
        elif c == 'Ud':
            S[t[1]].update(dict.fromkeys(int(x) for x in t[2:])); r = state(S[t[1]])
        elif c == 'Ur':
            S[t[1]].update(range(int(t[2]), int(t[3]), int(t[4]))); r = state(S[t[1]])
        elif c == 'dr':
            for k in range(int(t[2]), int(t[3]), int(t[4])):
                S[t[1]].discard(k)
            r = state(S[t[1]])
        elif c == 'a':
            S[t[1]].add(int(t[2])); r = state(S[t[1]])
        elif c == 'd':
            S[t[1]].discard(int(t[2])); r = state(S[t[1]])
        elif c == 'p':
            try:
                v = str(S[t[1]].pop())
            except KeyError:
                v = 'E'
            r = v + ' ' + state(S[t[1]])
        elif c == 'c':
            S[t[1]].clear(); r = state(S[t[1]])
        elif c == 'cp':
            S[t[2]] = set(S[t[1]]); r = state(S[t[2]])
        elif c in ('|', '&', '-', '^'):
            a, b = S[t[1]], S[t[2]]
            assert a is not b
            S[t[3]] = {'|': a.__or__, '&': a.__and__, '-': a.__sub__, '^': a.__xor__}[c](b)
            r = state(S[t[3]])
        elif c in ('|=', '&=', '-=', '^='):
            a, b = S[t[1]], S[t[2]]
            assert a is not b
            if c == '|=': a |= b
            elif c == '&=': a &= b
            elif c == '-=': a -= b
            else: a ^= b
            r = state(a)
        elif c == 'U':
            S[t[1]].update([int(x) for x in t[2:]]); r = state(S[t[1]])
        elif c == 'I':
            S[t[3]] = S[t[1]].intersection(list(S[t[2]])); r = state(S[t[3]])
        elif c == 'D':
            S[t[1]].difference_update(list(S[t[2]])); r = state(S[t[1]])
        elif c == '?':
            a = S[t[2]]
            if t[1] == 'in':
                r = str(int(t[3]) in a)
            else:
                b = S[t[3]]
                r = str({'==': a.__eq__, '<=': a.__le__, '>=': a.__ge__, '<': a.__lt__,
                         '>': a.__gt__, 'dj': a.isdisjoint}[t[1]](b))
        elif c == 'fh':
            r = str(hash(frozenset(S[t[1]])))
        else:
            raise ValueError(c)
        self.lines.append(line + ' => ' + r)

def case(name, ops):
    R = Runner()
    for o in ops:
        R.op(o)
    return '# ' + name + '\n' + '\n'.join(R.lines) + '\n'

def L(xs):
    return ' '.join(map(str, xs))

P61 = (1 << 61) - 1


def fixed_cases():
    rnd = random.Random(12345)
    C = []
    def add(name, ops): C.append(case(name, ops))

    # --- construction orders
    add('small ints sorted by slot', ['b A 3 1 2', 'b B 10 8 9 100', 'b C 7 6 5 4 3 2 1 0'])
    add('wraparound in 8 slots', ['b A 5 13 21', 'b B 7 15 23 31'])
    add('first resize at 5 elements', ['b A 0 1 2 3', 'a A 4', 'a A 5', 'a A 100', 'a A 36'])
    add('growth with stride 8', ['b A ' + L(range(0, 200, 8))])
    add('growth with stride 32', ['b A ' + L(range(0, 32 * 40, 32))])
    add('descending inserts', ['b A ' + L(range(60, 0, -3))])
    add('1000 elements stride 7', ['r A 0 7000 7'])
    add('1000 elements stride 1024', ['r A 0 1024000 1024', 'r B 1024000 0 -1024'])
    add('1000 pseudo-random', ['g A 1000 1 100000', 'g B 1000 2 %d' % 2**62, 'g C 200000 3 1000000000'])
    add('negative numbers', ['b A -1 -2 -3 0 1 2', 'b B -8 -16 -24 8 16 24', 'a A -9', 'd A -1', 'a A -1'])
    add('hash(-1) == hash(-2)', ['b A -1', 'a A -2', '? in A -2', '? in A -1', 'd A -2', '? in A -1', 'a A -2'])
    add('large ints', ['b A %d %d %d %d %d' % (2**40, 2**62, 10**18, -10**18, 2**63 - 1),
                       'a A %d' % (-2**63), 'a A %d' % (2**61), 'a A %d' % (P61)])
    add('equal hashes k and k+P', ['b A 1 %d %d 2 %d' % (1 + P61, 1 + 2 * P61, 2 + P61),
                                   '? in A %d' % (1 + 3 * P61), 'd A %d' % (1 + P61), 'a A %d' % (1 + 3 * P61),
                                   'd A 1', 'a A 1'])
    add('many colliding hashes', ['b A ' + L(5 + j * P61 for j in range(3)) + ' ' + L(-5 - j * P61 for j in range(3)),
                                  'a A 13', 'a A 21'])
    add('collisions through resizes', ['b A ' + L(j * P61 for j in range(-3, 4)) + ' ' + L(range(1, 30))])

    # --- deletion and dummy reuse
    add('dummy reuse: last dummy wins', ['b A 0 8 16 3', 'd A 0', 'd A 16', 'a A 24'])
    add('dummy reuse same key', ['b A 0 8 16', 'd A 8', 'a A 8', 'd A 0', 'a A 16', 'a A 0'])
    add('delete all then re-add', ['b A 1 2 3 4', 'd A 1', 'd A 2', 'd A 3', 'd A 4', 'a A 4', 'a A 3', 'a A 9'])
    add('dummies count toward fill: resize purges', ['b A 0 1 2 3', 'd A 0', 'd A 1', 'a A 8', 'a A 9', 'a A 10'])
    add('churn in small table', ['b A 1 2', 'd A 1', 'a A 3', 'd A 2', 'a A 4', 'd A 3', 'a A 5', 'd A 4', 'a A 6',
                                  'd A 5', 'a A 7', 'd A 6', 'a A 9'])
    add('churn in big table', ['r A 0 100 1', 'dr A 0 100 3', 'Ur A 200 240 1', 'Ur A 0 100 6', 'dr A 200 300 2', 'Ur A 1000 1100 1'])
    add('discard missing', ['b A 1 2 3', 'd A 4', 'd A 9', 'd A 1', 'd A 1'])
    add('clear keeps finger', ['b A 5 6 7', 'p A', 'c A', 'a A 1', 'a A 2', 'p A', 'p A', 'p A'])
    add('clear large', ['b A ' + L(range(50)), 'c A', 'U A 40 41 42'])

    # --- pop
    add('pop sequence small', ['b A 3 1 2 9'] + ['p A'] * 5)
    add('pop interleaved with add', ['b A 1 2 3', 'p A', 'a A 1', 'p A', 'a A 0', 'p A', 'p A', 'a A 7', 'p A', 'p A'])
    add('pop sequence large', ['r A 0 300 5'] + ['p A'] * 20 + ['Ur A 0 40 5'] + ['p A'] * 10)
    add('pop after resize finger kept', ['b A 1 2', 'p A', 'p A', 'Ur A 10 40 1', 'p A', 'p A'])
    add('pop wraps around', ['b A 7 6', 'p A', 'p A', 'a A 0', 'a A 5', 'p A', 'p A'])

    # --- copies
    add('copy without dummies (slot copy)', ['b A 9 1 17', 'cp A B', 'b C ' + L(range(0, 64, 4)), 'cp C D'])
    add('copy after deletions (insert_clean)', ['b A 9 1 17 25', 'd A 1', 'cp A B', 'b C ' + L(range(40)),
                                               'd C 3', 'd C 30', 'cp C D'])
    add('copy shrinks big table', ['r A 0 100 1', 'dr A 3 100 1', 'cp A B', 'a A 1000', 'cp A C'])
    add('copy of 6 elements grows', ['b A 8 16 24 32 40 48', 'cp A B'])

    # --- union
    add('union small | small', ['b A 1 2 3', 'b B 3 4 5', '| A B C', '| B A D'])
    add('union small | big', ['b A 100 7', 'b B ' + L(range(0, 60, 3)), '| A B C', '| B A D'])
    add('union with empty', ['b A', 'b B 5 13 3', '| A B C', '| B A D', 'cp A E'])
    add('|= and update', ['b A 1 2', 'b B ' + L(range(5, 15)), '|= A B', 'U A 100 200 300', 'b C 64 128', '|= C A'])
    add('update from a dict pre-resizes', ['b A', 'Ud A 1 2 3', 'b B', 'Ud B 5 6 7 8 9 10 11 12 13',
                                           'Ud B 100 200 300 400 500 600 700 800', 'b C 1 2 3 4', 'd C 1', 'd C 2',
                                           'Ud C 3 4 9 17 25 9'])
    add('|= with dummies in target', ['b A 1 2 3 4', 'd A 2', 'd A 3', 'b B 10 18', '|= A B'])

    # --- intersection
    add('intersection sizes', ['b A ' + L(range(20)), 'b B 19 3 5 40', '& A B C', '& B A D', 'b E 5 3 19 41', '& B E F', '& E B G'])
    add('intersection equal sizes iterate other', ['b A 1 9 17 25', 'b B 25 17 9 1', '& A B C', '& B A D'])
    add('&= keeps finger', ['b A ' + L(range(12)), 'p A', 'p A', 'b B 4 5 6 100', '&= A B', 'p A', '&= B A'])
    add('intersection with iterable', ['b A ' + L(range(10)), 'b B 9 8 7 30 1', 'I A B C', 'I B A D'])

    # --- difference
    add('difference iterate path', ['b A 1 2 3 4 5', 'b B 2 4', '- A B C', '- B A D'])
    add('difference copy path (len>>2 > other)', ['b A ' + L(range(30)), 'b B 3 7', '- A B C', 'b E ' + L(range(32, 40)), '- A E F'])
    add('-= and 8x intersection path', ['b A 1 2 3', 'b B ' + L(range(0, 50)), '-= A B', 'b C ' + L(range(20)), 'b D 1 2 3', '-= C D'])
    add('difference_update iterable', ['b A ' + L(range(20)), 'b B 1 2 30', 'D A B'])

    # --- symmetric difference
    add('symmetric difference', ['b A 1 2 3 4', 'b B 3 4 5 6', '^ A B C', '^ B A D', 'b E ' + L(range(0, 80, 4)), '^ A E F', '^ E A G'])
    add('^= reuses dummies', ['b A 1 2 3 9 17', 'b B 1 25 33', '^= A B', '^= A B', '^= B A'])

    # --- comparisons and hashes
    add('== and subset', ['b A 1 2 3', 'b B 3 2 1', 'b C 1 2', 'b D 1 2 4', '? == A B', '? == A C', '? == A D',
                          '? <= C A', '? >= A C', '? < C A', '? < A B', '? > A C', '? <= D A', '? dj C D', '? dj B C'])
    add('== after deletions', ['b A ' + L(range(10)), 'b B ' + L(range(9, -1, -1)), 'd A 5', '? == A B', 'a A 5', '? == A B',
                               'b E', 'b F', '? == E F', '? <= E A', '? dj E A'])
    add('isdisjoint', ['b A 1 2 3', 'b B 4 5 6 7', '? dj A B', '? dj B A', 'a B 3', '? dj A B'])
    add('frozenset hashes', ['b A', 'fh A', 'b B 1 2 3', 'fh B', 'b C -1 -2 %d' % (2**62), 'fh C', 'r D 0 100 1', 'fh D', 'g E 5000 7 %d' % 2**62, 'fh E'])
    return ''.join(C)


def fuzz_cases(seed, ncases):
    rnd = random.Random(seed)
    NAMES = 'ABCD'
    def pool():
        kind = rnd.randrange(6)
        if kind == 0: return list(range(-5, 40))
        if kind == 1:
            st = rnd.choice([8, 16, 32, 64, 128, 1024]); return [st * i + rnd.randrange(3) for i in range(60)]
        if kind == 2: return [b + j * P61 for b in range(-3, 6) for j in range(-3, 4)]
        if kind == 3: return [rnd.randrange(-2**63, 2**63) for _ in range(80)]
        if kind == 4: return list(range(0, 600))
        return [rnd.choice([-1, -2, 0, 1, 2, 2**61, -2**61, P61, -P61, 2**62, 7, 15, 23, 31]) + rnd.randrange(-1, 2) for _ in range(30)]
    out = []
    for c in range(ncases):
        ks = pool()
        k = lambda: rnd.choice(ks)
        ops = []
        live = []
        for n in NAMES[:rnd.randrange(2, 5)]:
            sz = rnd.choice([0, 1, 3, 5, 8, 12, 20, 40, 100, 300])
            ops.append('b %s %s' % (n, L(k() for _ in range(sz)))); live.append(n)
        for _ in range(rnd.randrange(5, 40)):
            r = rnd.random(); a = rnd.choice(live)
            b = rnd.choice([x for x in live if x != a])
            if r < 0.25: ops.append('a %s %d' % (a, k()))
            elif r < 0.45: ops.append('d %s %d' % (a, k()))
            elif r < 0.52: ops.append('p %s' % a)
            elif r < 0.54: ops.append('c %s' % a)
            elif r < 0.58: ops.append('cp %s %s' % (a, b))
            elif r < 0.70: ops.append('%s %s %s %s' % (rnd.choice('|&-^'), a, b, rnd.choice(live)))
            elif r < 0.82: ops.append('%s %s %s' % (rnd.choice(['|=', '&=', '-=', '^=']), a, b))
            elif r < 0.84: ops.append('U %s %s' % (a, L(k() for _ in range(rnd.randrange(10)))))
            elif r < 0.85: ops.append('Ud %s %s' % (a, L(k() for _ in range(rnd.randrange(30)))))
            elif r < 0.87: ops.append('I %s %s %s' % (a, b, rnd.choice(live)))
            elif r < 0.89: ops.append('D %s %s' % (a, b))
            elif r < 0.91: ops.append('dr %s %d %d 1' % (a, min(ks), min(ks) + rnd.randrange(0, 300)))
            elif r < 0.98: ops.append('? %s %s %s' % (rnd.choice(['==', '<=', '>=', '<', '>', 'dj']), a, b))
            else: ops.append('fh %s' % a)
        # keep 'dr' ranges small when pool is huge-valued
        ops = [o for o in ops if not (o.startswith('dr') and abs(int(o.split()[2])) > 10**6)]
        out.append(case('fuzz %d/%d' % (seed, c), ops))
    return ''.join(out)


if __name__ == '__main__':
    assert sys.version_info[:2] == (3, 11), sys.version
    if sys.argv[1] == 'cases':
        sys.stdout.write(fixed_cases())
    else:
        sys.stdout.write(fuzz_cases(int(sys.argv[2]), int(sys.argv[3])))
