//! A recorded conversation: a JSON-lines file, one client message a line (the
//! `InputMessage` fields) with an optional `delay_ms` to wait before sending it.

use std::collections::HashMap;
use std::path::{Path, PathBuf};
use std::time::Duration;

use serde_json::{Map, Value};

/// The `message_id` replay gives a line that has none: `line-N`.
const LINE_ID_PREFIX: &str = "line-";

/// One line to send.
#[derive(Debug, Clone, PartialEq)]
pub struct Line {
    /// Its line number in the file (1-based).
    pub number: usize,
    /// How long to wait before sending it, at speed 1.
    pub delay: Duration,
    /// The message as sent: the line without `delay_ms`, with a `message_id`.
    pub message: Map<String, Value>,
}

impl Line {
    /// The `message_id` sent with this line, as JSON text (the key answers are
    /// tied back to it by).
    #[must_use]
    pub fn message_id_key(&self) -> String {
        self.message
            .get("message_id")
            .map(Value::to_string)
            .unwrap_or_default()
    }

    /// The line's `text`, or an empty string when it has none.
    #[must_use]
    pub fn text(&self) -> &str {
        self.message
            .get("text")
            .and_then(Value::as_str)
            .unwrap_or("")
    }

    /// The line's field `name` when it is a string, else `?`.
    #[must_use]
    pub fn field(&self, name: &str) -> &str {
        self.message
            .get(name)
            .and_then(Value::as_str)
            .unwrap_or("?")
    }
}

/// A conversation file, read and checked.
#[derive(Debug, Clone)]
pub struct Script {
    /// Where it was read from.
    pub path: PathBuf,
    /// Its lines, in order (blank lines skipped).
    pub lines: Vec<Line>,
}

/// A file replay cannot play, and why (naming the line).
#[derive(Debug, thiserror::Error)]
#[error("{path}: {reason}")]
pub struct ScriptError {
    /// The file.
    pub path: String,
    /// What is wrong, with the line number where there is one.
    pub reason: String,
}

impl Script {
    /// Reads and checks the file at `path`.
    ///
    /// # Errors
    /// When it cannot be read, is empty, or a line is not a JSON object, has a
    /// `delay_ms` that is not a non-negative integer, or repeats a `message_id`.
    pub fn load(path: &Path) -> Result<Self, ScriptError> {
        let fail = |reason: String| ScriptError {
            path: path.display().to_string(),
            reason,
        };
        let text = std::fs::read_to_string(path).map_err(|e| fail(format!("cannot read: {e}")))?;
        let lines = parse(&text).map_err(fail)?;
        Ok(Self {
            path: path.to_path_buf(),
            lines,
        })
    }
}

/// The lines of a JSON-lines conversation.
///
/// # Errors
/// The reason, naming the line, as in [`Script::load`].
pub fn parse(text: &str) -> Result<Vec<Line>, String> {
    let mut lines = Vec::new();
    let mut seen_ids: HashMap<String, usize> = HashMap::new();
    for (index, raw) in text.lines().enumerate() {
        let number = index + 1;
        if raw.trim().is_empty() {
            continue;
        }
        let line = parse_line(number, raw).map_err(|e| format!("line {number}: {e}"))?;
        if let Some(first) = seen_ids.insert(line.message_id_key(), number) {
            return Err(format!(
                "line {number}: message_id {} repeats line {first}'s (answers are tied to lines by it)",
                line.message_id_key()
            ));
        }
        lines.push(line);
    }
    if lines.is_empty() {
        return Err("no message in the file".to_owned());
    }
    Ok(lines)
}

fn parse_line(number: usize, raw: &str) -> Result<Line, String> {
    let value: Value = serde_json::from_str(raw).map_err(|e| format!("not JSON: {e}"))?;
    let Value::Object(mut message) = value else {
        return Err("not a JSON object".to_owned());
    };
    let delay = match message.remove("delay_ms") {
        None => Duration::ZERO,
        Some(value) => value
            .as_u64()
            .map(Duration::from_millis)
            .ok_or_else(|| format!("delay_ms must be a non-negative integer, not {value}"))?,
    };
    message
        .entry("message_id")
        .or_insert_with(|| Value::String(format!("{LINE_ID_PREFIX}{number}")));
    Ok(Line {
        number,
        delay,
        message,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_line_loses_its_delay_and_gains_a_message_id_unless_it_has_one() {
        let text = concat!(
            r#"{"delay_ms": 1500, "text": "Hi", "speaker": "client"}"#,
            "\n\n",
            r#"{"text": "Yes", "speaker": "agent", "message_id": 7}"#,
            "\n",
        );

        let lines = parse(text).unwrap();

        assert_eq!(lines.len(), 2);
        assert_eq!(lines[0].delay, Duration::from_millis(1500));
        assert!(!lines[0].message.contains_key("delay_ms"));
        assert_eq!(lines[0].message_id_key(), r#""line-1""#);
        assert_eq!((lines[1].number, lines[1].delay), (3, Duration::ZERO));
        assert_eq!(lines[1].message_id_key(), "7");
        assert_eq!(lines[1].field("speaker"), "agent");
    }

    #[test]
    fn a_bad_line_is_named_by_its_number() {
        for (text, expected) in [
            ("{\"text\": \"a\"}\nnot json\n", "line 2: not JSON"),
            ("[1, 2]\n", "line 1: not a JSON object"),
            ("{\"delay_ms\": -3}\n", "line 1: delay_ms must be"),
            ("{\"delay_ms\": \"soon\"}\n", "line 1: delay_ms must be"),
            ("\n  \n", "no message"),
            (
                "{\"message_id\": \"a\"}\n{\"message_id\": \"a\"}\n",
                "line 2: message_id \"a\" repeats line 1's",
            ),
        ] {
            let error = parse(text).unwrap_err();
            assert!(error.starts_with(expected), "{text:?}: {error}");
        }
    }
}
