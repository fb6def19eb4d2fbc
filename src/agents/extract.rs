//! Finding the JSON object in an LLM's text — the whole text, the body of a ```
//! fence, or the first object inside prose — in time linear in the text's length.
//!
//! The prose case is the delicate one. Trying every `{` and scanning to its
//! matching `}` is quadratic: an answer of 50,000 `{` held a runtime thread for a
//! second. Here each attempt parses from a `{` with serde_json until the value ends
//! or the first byte that cannot belong to it. On success that object is the
//! answer. On failure, what was read before that byte is valid JSON, so:
//! - an object that was read whole inside it is valid too, and the first one of
//!   them is the answer;
//! - a `{` that was read as part of the structure starts a value that fails at
//!   the same byte, and is skipped;
//! - a `{` that was read inside a string may start the real object (prose such as
//!   `use "{" like this: {...}`): the next attempt starts at the first of them, or
//!   else at the failing byte.
//!
//! Attempts rarely overlap, but a crafted text could make them; so the work done
//! (bytes scanned or parsed, all steps together) has a budget of
//! [`WORK_PER_BYTE`] times the text's length, past which the text is taken to hold
//! no object. Linear time is thus guaranteed, and plain answers never come near it.

use serde_json::Value;

/// The work allowed per byte of text (bytes scanned or parsed, all steps
/// together) before giving up.
pub const WORK_PER_BYTE: usize = 16;

/// The object found in a text, and the work it took.
#[derive(Debug)]
pub struct Extraction {
    /// The first JSON object, if any.
    pub object: Option<Value>,
    /// Bytes scanned or parsed, all steps together.
    pub work: usize,
    /// Whether the search stopped because the work budget was spent.
    pub exhausted: bool,
}

/// The first JSON object in `text`: the whole text, a fenced block, or the first
/// object inside prose (see the module documentation).
#[must_use]
pub fn find_json_object(text: &str) -> Extraction {
    let text = text.trim();
    let mut budget = Budget::new(text.len());
    let object = parse_object(text)
        .or_else(|| {
            budget.spend(2 * text.len())?;
            fenced(text).and_then(parse_object)
        })
        .or_else(|| first_object_in_prose(text, &mut budget));
    Extraction {
        object,
        work: budget.spent,
        exhausted: budget.spent > budget.limit,
    }
}

/// Work done, and how much is allowed.
struct Budget {
    spent: usize,
    limit: usize,
}

impl Budget {
    /// A budget for a text of `len` bytes, the first parse of it already spent.
    fn new(len: usize) -> Self {
        Self {
            spent: len,
            limit: WORK_PER_BYTE.saturating_mul(len).saturating_add(64),
        }
    }

    /// Spends `work`; `None` once the budget is over.
    fn spend(&mut self, work: usize) -> Option<()> {
        self.spent = self.spent.saturating_add(work);
        (self.spent <= self.limit).then_some(())
    }
}

fn parse_object(text: &str) -> Option<Value> {
    serde_json::from_str::<Value>(text)
        .ok()
        .filter(Value::is_object)
}

/// The body of the first ``` fence (with or without a `json` tag).
fn fenced(text: &str) -> Option<&str> {
    let start = text.find("```")? + 3;
    let rest = &text[start..];
    let rest = rest
        .strip_prefix("json")
        .or_else(|| rest.strip_prefix("JSON"))
        .unwrap_or(rest);
    let end = rest.find("```")?;
    Some(rest[..end].trim())
}

/// The first object in prose, one attempt after another (see the module
/// documentation); `None` also when `budget` runs out.
fn first_object_in_prose(text: &str, budget: &mut Budget) -> Option<Value> {
    let mut from = 0;
    while let Some(offset) = text[from..].find('{') {
        budget.spend(offset + 1)?;
        let start = from + offset;
        let rest = &text[start..];
        let failed_at = match parse_prefix(rest) {
            Ok((object, read)) => {
                budget.spend(read)?;
                return Some(object);
            }
            Err(failed_at) => failed_at,
        };
        // Parsing, locating the failure, and scanning what was read.
        budget.spend(3 * failed_at)?;
        let read = scan_read(&rest[..failed_at]);
        if let Some(object) = read.inner.and_then(|(s, e)| parse_object(&rest[s..=e])) {
            return Some(object);
        }
        let next = read.quoted_brace.unwrap_or(failed_at.max(1));
        from = start + ceil_char_boundary(rest, next);
    }
    None
}

/// Parses one value at the start of `text` (which starts with `{`): the object
/// and the bytes it took, or the offset of the first byte that cannot belong to it.
fn parse_prefix(text: &str) -> Result<(Value, usize), usize> {
    let mut stream = serde_json::Deserializer::from_str(text).into_iter::<Value>();
    match stream.next() {
        Some(Ok(value)) if value.is_object() => Ok((value, stream.byte_offset())),
        Some(Ok(_)) | None => Err(stream.byte_offset().max(1)),
        Some(Err(error)) => Err(failure_offset(text, &error)),
    }
}

/// The byte offset of the byte `error` stopped at (the end of `text` when it
/// ended too soon). serde_json reports the line and the column just past that
/// byte, counted in bytes.
fn failure_offset(text: &str, error: &serde_json::Error) -> usize {
    if error.is_eof() {
        return text.len();
    }
    let line_start = if error.line() <= 1 {
        0
    } else {
        text.match_indices('\n')
            .nth(error.line() - 2)
            .map_or(text.len(), |(at, _)| at + 1)
    };
    let past = line_start.saturating_add(error.column()).min(text.len());
    floor_char_boundary(text, past.saturating_sub(1))
}

