//! The shape every server frame must have (README, "Server → client"), checked
//! on each frame replay receives. This is the one place a frame's shape is
//! judged: once the frames' JSON Schemas are published, validating against them
//! belongs here, beside or instead of these field lists.

use serde_json::Value;

/// What a field must hold.
#[derive(Debug, Clone, Copy)]
enum Kind {
    Text,
    Bool,
    Count,
    /// A number in 0..=1.
    Fraction,
    Texts,
    /// An object or a list (an error's `details`).
    Details,
    /// A string among these.
    OneOf(&'static [&'static str]),
}

/// Where a suggestion or an assessment came from.
const SOURCES: &[&str] = &["llm", "local", "fallback"];
/// Every error code of the protocol.
pub const ERROR_CODES: &[&str] = &[
    "VALIDATION_ERROR",
    "LLM_ERROR",
    "PARSING_ERROR",
    "AGENT_ERROR",
    "RATE_LIMITED",
    "BACKPRESSURE",
    "SESSION_ERROR",
    "INTERNAL_ERROR",
];
/// The error codes that never answer a message.
pub const UNANSWERING_CODES: &[&str] = &["VALIDATION_ERROR", "SESSION_ERROR"];

const SESSION_INIT: &[(&str, Kind)] = &[
    ("session_id", Kind::Text),
    ("resumed", Kind::Bool),
    ("message", Kind::Text),
    ("history_length", Kind::Count),
    ("prompt_version", Kind::Text),
];
const SUGGESTION: &[(&str, Kind)] = &[
    ("reply_to", Kind::Count),
    ("meta/source", Kind::OneOf(SOURCES)),
    ("meta/prompt_version", Kind::Text),
    ("meta/latency_ms", Kind::Count),
];
const SUGGESTION_DATA: &[(&str, Kind)] = &[
    ("questions", Kind::Texts),
    ("signals_detected", Kind::Texts),
    ("recommended_direction", Kind::Text),
];
const CLOSING: &[(&str, Kind)] = &[
    ("reply_to", Kind::Count),
    ("data/is_closing_opportunity", Kind::Bool),
    ("data/confidence", Kind::Fraction),
    ("data/signals", Kind::Texts),
    ("data/recommended_action", Kind::Text),
    ("meta/source", Kind::OneOf(SOURCES)),
];
const ACK: &[(&str, Kind)] = &[
    ("seq", Kind::Count),
    ("status", Kind::OneOf(&["coalesced"])),
    ("covered_by", Kind::Count),
];
const ERROR: &[(&str, Kind)] = &[
    ("error_code", Kind::OneOf(ERROR_CODES)),
    ("message", Kind::Text),
    ("details", Kind::Details),
];

/// Checks `frame` has the fields its `type` requires.
///
/// # Errors
/// What is wrong: an unknown or missing `type`, or the first field missing or
/// of the wrong kind.
pub fn check(frame: &Value) -> Result<(), String> {
    let kind = frame.get("type").and_then(Value::as_str);
    match kind {
        Some("session_init") => fields(frame, SESSION_INIT),
        Some("suggestion") => {
            fields(frame, SUGGESTION)?;
            suggestion(frame.get("data"), "data")
        }
        Some("closing") => fields(frame, CLOSING),
        Some("ack") => fields(frame, ACK),
        Some("error") => error(frame),
        Some(other) => Err(format!("unknown frame type {other:?}")),
        None => Err("a frame without a string `type`".to_owned()),
    }
}

fn error(frame: &Value) -> Result<(), String> {
    fields(frame, ERROR)?;
    let code = frame["error_code"].as_str().unwrap_or_default();
    let answers = frame.get("reply_to").is_some();
    if answers && UNANSWERING_CODES.contains(&code) {
        return Err(format!("{code} answers no message, yet has `reply_to`"));
    }
    if answers {
        fields(frame, &[("reply_to", Kind::Count)])?;
        return suggestion(frame.get("fallback_suggestion"), "fallback_suggestion");
    }
    Ok(())
}

