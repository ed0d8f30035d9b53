//! Unit tests for `format`, against tables produced by CPython 3.11.

use super::*;
use crate::runtime::numparse::parse_int;

#[rustfmt::skip]
mod float_cases;
#[rustfmt::skip]
mod int_cases;
#[rustfmt::skip]
mod misc_cases;
#[rustfmt::skip]
mod percent_cases;

fn spec(s: &str, type_name: &str) -> FormatSpec {
    parse_format_spec(s, type_name).unwrap_or_else(|e| panic!("spec {s:?}: {e:?}"))
}

fn int(text: &str) -> BigInt {
    text.parse()
        .ok()
        .or_else(|| parse_int(text, 0))
        .expect("integer literal")
}

#[test]
fn repr_matches_cpython() {
    for &(bits, want) in misc_cases::REPR_CASES {
        let f = f64::from_bits(bits);
        assert_eq!(float_repr(f), want, "repr of {bits:#x}");
    }
}

#[test]
fn float_format_matches_cpython() {
    for &(bits, s, want) in float_cases::FLOAT_FORMAT_CASES {
        let f = f64::from_bits(bits);
        assert_eq!(
            format_float(f, &spec(s, "float")).unwrap(),
            want,
            "format({f:?}, {s:?})"
        );
    }
}

#[test]
fn int_format_matches_cpython() {
    for &(v, s, want) in int_cases::INT_FORMAT_CASES {
        let n = int(v);
        let sp = spec(s, "int");
        assert_eq!(format_int(&n, &sp).unwrap(), want, "format({v}, {s:?})");
        if let Some(small) = n.to_i64() {
            assert_eq!(
                format_i64(small, &sp).unwrap(),
                want,
                "format_i64({v}, {s:?})"
            );
        }
    }
}

#[test]
fn str_format_matches_cpython() {
    for &(v, s, want) in misc_cases::STR_FORMAT_CASES {
        assert_eq!(
            format_str(v, &spec(s, "str")).unwrap(),
            want,
            "format({v:?}, {s:?})"
        );
    }
}

#[test]
fn format_errors_match_cpython() {
    for &(kind, v, s, overflow, msg) in misc_cases::ERROR_CASES {
        let type_name = match kind {
            "i" => "int",
            "f" => "float",
            _ => "str",
        };
        let got = parse_format_spec(s, type_name).and_then(|sp| match kind {
            "i" => format_int(&int(v), &sp),
            "f" => format_float(
                f64::from_bits(parse_int(v, 0).unwrap().to_u64().unwrap()),
                &sp,
            ),
            _ => format_str(v, &sp),
        });
        let want = if overflow {
            FormatError::Overflow(msg.to_string())
        } else {
            FormatError::Value(msg.to_string())
        };
        assert_eq!(got, Err(want), "format({kind} {v:.20}, {s:?})");
    }
}

#[test]
fn spec_parsing() {
    let s = spec("*^+z#012,.3f", "float");
    assert_eq!(
        (s.fill, s.align, s.sign, s.no_neg_zero, s.alternate, s.zero),
        ('*', Some('^'), Some('+'), true, true, false)
    );
    assert_eq!(
        (s.width, s.grouping, s.precision, s.ty),
        (Some(12), Some(','), Some(3), Some('f'))
    );
    let s = spec("010", "int");
    assert_eq!(
        (s.fill, s.align, s.zero, s.width),
        ('0', None, true, Some(10))
    );
    let s = spec("", "int");
    assert_eq!((s.fill, s.align, s.width, s.ty), (' ', None, None, None));
    let s = spec("<", "int");
    assert_eq!((s.fill, s.align), (' ', Some('<')));
    let s = spec("<<", "int");
    assert_eq!((s.fill, s.align, s.ty), ('<', Some('<'), None));
    // Width in another script's digits, as CPython's Py_UNICODE_TODECIMAL allows.
    assert_eq!(spec("\u{665}", "int").width, Some(5));
}

#[test]
fn double_to_string_modes() {
    let f = DtoaFlags::default();
    let alt = DtoaFlags { alt: true, ..f };
    let sign = DtoaFlags { sign: true, ..f };
    assert_eq!(double_to_string(0.1, 'f', 20, f), "0.10000000000000000555");
    assert_eq!(double_to_string(1e22, 'f', 0, f), "10000000000000000000000");
    assert_eq!(double_to_string(1.0, 'g', 6, f), "1");
    assert_eq!(double_to_string(1.0, 'g', 6, alt), "1.00000");
    assert_eq!(double_to_string(0.0, 'e', 3, sign), "+0.000e+00");
    assert_eq!(double_to_string(-0.0, 'r', 0, f), "-0");
    assert_eq!(double_to_string(f64::NAN, 'F', 2, sign), "+NAN");
    assert_eq!(double_to_string(-f64::NAN, 'f', 2, f), "nan");
    assert_eq!(double_to_string(1e300, 'e', 0, f), "1e+300");
    assert_eq!(double_to_string(1e-300, 'E', 1, f), "1.0E-300");
    assert_eq!(float_to_string_g(1234567.0, 3, true, false), "1.23E+06");
    assert_eq!(float_to_string_g(0.5, 0, false, true), "0.5");
    assert_eq!(float_to_string_g(100.0, 3, false, true), "100.");
}