/// What a failed attempt read: the span of the earliest-starting object read
/// whole inside it, and the first `{` read inside a string.
#[derive(Debug, Default)]
struct Read {
    inner: Option<(usize, usize)>,
    quoted_brace: Option<usize>,
}

/// Scans `valid`, the valid JSON an attempt read before failing (it starts with
/// the `{` of an unfinished object), once.
fn scan_read(valid: &str) -> Read {
    let mut read = Read::default();
    let (mut open, mut in_string, mut escaped) = (Vec::new(), false, false);
    for (i, byte) in valid.bytes().enumerate() {
        if in_string {
            match (escaped, byte) {
                (true, _) => escaped = false,
                (false, b'\\') => escaped = true,
                (false, b'"') => in_string = false,
                (false, b'{') if read.quoted_brace.is_none() => read.quoted_brace = Some(i),
                _ => {}
            }
            continue;
        }
        match byte {
            b'"' => in_string = true,
            b'{' => open.push(i),
            b'}' => match open.pop() {
                Some(start) if start > 0 && read.inner.is_none_or(|(s, _)| start < s) => {
                    read.inner = Some((start, i));
                }
                _ => {}
            },
            _ => {}
        }
    }
    read
}

fn floor_char_boundary(text: &str, mut at: usize) -> usize {
    while !text.is_char_boundary(at) {
        at -= 1;
    }
    at
}

fn ceil_char_boundary(text: &str, mut at: usize) -> usize {
    while at < text.len() && !text.is_char_boundary(at) {
        at += 1;
    }
    at
}

#[cfg(test)]
mod tests {
    use proptest::prelude::*;
    use serde_json::json;

    use super::*;

    const MIB: usize = 1024 * 1024;

    fn object(text: &str) -> Option<Value> {
        find_json_object(text).object
    }

    /// The most work the search needs on a text of `len` bytes, its budget unused.
    fn linear_bound(len: usize) -> usize {
        10 * len + 16
    }

    #[test]
    fn an_object_is_found_whole_fenced_or_in_prose() {
        let expected = Some(json!({"a": 1}));
        assert_eq!(object(r#"  {"a":1}  "#), expected);
        assert_eq!(object("```json\n{\"a\":1}\n```"), expected);
        assert_eq!(
            object(r#"Sure {x} "quoted {" then {"a":1} and {"b":2}"#),
            expected
        );
        assert_eq!(object(r#"Use {"like this} {"a":1}"#), expected);
        assert_eq!(object(r#"Voilà — {"a":1} ✓"#), expected);
        assert_eq!(object("no object {here} [1]"), None);
    }

    #[test]
    fn an_object_inside_a_broken_one_is_found() {
        let expected = Some(json!({"q": [1]}));
        assert_eq!(
            object(r#"{"note": {"q":[1]}, oops}"#),
            expected,
            "invalid outer"
        );
        assert_eq!(
            object(r#"{"note": "x", "answer": {"q":[1]}"#),
            expected,
            "unclosed outer"
        );
        assert_eq!(
            object(r#"{"s": "{}", "answer": {"q":[1]}, ?"#),
            expected,
            "not the one in a string"
        );
        assert_eq!(
            object(r#"{"a" {"q":[1]}"#),
            expected,
            "right at the failure"
        );
    }

    /// Adversarial texts of about `len` bytes, each a repeated pattern.
    fn adversarial(len: usize) -> Vec<String> {
        let patterns = [
            "{",
            "{\"",
            "{\"\\",
            "\\\"{",
            "{\"a\":",
            "{\"a\":[",
            "[{",
            "{\"\":{\"\":",
            "{\"a\":1,",
            "{}{",
            "{\"a\":\"{\\\"",
            "}{",
        ];
        let mut texts: Vec<String> = patterns.iter().map(|p| p.repeat(len / p.len())).collect();
        texts.push(format!("{{\"a\":\"{}", "{".repeat(len)));
        texts.push(format!(
            "{}{}",
            "{\"a\":".repeat(len / 10),
            "x".repeat(len / 2)
        ));
        let mut rng = fastrand::Rng::with_seed(12);
        for alphabet in [&b"{\"\\"[..], b"{\"\\}:a[ ,", b"{}\"\\:1,\n"] {
            let bytes: Vec<u8> = (0..len)
                .map(|_| alphabet[rng.usize(..alphabet.len())])
                .collect();
            texts.push(String::from_utf8(bytes).unwrap());
        }
        texts
    }

    #[test]
    fn a_mebibyte_of_adversarial_text_takes_linear_work() {
        for text in adversarial(MIB) {
            let extraction = find_json_object(&text);
            assert!(!extraction.exhausted, "{:?}", &text[..12]);
            assert!(
                extraction.work <= linear_bound(text.len()),
                "{} bytes starting {:?}: {} of work",
                text.len(),
                &text[..12],
                extraction.work
            );
        }
    }

    proptest! {
        #[test]
        fn any_text_takes_linear_work_and_gives_an_object_or_nothing(
            text in "[{}\"\\\\:,\\[\\] a1\n]{0,2000}|.{0,300}",
        ) {
            let extraction = find_json_object(&text);
            let budget = WORK_PER_BYTE * text.trim().len() + 64;
            prop_assert!(extraction.work <= budget + 3 * text.len() + 1);
            prop_assert!(extraction.object.as_ref().is_none_or(Value::is_object));
        }

        #[test]
        fn an_object_after_any_prose_without_braces_is_found(
            prose in "[^{}`]{0,200}",
            key in "[a-z]{1,8}",
        ) {
            let text = format!("{prose} {{\"{key}\": [1, \"}}{{\"]}} trailing");
            prop_assert_eq!(object(&text), Some(json!({ key: [1, "}{"] })));
        }
    }
}
