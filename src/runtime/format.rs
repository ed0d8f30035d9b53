//! Number and string formatting (placeholder until the full implementation lands).

pub fn float_repr(x: f64) -> String {
    if x.is_nan() {
        return "nan".into();
    }
    if x.is_infinite() {
        return if x > 0.0 { "inf".into() } else { "-inf".into() };
    }
    let s = format!("{x:?}");
    if s.contains('e') {
        let (m, e) = s.split_once('e').unwrap_or((&s, "0"));
        let m = m.strip_suffix(".0").unwrap_or(m);
        let e: i32 = e.parse().unwrap_or(0);
        return format!("{m}e{}{:02}", if e < 0 { '-' } else { '+' }, e.abs());
    }
    s
}

#[derive(Clone, Debug, Default)]
pub struct FormatSpec {
    pub fill: char,
    pub align: Option<char>,
    pub sign: char,
    pub alternate: bool,
    pub zero: bool,
    pub width: usize,
    pub grouping: Option<char>,
    pub precision: Option<usize>,
    pub ty: Option<char>,
}

pub fn parse_format_spec(spec: &str) -> Result<FormatSpec, String> {
    let mut f = FormatSpec { fill: ' ', sign: '-', ..Default::default() };
    let chars: Vec<char> = spec.chars().collect();
    let mut i = 0;
    if chars.len() >= 2 && matches!(chars[1], '<' | '>' | '^' | '=') {
        f.fill = chars[0];
        f.align = Some(chars[1]);
        i = 2;
    } else if !chars.is_empty() && matches!(chars[0], '<' | '>' | '^' | '=') {
        f.align = Some(chars[0]);
        i = 1;
    }
    if i < chars.len() && matches!(chars[i], '+' | '-' | ' ') {
        f.sign = chars[i];
        i += 1;
    }
    if i < chars.len() && chars[i] == '#' {
        f.alternate = true;
        i += 1;
    }
    if i < chars.len() && chars[i] == '0' {
        f.zero = true;
        i += 1;
    }
    let st = i;
    while i < chars.len() && chars[i].is_ascii_digit() {
        i += 1;
    }
    f.width = chars[st..i].iter().collect::<String>().parse().unwrap_or(0);
    if i < chars.len() && matches!(chars[i], ',' | '_') {
        f.grouping = Some(chars[i]);
        i += 1;
    }
    if i < chars.len() && chars[i] == '.' {
        i += 1;
        let st = i;
        while i < chars.len() && chars[i].is_ascii_digit() {
            i += 1;
        }
        f.precision = Some(chars[st..i].iter().collect::<String>().parse().unwrap_or(0));
    }
    if i < chars.len() {
        f.ty = Some(chars[i]);
        i += 1;
    }
    if i != chars.len() {
        return Err("Invalid format specifier".into());
    }
    Ok(f)
}

fn pad(s: String, spec: &FormatSpec, default_align: char) -> String {
    let n = s.chars().count();
    if n >= spec.width {
        return s;
    }
    let fillc = if spec.zero && spec.align.is_none() { '0' } else { spec.fill };
    let k = spec.width - n;
    let align = spec.align.unwrap_or(if spec.zero { '=' } else { default_align });
    let fill = |c: usize| std::iter::repeat_n(fillc, c).collect::<String>();
    match align {
        '<' => s + &fill(k),
        '^' => fill(k / 2) + &s + &fill(k - k / 2),
        '=' => {
            let (sign, rest) = if s.starts_with(['-', '+', ' ']) { s.split_at(1) } else { ("", s.as_str()) };
            format!("{sign}{}{rest}", fill(k))
        }
        _ => fill(k) + &s,
    }
}

pub fn format_int(v: &num_bigint::BigInt, spec: &FormatSpec) -> Result<String, String> {
    let neg = v.sign() == num_bigint::Sign::Minus;
    let mag = if neg { -v.clone() } else { v.clone() };
    let body = match spec.ty {
        None | Some('d') | Some('n') => mag.to_string(),
        Some('x') => mag.to_str_radix(16),
        Some('X') => mag.to_str_radix(16).to_uppercase(),
        Some('o') => mag.to_str_radix(8),
        Some('b') => mag.to_str_radix(2),
        Some(c) => return Err(format!("Unknown format code '{c}' for object of type 'int'")),
    };
    let sign = if neg { "-" } else if spec.sign == '+' { "+" } else if spec.sign == ' ' { " " } else { "" };
    pad(format!("{sign}{body}"), spec, '>')
        .pipe(Ok)
}

pub fn format_float(v: f64, spec: &FormatSpec) -> Result<String, String> {
    let body = match (spec.ty, spec.precision) {
        (None, None) => float_repr(v),
        (Some('f') | Some('F'), p) => format!("{:.*}", p.unwrap_or(6), v),
        (Some('e'), p) => format!("{:.*e}", p.unwrap_or(6), v),
        (Some('%'), p) => format!("{:.*}%", p.unwrap_or(6), v * 100.0),
        (_, p) => format!("{:.*}", p.unwrap_or(6), v),
    };
    let body = if v >= 0.0 && spec.sign == '+' { format!("+{body}") } else { body };
    Ok(pad(body, spec, '>'))
}

pub fn format_str(s: &str, spec: &FormatSpec) -> Result<String, String> {
    let s = match spec.precision {
        Some(p) => s.chars().take(p).collect(),
        None => s.to_string(),
    };
    Ok(pad(s, spec, '<'))
}

trait Pipe: Sized {
    fn pipe<R>(self, f: impl FnOnce(Self) -> R) -> R {
        f(self)
    }
}
impl<T> Pipe for T {}
