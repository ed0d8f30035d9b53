//! Unit tests for `strops`: tables of expected values produced by CPython 3.11.

use super::*;

#[rustfmt::skip]
mod char_cases;
#[rustfmt::skip]
mod str_cases;

use char_cases::CHAR_PROPS;
use str_cases::*;

#[test]
fn char_properties_match_cpython() {
    let preds: [fn(char) -> bool; 14] = [
        is_printable,
        is_alpha,
        is_decimal,
        is_digit,
        is_numeric,
        is_space,
        is_lower,
        is_upper,
        is_titlecase,
        is_cased,
        is_case_ignorable,
        is_xid_start,
        is_xid_continue,
        is_alnum,
    ];
    for &(cp, fl, up, lo, ti, dv) in CHAR_PROPS {
        let c = char::from_u32(cp).unwrap();
        for (i, (pred, want)) in preds.iter().zip(fl.chars()).enumerate() {
            assert_eq!(pred(c), want != '.', "flag {i} of U+{cp:04X}");
        }
        let mut s = String::new();
        push_upper(&mut s, c);
        assert_eq!(s, up, "upper U+{cp:04X}");
        s.clear();
        push_lower(&mut s, c);
        assert_eq!(s, lo, "lower U+{cp:04X}");
        s.clear();
        push_title(&mut s, c);
        assert_eq!(s, ti, "title U+{cp:04X}");
        assert_eq!(
            decimal_value(c),
            u32::try_from(dv).ok(),
            "decimal U+{cp:04X}"
        );
    }
}

#[test]
fn linebreaks() {
    for c in [
        '\n', '\r', '\x0b', '\x0c', '\x1c', '\x1d', '\x1e', '\u{85}', '\u{2028}', '\u{2029}',
    ] {
        assert!(is_linebreak(c), "{c:?}");
    }
    for c in ['\x1f', ' ', '\t', 'a', '\u{2027}'] {
        assert!(!is_linebreak(c), "{c:?}");
    }
}

#[test]
fn case_mapping_and_predicates_match_cpython() {
    type Pred = fn(&str) -> bool;
    let preds: [Pred; 12] = [
        isspace,
        isalpha,
        isalnum,
        isdecimal,
        isdigit,
        isnumeric,
        isprintable,
        isascii,
        islower,
        isupper,
        istitle,
        isidentifier,
    ];
    for &(s, up, lo, sw, cap, ti, cf, pr) in STR_CASES {
        assert_eq!(upper(s), up, "upper {s:?}");
        assert_eq!(lower(s), lo, "lower {s:?}");
        assert_eq!(swapcase(s), sw, "swapcase {s:?}");
        assert_eq!(capitalize(s), cap, "capitalize {s:?}");
        assert_eq!(title(s), ti, "title {s:?}");
        assert_eq!(casefold(s), cf, "casefold {s:?}");
        for (i, (p, want)) in preds.iter().zip(pr.chars()).enumerate() {
            assert_eq!(p(s), want == '1', "predicate {i} of {s:?}");
        }
    }
}

#[test]
fn find_count_startswith_match_cpython() {
    for &(s, sub, st, en, f, rf, c, sw, ew) in FIND_CASES {
        let args = format!("{s:?}, {sub:?}, {st:?}, {en:?}");
        assert_eq!(find(s, sub, st, en), f, "find {args}");
        assert_eq!(rfind(s, sub, st, en), rf, "rfind {args}");
        assert_eq!(count(s, sub, st, en), c, "count {args}");
        assert_eq!(startswith(s, sub, st, en), sw, "startswith {args}");
        assert_eq!(endswith(s, sub, st, en), ew, "endswith {args}");
    }
}

#[test]
fn find_edge_cases() {
    assert_eq!(find("abc", "", Some(10), None), -1);
    assert_eq!(find("abc", "", Some(3), None), 3);
    assert_eq!(rfind("abc", "", None, None), 3);
    assert_eq!(count("abc", "", None, None), 4);
    assert_eq!(count("abc", "", Some(10), None), 0);
    assert_eq!(find("aé日本x", "x", None, None), 4);
    assert_eq!(find("aé日本x", "本", Some(-2), None), 3);
    assert_eq!(find("aé日本x", "本", Some(-1), None), -1);
}

#[test]
fn split_and_rsplit_match_cpython() {
    for (s, sep, m, want, rwant) in split_cases() {
        assert_eq!(
            split(s, sep, m, |p| p).unwrap(),
            want,
            "split {s:?} {sep:?} {m}"
        );
        assert_eq!(
            rsplit(s, sep, m).unwrap(),
            rwant,
            "rsplit {s:?} {sep:?} {m}"
        );
    }
    assert_eq!(
        split("a", Some(""), -1, |p| p),
        Err("empty separator".to_string())
    );
    assert_eq!(rsplit("a", Some(""), 1), Err("empty separator".to_string()));
}

