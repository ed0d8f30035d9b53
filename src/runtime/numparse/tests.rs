//! Unit tests for `numparse`, against tables produced by CPython 3.11.

use super::*;

#[rustfmt::skip]
mod cases;

use cases::{FLOAT_CASES, INT_CASES};

#[test]
fn int_matches_cpython() {
    for &(s, base, want) in INT_CASES {
        let got = parse_int(s, base).map(|v| v.to_string());
        assert_eq!(got.as_deref(), want, "int({s:?}, {base})");
    }
}

#[test]
fn int_fast_path_agrees() {
    for &(s, base, want) in INT_CASES {
        if base == 10
            && let Some(v) = parse_i64_fast(s)
        {
            assert_eq!(Some(v.to_string().as_str()), want, "{s:?}");
        }
    }
    assert_eq!(parse_i64_fast("123"), Some(123));
    assert_eq!(
        parse_i64_fast("-999999999999999999"),
        Some(-999_999_999_999_999_999)
    );
    assert_eq!(parse_i64_fast("1234567890123456789"), None);
    assert_eq!(parse_i64_fast("1_0"), None);
    assert_eq!(parse_i64_fast(" 1"), None);
    assert_eq!(parse_i64_fast("-"), None);
    assert_eq!(parse_i64_fast(""), None);
}

#[test]
fn int_digit_limit() {
    let ok = "7".repeat(INT_MAX_STR_DIGITS);
    assert!(parse_int_checked(&ok, 10, INT_MAX_STR_DIGITS).is_ok());
    let long = "1".repeat(5000);
    assert_eq!(
        parse_int_checked(&long, 10, INT_MAX_STR_DIGITS),
        Err(ParseIntError::TooManyDigits(5000))
    );
    // The limit is checked before trailing garbage, and underscores do not count.
    assert_eq!(
        parse_int_checked(&format!("{long}x"), 10, INT_MAX_STR_DIGITS),
        Err(ParseIntError::TooManyDigits(5000))
    );
    let underscored = format!("{}1", "1_".repeat(4301));
    assert_eq!(
        parse_int_checked(&underscored, 0, INT_MAX_STR_DIGITS),
        Err(ParseIntError::TooManyDigits(4302))
    );
    assert!(parse_int_checked(&long, 16, INT_MAX_STR_DIGITS).is_ok());
    assert_eq!(
        to_int_limit_message(5000),
        "Exceeds the limit (4300 digits) for integer string conversion: value has 5000 digits; \
         use sys.set_int_max_str_digits() to increase the limit"
    );
    let big: BigInt = BigInt::from(10u32).pow(4300u32);
    assert_eq!(
        int_to_decimal_string(&big),
        Err(
            "Exceeds the limit (4300 digits) for integer string conversion; \
             use sys.set_int_max_str_digits() to increase the limit"
                .to_string()
        )
    );
    let just_fits: BigInt = BigInt::from(1u32) - BigInt::from(10u32).pow(4300u32);
    assert_eq!(int_to_decimal_string(&just_fits).unwrap().len(), 4301);
}

#[test]
fn error_messages() {
    assert_eq!(
        int_error_message("x", 10),
        "invalid literal for int() with base 10: 'x'"
    );
    assert_eq!(
        int_error_message("0x", 0),
        "invalid literal for int() with base 0: '0x'"
    );
    let long = int_error_message(&"x".repeat(300), 10);
    assert_eq!(
        long,
        format!(
            "invalid literal for int() with base 10: '{}",
            "x".repeat(199)
        )
    );
    assert_eq!(
        float_error_message("a'b"),
        "could not convert string to float: \"a'b\""
    );
    assert_eq!(
        float_error_message("1\x1c"),
        "could not convert string to float: '1\\x1c'"
    );
}

#[test]
fn float_matches_cpython() {
    for &(s, want) in FLOAT_CASES {
        assert_eq!(parse_float(s).map(f64::to_bits), want, "float({s:?})");
    }
}

#[test]
fn radix_strings() {
    let cases: &[(i64, u32, bool, &str)] = &[
        (-255, 16, true, "-0xff"),
        (255, 16, false, "ff"),
        (0, 16, true, "0x0"),
        (0, 2, true, "0b0"),
        (-8, 8, true, "-0o10"),
        (5, 2, true, "0b101"),
        (35, 36, true, "z"),
        (-35, 36, false, "-z"),
    ];
    for &(v, r, p, want) in cases {
        assert_eq!(int_to_string_radix(&BigInt::from(v), r, p), want);
    }
}