#[test]
fn round_matches_cpython() {
    for &(bits, n, want) in percent_cases::ROUND_CASES {
        let x = f64::from_bits(bits);
        let got = round_f64(x, n);
        match want {
            Some(w) => assert_eq!(got.map(f64::to_bits), Ok(w), "round({x:?}, {n})"),
            None => assert_eq!(
                got,
                Err(FormatError::Overflow(
                    "rounded value too large to represent".into()
                )),
                "round({x:?}, {n})"
            ),
        }
    }
    for &(bits, want) in percent_cases::ROUND0_CASES {
        let x = f64::from_bits(bits);
        assert_eq!(round_half_even_f64(x), f64::from_bits(want), "round({x:?})");
    }
    assert!(round_f64(f64::NAN, 2).unwrap().is_nan());
    assert_eq!(round_f64(f64::NEG_INFINITY, -2), Ok(f64::NEG_INFINITY));
}

fn percent_spec(s: &str) -> PercentSpec {
    let fmt = format!("%{s}");
    let (sp, next) = parse_percent_spec(&fmt, 1).unwrap_or_else(|e| panic!("%{s}: {e:?}"));
    assert_eq!(next, fmt.len(), "whole of %{s} consumed");
    sp
}

#[test]
fn percent_matches_cpython() {
    for &(s, v, want) in percent_cases::PERCENT_INT_CASES {
        let got = percent_format_int(&int(v), &percent_spec(s)).unwrap();
        assert_eq!(got, want, "'%{s}' % {v}");
    }
    for &(s, bits, want) in percent_cases::PERCENT_FLOAT_CASES {
        let f = f64::from_bits(bits);
        assert_eq!(
            percent_format_float(f, &percent_spec(s)),
            want,
            "'%{s}' % {f:?}"
        );
    }
    for &(s, v, want) in percent_cases::PERCENT_STR_CASES {
        let sp = percent_spec(s);
        let got = if sp.ty == 'c' {
            percent_format_char(v.chars().next().unwrap(), &sp)
        } else {
            percent_format_str(v, &sp)
        };
        assert_eq!(got, want, "'%{s}' % {v:?}");
    }
}

#[test]
fn percent_spec_parsing() {
    let (sp, next) = parse_percent_spec("%(a(b))-+ #012.5ld!", 1).unwrap();
    assert_eq!(sp.key.as_deref(), Some("a(b)"));
    assert!(sp.left && sp.sign && sp.blank && sp.alternate && sp.zero);
    assert_eq!(
        (sp.width, sp.precision, sp.ty, next),
        (Some(12), Some(5), 'd', 18)
    );
    let (sp, next) = parse_percent_spec("a%%b", 2).unwrap();
    assert_eq!((sp.ty, sp.literal, next), ('%', true, 3));
    let (mut sp, _) = parse_percent_spec("%*.*f", 1).unwrap();
    assert!(sp.width_star && sp.precision_star);
    sp.set_star_width(-5);
    sp.set_star_precision(-2);
    assert_eq!((sp.left, sp.width, sp.precision), (true, Some(5), Some(0)));
    assert_eq!(percent_format_float(1.0, &sp), "1    ");
    let (sp, _) = parse_percent_spec("%.f", 1).unwrap();
    assert_eq!(sp.precision, Some(0));
    let (sp, _) = parse_percent_spec("%5%", 1).unwrap();
    assert_eq!((sp.ty, sp.literal), ('%', false));
    let err = |f: &str| parse_percent_spec(f, 1).unwrap_err();
    assert_eq!(err("%"), FormatError::Value("incomplete format".into()));
    assert_eq!(err("%5"), FormatError::Value("incomplete format".into()));
    assert_eq!(err("%-"), FormatError::Value("incomplete format".into()));
    assert_eq!(err("%(a)"), FormatError::Value("incomplete format".into()));
    assert_eq!(
        err("%(a"),
        FormatError::Value("incomplete format key".into())
    );
    assert_eq!(
        err("%99999999999999999999d"),
        FormatError::Value("width too big".into())
    );
    assert_eq!(
        err("%.99999999999d"),
        FormatError::Value("precision too big".into())
    );
    assert_eq!(
        unsupported_format_char("%y", 1),
        FormatError::Value("unsupported format character 'y' (0x79) at index 1".into())
    );
    assert_eq!(
        unsupported_format_char("é%\u{1234}", 3),
        FormatError::Value("unsupported format character '?' (0x1234) at index 2".into())
    );
    let (sp, _) = parse_percent_spec("%lld", 1).unwrap();
    assert_eq!(sp.ty, 'l');
}

#[test]
fn char_codes() {
    assert_eq!(char_from_code(65), Ok('A'));
    assert_eq!(char_from_code(0x10FFFF), Ok('\u{10FFFF}'));
    let range = FormatError::Overflow("%c arg not in range(0x110000)".into());
    assert_eq!(char_from_code(-1), Err(range.clone()));
    assert_eq!(char_from_code(0x110000), Err(range));
    assert!(matches!(char_from_code(0xD800), Err(FormatError::Value(_))));
}

#[test]
fn int_to_float_conversion_limits() {
    let max_ok: BigInt = (BigInt::from(1u32) << 1024u32) - (BigInt::from(1u32) << 970u32) - 1u32;
    let sp = spec(".3e", "int");
    assert_eq!(format_int(&max_ok, &sp).unwrap(), "1.798e+308");
    let too_big: BigInt = (BigInt::from(1u32) << 1024u32) - (BigInt::from(1u32) << 970u32);
    assert_eq!(
        format_int(&too_big, &sp),
        Err(FormatError::Overflow(
            "int too large to convert to float".into()
        ))
    );
    // Correct rounding of int -> float (2**53 + 1 rounds to even).
    let odd: BigInt = (BigInt::from(1u32) << 53u32) + 1u32;
    assert_eq!(
        format_int(&odd, &spec(".0f", "int")).unwrap(),
        "9007199254740992"
    );
}
