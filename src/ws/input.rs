//! Parsing and validating a client's `InputMessage`, listing every problem by field.

use schemars::JsonSchema;
use serde::Serialize;
use serde_json::{Map, Value};

use crate::domain::{InputMessage, MessageId, Sentiment, Speaker};
pub use crate::domain::{MAX_EMOTION_CHARS, MAX_MESSAGE_ID_CHARS, MAX_TIMESTAMP_CHARS};

/// One problem with one field, as listed in a `VALIDATION_ERROR`'s `details`.
/// The field `$` stands for the whole frame.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, JsonSchema)]
pub struct FieldIssue {
    /// The field at fault.
    pub field: String,
    /// What is wrong with it.
    pub message: String,
}

/// A frame that is not a valid message.
#[derive(Debug, Clone, PartialEq)]
pub struct Rejected {
    /// Every problem found.
    pub issues: Vec<FieldIssue>,
    /// The frame's `message_id`, if it had a usable one, to echo back.
    pub message_id: Option<MessageId>,
}

fn issue(field: &str, message: impl Into<String>) -> FieldIssue {
    FieldIssue {
        field: field.to_owned(),
        message: message.into(),
    }
}

/// Parses a text frame into a message.
///
/// # Errors
/// [`Rejected`] listing every problem, field by field.
pub fn parse(raw: &str, max_text_chars: usize) -> Result<InputMessage, Rejected> {
    let value: Value = serde_json::from_str(raw).map_err(|e| Rejected {
        issues: vec![issue("$", format!("not valid JSON: {e}"))],
        message_id: None,
    })?;
    let Value::Object(object) = value else {
        return Err(Rejected {
            issues: vec![issue("$", "expected a JSON object")],
            message_id: None,
        });
    };
    let mut issues = Vec::new();
    let message_id = read_message_id(&object, &mut issues);
    let text = read_text(&object, max_text_chars, &mut issues);
    let speaker = read_enum(
        &object,
        "speaker",
        &Speaker::ALL,
        Speaker::parse,
        &mut issues,
    );
    let sentiment = read_enum(
        &object,
        "sentiment",
        &Sentiment::ALL,
        Sentiment::parse,
        &mut issues,
    );
    let emotion = read_emotion(&object, &mut issues);
    let timestamp = read_timestamp(&object, &mut issues);
    match (text, speaker, sentiment, emotion) {
        (Some(text), Some(speaker), Some(sentiment), Some(emotion)) if issues.is_empty() => {
            Ok(InputMessage {
                text,
                speaker,
                sentiment,
                emotion,
                message_id,
                timestamp,
            })
        }
        _ => Err(Rejected { issues, message_id }),
    }
}

/// A required field as a string, or an issue.
fn required_str<'a>(
    object: &'a Map<String, Value>,
    field: &str,
    issues: &mut Vec<FieldIssue>,
) -> Option<&'a str> {
    match object.get(field) {
        None | Some(Value::Null) => {
            issues.push(issue(field, "field required"));
            None
        }
        Some(Value::String(s)) => Some(s),
        Some(other) => {
            issues.push(issue(
                field,
                format!("expected a string, got {}", kind(other)),
            ));
            None
        }
    }
}

fn read_text(
    object: &Map<String, Value>,
    max_chars: usize,
    issues: &mut Vec<FieldIssue>,
) -> Option<String> {
    let text = required_str(object, "text", issues)?;
    if text.trim().is_empty() {
        issues.push(issue("text", "must not be empty"));
        return None;
    }
    let chars = text.chars().count();
    if chars > max_chars {
        issues.push(issue(
            "text",
            format!("must be at most {max_chars} characters, got {chars}"),
        ));
        return None;
    }
    Some(text.to_owned())
}

fn read_enum<T>(
    object: &Map<String, Value>,
    field: &str,
    allowed: &[&str],
    parse: fn(&str) -> Option<T>,
    issues: &mut Vec<FieldIssue>,
) -> Option<T> {
    let value = required_str(object, field, issues)?;
    let parsed = parse(value);
    if parsed.is_none() {
        issues.push(issue(
            field,
            format!("must be one of: {}", allowed.join(", ")),
        ));
    }
    parsed
}