fn suggestion(data: Option<&Value>, name: &str) -> Result<(), String> {
    let data = data.ok_or_else(|| format!("`{name}` is missing"))?;
    fields(data, SUGGESTION_DATA).map_err(|e| format!("{name}: {e}"))?;
    let questions = data["questions"].as_array().map_or(0, Vec::len);
    if (2..=3).contains(&questions) {
        Ok(())
    } else {
        Err(format!("{name}: {questions} questions, not 2 or 3"))
    }
}

fn fields(frame: &Value, wanted: &[(&str, Kind)]) -> Result<(), String> {
    for (path, kind) in wanted {
        let pointer = format!("/{path}");
        let value = frame
            .pointer(&pointer)
            .ok_or_else(|| format!("`{path}` is missing"))?;
        if !holds(value, *kind) {
            return Err(format!("`{path}` is {value}, not {kind:?}"));
        }
    }
    Ok(())
}

fn holds(value: &Value, kind: Kind) -> bool {
    match kind {
        Kind::Text => value.is_string(),
        Kind::Bool => value.is_boolean(),
        Kind::Count => value.is_u64(),
        Kind::Fraction => value.as_f64().is_some_and(|x| (0.0..=1.0).contains(&x)),
        Kind::Texts => value
            .as_array()
            .is_some_and(|items| items.iter().all(Value::is_string)),
        Kind::Details => value.is_object() || value.is_array(),
        Kind::OneOf(choices) => value.as_str().is_some_and(|s| choices.contains(&s)),
    }
}

#[cfg(test)]
mod tests {
    use serde_json::json;

    use super::*;

    fn suggestion_frame() -> Value {
        json!({"type": "suggestion", "reply_to": 1,
               "data": {"questions": ["a?", "b?"], "signals_detected": [], "recommended_direction": "c"},
               "meta": {"source": "local", "prompt_version": "v1", "latency_ms": 3}})
    }

    #[test]
    fn frames_of_the_readme_pass() {
        let frames = [
            json!({"type": "session_init", "session_id": "s", "resumed": false,
                   "message": "Session created successfully", "history_length": 0, "prompt_version": "v1"}),
            suggestion_frame(),
            json!({"type": "ack", "seq": 4, "status": "coalesced", "covered_by": 6}),
            json!({"type": "closing", "reply_to": 4,
                   "data": {"is_closing_opportunity": true, "confidence": 0.95, "signals": [], "recommended_action": "x"},
                   "meta": {"source": "local", "prompt_version": "v1"}}),
            json!({"type": "error", "error_code": "VALIDATION_ERROR", "message": "m",
                   "details": [{"field": "text", "message": "missing"}]}),
            json!({"type": "error", "error_code": "LLM_ERROR", "message": "m", "details": {},
                   "reply_to": 3, "fallback_suggestion": suggestion_frame()["data"].clone()}),
        ];
        for frame in frames {
            assert_eq!(check(&frame), Ok(()), "{frame}");
        }
    }

    #[test]
    fn a_frame_missing_a_field_or_of_an_unknown_type_is_named() {
        let mut no_source = suggestion_frame();
        no_source["meta"]["source"] = json!("oracle");
        let mut one_question = suggestion_frame();
        one_question["data"]["questions"] = json!(["only?"]);
        let cases = [
            (
                json!({"type": "telepathy"}),
                "unknown frame type \"telepathy\"",
            ),
            (json!({"kind": "ack"}), "a frame without a string `type`"),
            (no_source, "`meta/source` is \"oracle\""),
            (one_question, "data: 1 questions"),
            (
                json!({"type": "error", "error_code": "LLM_ERROR", "message": "m", "details": {}, "reply_to": 2}),
                "`fallback_suggestion` is missing",
            ),
            (
                json!({"type": "ack", "seq": 4, "status": "done", "covered_by": 6}),
                "`status` is \"done\"",
            ),
        ];
        for (frame, expected) in cases {
            let error = check(&frame).unwrap_err();
            assert!(error.starts_with(expected), "{frame}: {error}");
        }
    }
}