#[test]
fn splitlines_match_cpython() {
    for (s, want, keep) in splitlines_cases() {
        assert_eq!(splitlines(s, false), want, "{s:?}");
        assert_eq!(splitlines(s, true), keep, "{s:?} keepends");
    }
}

#[test]
fn strip_match_cpython() {
    for &(s, chars, both, l, r) in STRIP_CASES {
        assert_eq!(strip(s, chars), both, "strip {s:?} {chars:?}");
        assert_eq!(lstrip(s, chars), l, "lstrip {s:?} {chars:?}");
        assert_eq!(rstrip(s, chars), r, "rstrip {s:?} {chars:?}");
    }
}

#[test]
fn remove_prefix_suffix() {
    assert_eq!(removeprefix("abcab", "ab"), "cab");
    assert_eq!(removeprefix("abc", "x"), "abc");
    assert_eq!(removeprefix("abc", ""), "abc");
    assert_eq!(removesuffix("abcab", "ab"), "abc");
    assert_eq!(removesuffix("abc", ""), "abc");
    assert_eq!(removesuffix("abc", "abcd"), "abc");
}

#[test]
fn replace_match_cpython() {
    for &(s, old, new, n, want) in REPLACE_CASES {
        assert_eq!(
            replace(s, old, new, n),
            want,
            "{s:?}.replace({old:?}, {new:?}, {n})"
        );
    }
}

#[test]
fn partition_match_cpython() {
    for &(s, sep, p, rp) in PARTITION_CASES {
        assert_eq!(partition(s, sep).unwrap(), p, "{s:?} {sep:?}");
        assert_eq!(rpartition(s, sep).unwrap(), rp, "{s:?} {sep:?}");
    }
    assert_eq!(partition("a", ""), Err("empty separator".to_string()));
    assert_eq!(rpartition("a", ""), Err("empty separator".to_string()));
}

#[test]
fn padding_match_cpython() {
    for &(s, w, c, l, r, z) in PAD_CASES {
        assert_eq!(center(s, w, '*'), c, "center {s:?} {w}");
        assert_eq!(ljust(s, w, '*'), l, "ljust {s:?} {w}");
        assert_eq!(rjust(s, w, '*'), r, "rjust {s:?} {w}");
        assert_eq!(zfill(s, w), z, "zfill {s:?} {w}");
    }
    assert_eq!(center("ab", 5, 'é'), "ééabé");
}

#[test]
fn expandtabs_match_cpython() {
    for &(s, t, want) in EXPANDTABS_CASES {
        assert_eq!(expandtabs(s, t), want, "{s:?} {t}");
    }
}

#[test]
fn repr_match_cpython() {
    for &(s, r, a) in REPR_CASES {
        assert_eq!(str_repr(s), r, "repr {s:?}");
        assert_eq!(ascii_repr(s), a, "ascii {s:?}");
    }
    for &(b, r) in BYTES_REPR_CASES {
        assert_eq!(bytes_repr(b), r, "{b:?}");
    }
}

#[test]
fn slice_indices_match_cpython() {
    for &(a, b, c, n, want) in SLICE_CASES {
        assert_eq!(
            slice_indices(a, b, c, n),
            want,
            "slice({a:?}, {b:?}, {c:?}) len {n}"
        );
    }
}

#[test]
fn adjust_indices_clamps_like_cpython() {
    assert_eq!(adjust_indices(None, None, 5), (0, 5));
    assert_eq!(adjust_indices(Some(-2), Some(-1), 5), (3, 4));
    assert_eq!(adjust_indices(Some(-9), Some(-9), 5), (0, 0));
    assert_eq!(adjust_indices(Some(9), Some(9), 5), (9, 5));
    assert_eq!(adjust_indices(Some(i64::MIN), Some(i64::MAX), 5), (0, 5));
}

#[test]
fn counts_and_offsets() {
    assert_eq!(char_count(""), 0);
    assert_eq!(char_count("abc"), 3);
    assert_eq!(char_count("aé日\u{1F600}"), 4);
    assert_eq!(byte_offset("aé日", 2), 3);
    assert_eq!(byte_offset("aé日", 3), 6);
    assert_eq!(byte_offset("aé日", 9), 6);
    assert_eq!(byte_offset("abc", 9), 3);
}