fn read_emotion(object: &Map<String, Value>, issues: &mut Vec<FieldIssue>) -> Option<String> {
    let emotion = required_str(object, "emotion", issues)?.trim();
    if emotion.is_empty() {
        issues.push(issue("emotion", "must not be empty"));
        return None;
    }
    if emotion.chars().count() > MAX_EMOTION_CHARS {
        issues.push(issue(
            "emotion",
            format!("must be a short word (at most {MAX_EMOTION_CHARS} characters)"),
        ));
        return None;
    }
    Some(emotion.to_lowercase())
}

fn read_message_id(object: &Map<String, Value>, issues: &mut Vec<FieldIssue>) -> Option<MessageId> {
    match object.get("message_id") {
        None | Some(Value::Null) => None,
        Some(Value::String(s)) if s.chars().count() <= MAX_MESSAGE_ID_CHARS => {
            Some(MessageId::Text(s.clone()))
        }
        Some(Value::String(_)) => {
            issues.push(issue(
                "message_id",
                format!("must be at most {MAX_MESSAGE_ID_CHARS} characters"),
            ));
            None
        }
        Some(Value::Number(n)) if n.is_i64() => n.as_i64().map(MessageId::Number),
        Some(other) => {
            issues.push(issue(
                "message_id",
                format!("expected a string or an integer, got {}", kind(other)),
            ));
            None
        }
    }
}

fn read_timestamp(object: &Map<String, Value>, issues: &mut Vec<FieldIssue>) -> Option<Value> {
    match object.get("timestamp") {
        None | Some(Value::Null) => None,
        Some(Value::String(s)) if s.chars().count() > MAX_TIMESTAMP_CHARS => {
            issues.push(issue(
                "timestamp",
                format!("must be at most {MAX_TIMESTAMP_CHARS} characters"),
            ));
            None
        }
        Some(v @ (Value::String(_) | Value::Number(_))) => Some(v.clone()),
        Some(other) => {
            issues.push(issue(
                "timestamp",
                format!("expected a string or a number, got {}", kind(other)),
            ));
            None
        }
    }
}

/// The JSON kind of a value, for messages.
fn kind(value: &Value) -> &'static str {
    match value {
        Value::Null => "null",
        Value::Bool(_) => "a boolean",
        Value::Number(_) => "a number",
        Value::String(_) => "a string",
        Value::Array(_) => "an array",
        Value::Object(_) => "an object",
    }
}

#[cfg(test)]
mod props;

#[cfg(test)]
mod tests {
    use super::*;

    fn fields(raw: &str) -> Vec<String> {
        parse(raw, 10)
            .unwrap_err()
            .issues
            .into_iter()
            .map(|i| i.field)
            .collect()
    }

    #[test]
    fn a_valid_message_parses_and_ignores_unknown_fields() {
        let raw = r#"{"text":"hi","speaker":"client","sentiment":"neutral","emotion":"Calm","message_id":7,"extra":1}"#;
        let message = parse(raw, 10).unwrap();
        assert_eq!(message.emotion, "calm");
        assert_eq!(message.message_id, Some(MessageId::Number(7)));
    }

    #[test]
    fn every_problem_is_listed_with_its_field() {
        let raw = r#"{"text":"","speaker":"robot","sentiment":3,"message_id":[1]}"#;
        assert_eq!(
            fields(raw),
            vec!["message_id", "text", "speaker", "sentiment", "emotion"]
        );
    }

    #[test]
    fn text_over_the_limit_is_rejected_in_characters_not_bytes() {
        let ok =
            r#"{"text":"éééééééééé","speaker":"agent","sentiment":"positive","emotion":"calm"}"#;
        assert!(parse(ok, 10).is_ok());
        let long =
            r#"{"text":"ééééééééééé","speaker":"agent","sentiment":"positive","emotion":"calm"}"#;
        assert_eq!(fields(long), vec!["text"]);
    }

    #[test]
    fn non_objects_and_non_json_are_whole_frame_issues() {
        assert_eq!(fields("not json"), vec!["$"]);
        assert_eq!(fields("[1,2]"), vec!["$"]);
    }
}
